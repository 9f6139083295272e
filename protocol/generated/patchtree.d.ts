import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace patchtree. */
export namespace patchtree {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a Bulletin.
         * @deprecated Use patchtree.v1.Bulletin.$Properties instead.
         */
        interface IBulletin extends patchtree.v1.Bulletin.$Properties {
        }

        /** Represents a Bulletin. */
        class Bulletin {

            /**
             * Constructs a new Bulletin.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.Bulletin.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Bulletin id. */
            id: string;

            /** Bulletin vendor. */
            vendor: string;

            /** Bulletin title. */
            title: string;

            /** Bulletin vendorSeverity. */
            vendorSeverity: string;

            /** Bulletin customSeverity. */
            customSeverity: string;

            /** Bulletin released. */
            released: string;

            /** Bulletin revised. */
            revised: string;

            /** Bulletin description. */
            description: string;

            /** Bulletin supersedes. */
            supersedes: string[];

            /** Bulletin supersededBy. */
            supersededBy: string[];

            /** Bulletin source. */
            source: string;

            /** Bulletin products. */
            products: string[];

            /**
             * Creates a new Bulletin instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Bulletin instance
             */
            static create(properties: patchtree.v1.Bulletin.$Shape): patchtree.v1.Bulletin & patchtree.v1.Bulletin.$Shape;
            static create(properties?: patchtree.v1.Bulletin.$Properties): patchtree.v1.Bulletin;

            /**
             * Encodes the specified Bulletin message. Does not implicitly {@link patchtree.v1.Bulletin.verify|verify} messages.
             * @param message Bulletin message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.Bulletin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Bulletin message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.Bulletin & patchtree.v1.Bulletin.$Shape} Bulletin
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.Bulletin & patchtree.v1.Bulletin.$Shape;

            /**
             * Verifies a Bulletin message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Bulletin message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Bulletin
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.Bulletin;

            /**
             * Creates a plain object from a Bulletin message. Also converts values to other types if specified.
             * @param message Bulletin
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.Bulletin, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Bulletin to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Bulletin
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Bulletin {

            /** Properties of a Bulletin. */
            interface $Properties {

                /** Bulletin id */
                id?: (string|null);

                /** Bulletin vendor */
                vendor?: (string|null);

                /** Bulletin title */
                title?: (string|null);

                /** Bulletin vendorSeverity */
                vendorSeverity?: (string|null);

                /** Bulletin customSeverity */
                customSeverity?: (string|null);

                /** Bulletin released */
                released?: (string|null);

                /** Bulletin revised */
                revised?: (string|null);

                /** Bulletin description */
                description?: (string|null);

                /** Bulletin supersedes */
                supersedes?: (string[]|null);

                /** Bulletin supersededBy */
                supersededBy?: (string[]|null);

                /** Bulletin source */
                source?: (string|null);

                /** Bulletin products */
                products?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Bulletin. */
            type $Shape = patchtree.v1.Bulletin.$Properties;
        }

        /**
         * Properties of a SoftwareUpdate.
         * @deprecated Use patchtree.v1.SoftwareUpdate.$Properties instead.
         */
        interface ISoftwareUpdate extends patchtree.v1.SoftwareUpdate.$Properties {
        }

        /** Represents a SoftwareUpdate. */
        class SoftwareUpdate {

            /**
             * Constructs a new SoftwareUpdate.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.SoftwareUpdate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SoftwareUpdate id. */
            id: string;

            /** SoftwareUpdate bulletinId. */
            bulletinId: string;

            /** SoftwareUpdate kb. */
            kb: string;

            /** SoftwareUpdate fileName. */
            fileName: string;

            /** SoftwareUpdate language. */
            language: string;

            /** SoftwareUpdate product. */
            product: string;

            /** SoftwareUpdate platform. */
            platform: string;

            /** SoftwareUpdate url. */
            url: string;

            /** SoftwareUpdate size. */
            size: number;

            /** SoftwareUpdate hashAlgorithm. */
            hashAlgorithm: string;

            /** SoftwareUpdate hash. */
            hash: string;

            /** SoftwareUpdate commandLine. */
            commandLine: string;

            /** SoftwareUpdate restartRequired. */
            restartRequired: boolean;

            /** SoftwareUpdate superseded. */
            superseded: boolean;

            /** SoftwareUpdate supersedes. */
            supersedes: string[];

            /** SoftwareUpdate supersededBy. */
            supersededBy: string[];

            /** SoftwareUpdate source. */
            source: string;

            /** SoftwareUpdate updateType. */
            updateType: string;

            /**
             * Creates a new SoftwareUpdate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SoftwareUpdate instance
             */
            static create(properties: patchtree.v1.SoftwareUpdate.$Shape): patchtree.v1.SoftwareUpdate & patchtree.v1.SoftwareUpdate.$Shape;
            static create(properties?: patchtree.v1.SoftwareUpdate.$Properties): patchtree.v1.SoftwareUpdate;

            /**
             * Encodes the specified SoftwareUpdate message. Does not implicitly {@link patchtree.v1.SoftwareUpdate.verify|verify} messages.
             * @param message SoftwareUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.SoftwareUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SoftwareUpdate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.SoftwareUpdate & patchtree.v1.SoftwareUpdate.$Shape} SoftwareUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.SoftwareUpdate & patchtree.v1.SoftwareUpdate.$Shape;

            /**
             * Verifies a SoftwareUpdate message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SoftwareUpdate message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SoftwareUpdate
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.SoftwareUpdate;

            /**
             * Creates a plain object from a SoftwareUpdate message. Also converts values to other types if specified.
             * @param message SoftwareUpdate
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.SoftwareUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SoftwareUpdate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SoftwareUpdate
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SoftwareUpdate {

            /** Properties of a SoftwareUpdate. */
            interface $Properties {

                /** SoftwareUpdate id */
                id?: (string|null);

                /** SoftwareUpdate bulletinId */
                bulletinId?: (string|null);

                /** SoftwareUpdate kb */
                kb?: (string|null);

                /** SoftwareUpdate fileName */
                fileName?: (string|null);

                /** SoftwareUpdate language */
                language?: (string|null);

                /** SoftwareUpdate product */
                product?: (string|null);

                /** SoftwareUpdate platform */
                platform?: (string|null);

                /** SoftwareUpdate url */
                url?: (string|null);

                /** SoftwareUpdate size */
                size?: (number|null);

                /** SoftwareUpdate hashAlgorithm */
                hashAlgorithm?: (string|null);

                /** SoftwareUpdate hash */
                hash?: (string|null);

                /** SoftwareUpdate commandLine */
                commandLine?: (string|null);

                /** SoftwareUpdate restartRequired */
                restartRequired?: (boolean|null);

                /** SoftwareUpdate superseded */
                superseded?: (boolean|null);

                /** SoftwareUpdate supersedes */
                supersedes?: (string[]|null);

                /** SoftwareUpdate supersededBy */
                supersededBy?: (string[]|null);

                /** SoftwareUpdate source */
                source?: (string|null);

                /** SoftwareUpdate updateType */
                updateType?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SoftwareUpdate. */
            type $Shape = patchtree.v1.SoftwareUpdate.$Properties;
        }

        /**
         * Properties of a Policy.
         * @deprecated Use patchtree.v1.Policy.$Properties instead.
         */
        interface IPolicy extends patchtree.v1.Policy.$Properties {
        }

        /** Represents a Policy. */
        class Policy {

            /**
             * Constructs a new Policy.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.Policy.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Policy id. */
            id: string;

            /** Policy name. */
            name: string;

            /** Policy bulletinIds. */
            bulletinIds: string[];

            /** Policy target. */
            target: string;

            /** Policy schedule. */
            schedule: string;

            /** Policy overrideMaintenanceWindow. */
            overrideMaintenanceWindow: boolean;

            /** Policy enabled. */
            enabled: boolean;

            /** Policy created. */
            created: string;

            /** Policy modified. */
            modified: string;

            /** Policy origin. */
            origin: string;

            /**
             * Creates a new Policy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Policy instance
             */
            static create(properties: patchtree.v1.Policy.$Shape): patchtree.v1.Policy & patchtree.v1.Policy.$Shape;
            static create(properties?: patchtree.v1.Policy.$Properties): patchtree.v1.Policy;

            /**
             * Encodes the specified Policy message. Does not implicitly {@link patchtree.v1.Policy.verify|verify} messages.
             * @param message Policy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.Policy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Policy message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.Policy & patchtree.v1.Policy.$Shape} Policy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.Policy & patchtree.v1.Policy.$Shape;

            /**
             * Verifies a Policy message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Policy message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Policy
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.Policy;

            /**
             * Creates a plain object from a Policy message. Also converts values to other types if specified.
             * @param message Policy
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.Policy, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Policy to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Policy
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Policy {

            /** Properties of a Policy. */
            interface $Properties {

                /** Policy id */
                id?: (string|null);

                /** Policy name */
                name?: (string|null);

                /** Policy bulletinIds */
                bulletinIds?: (string[]|null);

                /** Policy target */
                target?: (string|null);

                /** Policy schedule */
                schedule?: (string|null);

                /** Policy overrideMaintenanceWindow */
                overrideMaintenanceWindow?: (boolean|null);

                /** Policy enabled */
                enabled?: (boolean|null);

                /** Policy created */
                created?: (string|null);

                /** Policy modified */
                modified?: (string|null);

                /** Policy origin */
                origin?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Policy. */
            type $Shape = patchtree.v1.Policy.$Properties;
        }

        /**
         * Properties of a PolicyEntry.
         * @deprecated Use patchtree.v1.PolicyEntry.$Properties instead.
         */
        interface IPolicyEntry extends patchtree.v1.PolicyEntry.$Properties {
        }

        /** Represents a PolicyEntry. */
        class PolicyEntry {

            /**
             * Constructs a new PolicyEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.PolicyEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PolicyEntry policyId. */
            policyId: string;

            /** PolicyEntry updateKey. */
            updateKey: string;

            /** PolicyEntry enabled. */
            enabled: boolean;

            /** PolicyEntry commandLine. */
            commandLine: string;

            /**
             * Creates a new PolicyEntry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PolicyEntry instance
             */
            static create(properties: patchtree.v1.PolicyEntry.$Shape): patchtree.v1.PolicyEntry & patchtree.v1.PolicyEntry.$Shape;
            static create(properties?: patchtree.v1.PolicyEntry.$Properties): patchtree.v1.PolicyEntry;

            /**
             * Encodes the specified PolicyEntry message. Does not implicitly {@link patchtree.v1.PolicyEntry.verify|verify} messages.
             * @param message PolicyEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.PolicyEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PolicyEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.PolicyEntry & patchtree.v1.PolicyEntry.$Shape} PolicyEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.PolicyEntry & patchtree.v1.PolicyEntry.$Shape;

            /**
             * Verifies a PolicyEntry message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PolicyEntry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PolicyEntry
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.PolicyEntry;

            /**
             * Creates a plain object from a PolicyEntry message. Also converts values to other types if specified.
             * @param message PolicyEntry
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.PolicyEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PolicyEntry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PolicyEntry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PolicyEntry {

            /** Properties of a PolicyEntry. */
            interface $Properties {

                /** PolicyEntry policyId */
                policyId?: (string|null);

                /** PolicyEntry updateKey */
                updateKey?: (string|null);

                /** PolicyEntry enabled */
                enabled?: (boolean|null);

                /** PolicyEntry commandLine */
                commandLine?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PolicyEntry. */
            type $Shape = patchtree.v1.PolicyEntry.$Properties;
        }

        /**
         * Properties of a SeverityLevels.
         * @deprecated Use patchtree.v1.SeverityLevels.$Properties instead.
         */
        interface ISeverityLevels extends patchtree.v1.SeverityLevels.$Properties {
        }

        /** Represents a SeverityLevels. */
        class SeverityLevels {

            /**
             * Constructs a new SeverityLevels.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.SeverityLevels.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SeverityLevels levels. */
            levels: string[];

            /**
             * Creates a new SeverityLevels instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SeverityLevels instance
             */
            static create(properties: patchtree.v1.SeverityLevels.$Shape): patchtree.v1.SeverityLevels & patchtree.v1.SeverityLevels.$Shape;
            static create(properties?: patchtree.v1.SeverityLevels.$Properties): patchtree.v1.SeverityLevels;

            /**
             * Encodes the specified SeverityLevels message. Does not implicitly {@link patchtree.v1.SeverityLevels.verify|verify} messages.
             * @param message SeverityLevels message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.SeverityLevels.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SeverityLevels message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.SeverityLevels & patchtree.v1.SeverityLevels.$Shape} SeverityLevels
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.SeverityLevels & patchtree.v1.SeverityLevels.$Shape;

            /**
             * Verifies a SeverityLevels message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SeverityLevels message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SeverityLevels
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.SeverityLevels;

            /**
             * Creates a plain object from a SeverityLevels message. Also converts values to other types if specified.
             * @param message SeverityLevels
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.SeverityLevels, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SeverityLevels to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SeverityLevels
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SeverityLevels {

            /** Properties of a SeverityLevels. */
            interface $Properties {

                /** SeverityLevels levels */
                levels?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SeverityLevels. */
            type $Shape = patchtree.v1.SeverityLevels.$Properties;
        }

        /**
         * Properties of a Record.
         * @deprecated Use patchtree.v1.Record.$Properties instead.
         */
        interface IRecord extends patchtree.v1.Record.$Properties {
        }

        /** Represents a Record. */
        class Record {

            /**
             * Constructs a new Record.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.Record.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Record bulletin. */
            bulletin?: (patchtree.v1.Bulletin.$Properties|null);

            /** Record update. */
            update?: (patchtree.v1.SoftwareUpdate.$Properties|null);

            /** Record policy. */
            policy?: (patchtree.v1.Policy.$Properties|null);

            /** Record policyEntry. */
            policyEntry?: (patchtree.v1.PolicyEntry.$Properties|null);

            /** Record severityLevels. */
            severityLevels?: (patchtree.v1.SeverityLevels.$Properties|null);

            /** Record body. */
            body?: ("bulletin"|"update"|"policy"|"policyEntry"|"severityLevels");

            /**
             * Creates a new Record instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Record instance
             */
            static create(properties: patchtree.v1.Record.$Shape): patchtree.v1.Record & patchtree.v1.Record.$Shape;
            static create(properties?: patchtree.v1.Record.$Properties): patchtree.v1.Record;

            /**
             * Encodes the specified Record message. Does not implicitly {@link patchtree.v1.Record.verify|verify} messages.
             * @param message Record message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.Record.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Record message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.Record & patchtree.v1.Record.$Shape} Record
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.Record & patchtree.v1.Record.$Shape;

            /**
             * Verifies a Record message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Record message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Record
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.Record;

            /**
             * Creates a plain object from a Record message. Also converts values to other types if specified.
             * @param message Record
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.Record, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Record to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Record
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Record {

            /** Properties of a Record. */
            interface $Properties {

                /** Record bulletin */
                bulletin?: (patchtree.v1.Bulletin.$Properties|null);

                /** Record update */
                update?: (patchtree.v1.SoftwareUpdate.$Properties|null);

                /** Record policy */
                policy?: (patchtree.v1.Policy.$Properties|null);

                /** Record policyEntry */
                policyEntry?: (patchtree.v1.PolicyEntry.$Properties|null);

                /** Record severityLevels */
                severityLevels?: (patchtree.v1.SeverityLevels.$Properties|null);

                /** Record body */
                body?: ("bulletin"|"update"|"policy"|"policyEntry"|"severityLevels");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Record. */
            type $Shape = {
              bulletin?: patchtree.v1.Bulletin.$Shape|null;
              update?: patchtree.v1.SoftwareUpdate.$Shape|null;
              policy?: patchtree.v1.Policy.$Shape|null;
              policyEntry?: patchtree.v1.PolicyEntry.$Shape|null;
              severityLevels?: patchtree.v1.SeverityLevels.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; bulletin?: null; update?: null; policy?: null; policyEntry?: null; severityLevels?: null }|{ body?: "bulletin"; bulletin: patchtree.v1.Bulletin.$Shape; update?: null; policy?: null; policyEntry?: null; severityLevels?: null }|{ body?: "update"; bulletin?: null; update: patchtree.v1.SoftwareUpdate.$Shape; policy?: null; policyEntry?: null; severityLevels?: null }|{ body?: "policy"; bulletin?: null; update?: null; policy: patchtree.v1.Policy.$Shape; policyEntry?: null; severityLevels?: null }|{ body?: "policyEntry"; bulletin?: null; update?: null; policy?: null; policyEntry: patchtree.v1.PolicyEntry.$Shape; severityLevels?: null }|{ body?: "severityLevels"; bulletin?: null; update?: null; policy?: null; policyEntry?: null; severityLevels: patchtree.v1.SeverityLevels.$Shape })
            );
        }

        /**
         * Properties of a Change.
         * @deprecated Use patchtree.v1.Change.$Properties instead.
         */
        interface IChange extends patchtree.v1.Change.$Properties {
        }

        /** Represents a Change. */
        class Change {

            /**
             * Constructs a new Change.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.Change.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Change key. */
            key: string;

            /** Change languages. */
            languages: string[];

            /** Change deleted. */
            deleted: boolean;

            /** Change record. */
            record?: (patchtree.v1.Record.$Properties|null);

            /** Change leftLanguages. */
            leftLanguages: string[];

            /**
             * Creates a new Change instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Change instance
             */
            static create(properties: patchtree.v1.Change.$Shape): patchtree.v1.Change & patchtree.v1.Change.$Shape;
            static create(properties?: patchtree.v1.Change.$Properties): patchtree.v1.Change;

            /**
             * Encodes the specified Change message. Does not implicitly {@link patchtree.v1.Change.verify|verify} messages.
             * @param message Change message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.Change.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Change message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.Change & patchtree.v1.Change.$Shape} Change
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.Change & patchtree.v1.Change.$Shape;

            /**
             * Verifies a Change message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Change message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Change
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.Change;

            /**
             * Creates a plain object from a Change message. Also converts values to other types if specified.
             * @param message Change
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.Change, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Change to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Change
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Change {

            /** Properties of a Change. */
            interface $Properties {

                /** Change key */
                key?: (string|null);

                /** Change languages */
                languages?: (string[]|null);

                /** Change deleted */
                deleted?: (boolean|null);

                /** Change record */
                record?: (patchtree.v1.Record.$Properties|null);

                /** Change leftLanguages */
                leftLanguages?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Change. */
            type $Shape = {
              key?: string|null;
              languages?: string[]|null;
              deleted?: boolean|null;
              record?: patchtree.v1.Record.$Shape|null;
              leftLanguages?: string[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /** Rule enum. */
        enum Rule {

            /** RULE_UNSPECIFIED value */
            RULE_UNSPECIFIED = 0,

            /** RULE_CATALOG value */
            RULE_CATALOG = 1,

            /** RULE_POLICIES value */
            RULE_POLICIES = 2,

            /** RULE_CONTENT value */
            RULE_CONTENT = 3
        }

        /** Mode enum. */
        enum Mode {

            /** MODE_UNSPECIFIED value */
            MODE_UNSPECIFIED = 0,

            /** MODE_DIFFERENTIAL value */
            MODE_DIFFERENTIAL = 1,

            /** MODE_COMPLETE value */
            MODE_COMPLETE = 2
        }

        /**
         * Properties of a Checkpoint.
         * @deprecated Use patchtree.v1.Checkpoint.$Properties instead.
         */
        interface ICheckpoint extends patchtree.v1.Checkpoint.$Properties {
        }

        /** Represents a Checkpoint. */
        class Checkpoint {

            /**
             * Constructs a new Checkpoint.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.Checkpoint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Checkpoint storeId. */
            storeId: string;

            /** Checkpoint seq. */
            seq: number;

            /** Checkpoint filter. */
            filter: string;

            /** Checkpoint completeAfterKey. */
            completeAfterKey: string;

            /** Checkpoint completeUpto. */
            completeUpto: number;

            /**
             * Creates a new Checkpoint instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Checkpoint instance
             */
            static create(properties: patchtree.v1.Checkpoint.$Shape): patchtree.v1.Checkpoint & patchtree.v1.Checkpoint.$Shape;
            static create(properties?: patchtree.v1.Checkpoint.$Properties): patchtree.v1.Checkpoint;

            /**
             * Encodes the specified Checkpoint message. Does not implicitly {@link patchtree.v1.Checkpoint.verify|verify} messages.
             * @param message Checkpoint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.Checkpoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Checkpoint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.Checkpoint & patchtree.v1.Checkpoint.$Shape} Checkpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.Checkpoint & patchtree.v1.Checkpoint.$Shape;

            /**
             * Verifies a Checkpoint message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Checkpoint message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Checkpoint
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.Checkpoint;

            /**
             * Creates a plain object from a Checkpoint message. Also converts values to other types if specified.
             * @param message Checkpoint
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.Checkpoint, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Checkpoint to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Checkpoint
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Checkpoint {

            /** Properties of a Checkpoint. */
            interface $Properties {

                /** Checkpoint storeId */
                storeId?: (string|null);

                /** Checkpoint seq */
                seq?: (number|null);

                /** Checkpoint filter */
                filter?: (string|null);

                /** Checkpoint completeAfterKey */
                completeAfterKey?: (string|null);

                /** Checkpoint completeUpto */
                completeUpto?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Checkpoint. */
            type $Shape = patchtree.v1.Checkpoint.$Properties;
        }

        /**
         * Properties of a SyncRequest.
         * @deprecated Use patchtree.v1.SyncRequest.$Properties instead.
         */
        interface ISyncRequest extends patchtree.v1.SyncRequest.$Properties {
        }

        /** Represents a SyncRequest. */
        class SyncRequest {

            /**
             * Constructs a new SyncRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.SyncRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SyncRequest protocolVersion. */
            protocolVersion: number;

            /** SyncRequest childId. */
            childId: string;

            /** SyncRequest via. */
            via: string[];

            /** SyncRequest rule. */
            rule: patchtree.v1.Rule;

            /** SyncRequest mode. */
            mode: patchtree.v1.Mode;

            /** SyncRequest checkpoint. */
            checkpoint?: (patchtree.v1.Checkpoint.$Properties|null);

            /** SyncRequest languages. */
            languages: string[];

            /** SyncRequest policyIds. */
            policyIds: string[];

            /** SyncRequest batchSize. */
            batchSize: number;

            /** SyncRequest heldListings. */
            heldListings: string[];

            /**
             * Creates a new SyncRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SyncRequest instance
             */
            static create(properties: patchtree.v1.SyncRequest.$Shape): patchtree.v1.SyncRequest & patchtree.v1.SyncRequest.$Shape;
            static create(properties?: patchtree.v1.SyncRequest.$Properties): patchtree.v1.SyncRequest;

            /**
             * Encodes the specified SyncRequest message. Does not implicitly {@link patchtree.v1.SyncRequest.verify|verify} messages.
             * @param message SyncRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.SyncRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SyncRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.SyncRequest & patchtree.v1.SyncRequest.$Shape} SyncRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.SyncRequest & patchtree.v1.SyncRequest.$Shape;

            /**
             * Verifies a SyncRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SyncRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SyncRequest
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.SyncRequest;

            /**
             * Creates a plain object from a SyncRequest message. Also converts values to other types if specified.
             * @param message SyncRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.SyncRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SyncRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SyncRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SyncRequest {

            /** Properties of a SyncRequest. */
            interface $Properties {

                /** SyncRequest protocolVersion */
                protocolVersion?: (number|null);

                /** SyncRequest childId */
                childId?: (string|null);

                /** SyncRequest via */
                via?: (string[]|null);

                /** SyncRequest rule */
                rule?: (patchtree.v1.Rule|null);

                /** SyncRequest mode */
                mode?: (patchtree.v1.Mode|null);

                /** SyncRequest checkpoint */
                checkpoint?: (patchtree.v1.Checkpoint.$Properties|null);

                /** SyncRequest languages */
                languages?: (string[]|null);

                /** SyncRequest policyIds */
                policyIds?: (string[]|null);

                /** SyncRequest batchSize */
                batchSize?: (number|null);

                /** SyncRequest heldListings */
                heldListings?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SyncRequest. */
            type $Shape = patchtree.v1.SyncRequest.$Properties;
        }

        /**
         * Properties of a SetDigest.
         * @deprecated Use patchtree.v1.SetDigest.$Properties instead.
         */
        interface ISetDigest extends patchtree.v1.SetDigest.$Properties {
        }

        /** Represents a SetDigest. */
        class SetDigest {

            /**
             * Constructs a new SetDigest.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.SetDigest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetDigest count. */
            count: number;

            /** SetDigest digest. */
            digest: string;

            /**
             * Creates a new SetDigest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetDigest instance
             */
            static create(properties: patchtree.v1.SetDigest.$Shape): patchtree.v1.SetDigest & patchtree.v1.SetDigest.$Shape;
            static create(properties?: patchtree.v1.SetDigest.$Properties): patchtree.v1.SetDigest;

            /**
             * Encodes the specified SetDigest message. Does not implicitly {@link patchtree.v1.SetDigest.verify|verify} messages.
             * @param message SetDigest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.SetDigest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetDigest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.SetDigest & patchtree.v1.SetDigest.$Shape} SetDigest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.SetDigest & patchtree.v1.SetDigest.$Shape;

            /**
             * Verifies a SetDigest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SetDigest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SetDigest
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.SetDigest;

            /**
             * Creates a plain object from a SetDigest message. Also converts values to other types if specified.
             * @param message SetDigest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.SetDigest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SetDigest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SetDigest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetDigest {

            /** Properties of a SetDigest. */
            interface $Properties {

                /** SetDigest count */
                count?: (number|null);

                /** SetDigest digest */
                digest?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetDigest. */
            type $Shape = patchtree.v1.SetDigest.$Properties;
        }

        /**
         * Properties of a SyncStart.
         * @deprecated Use patchtree.v1.SyncStart.$Properties instead.
         */
        interface ISyncStart extends patchtree.v1.SyncStart.$Properties {
        }

        /** Represents a SyncStart. */
        class SyncStart {

            /**
             * Constructs a new SyncStart.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.SyncStart.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SyncStart protocolVersion. */
            protocolVersion: number;

            /** SyncStart parentId. */
            parentId: string;

            /** SyncStart storeId. */
            storeId: string;

            /** SyncStart mode. */
            mode: patchtree.v1.Mode;

            /** SyncStart reason. */
            reason: string;

            /** SyncStart uptoSeq. */
            uptoSeq: number;

            /** SyncStart filter. */
            filter: string;

            /** SyncStart parentIdentity. */
            parentIdentity: string;

            /** SyncStart publishers. */
            publishers: patchtree.v1.PublisherDocs.$Properties[];

            /** SyncStart servedThrough. */
            servedThrough: patchtree.v1.LanguageSet.$Properties[];

            /** SyncStart viewId. */
            viewId: number;

            /**
             * Creates a new SyncStart instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SyncStart instance
             */
            static create(properties: patchtree.v1.SyncStart.$Shape): patchtree.v1.SyncStart & patchtree.v1.SyncStart.$Shape;
            static create(properties?: patchtree.v1.SyncStart.$Properties): patchtree.v1.SyncStart;

            /**
             * Encodes the specified SyncStart message. Does not implicitly {@link patchtree.v1.SyncStart.verify|verify} messages.
             * @param message SyncStart message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.SyncStart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SyncStart message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.SyncStart & patchtree.v1.SyncStart.$Shape} SyncStart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.SyncStart & patchtree.v1.SyncStart.$Shape;

            /**
             * Verifies a SyncStart message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SyncStart message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SyncStart
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.SyncStart;

            /**
             * Creates a plain object from a SyncStart message. Also converts values to other types if specified.
             * @param message SyncStart
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.SyncStart, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SyncStart to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SyncStart
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SyncStart {

            /** Properties of a SyncStart. */
            interface $Properties {

                /** SyncStart protocolVersion */
                protocolVersion?: (number|null);

                /** SyncStart parentId */
                parentId?: (string|null);

                /** SyncStart storeId */
                storeId?: (string|null);

                /** SyncStart mode */
                mode?: (patchtree.v1.Mode|null);

                /** SyncStart reason */
                reason?: (string|null);

                /** SyncStart uptoSeq */
                uptoSeq?: (number|null);

                /** SyncStart filter */
                filter?: (string|null);

                /** SyncStart parentIdentity */
                parentIdentity?: (string|null);

                /** SyncStart publishers */
                publishers?: (patchtree.v1.PublisherDocs.$Properties[]|null);

                /** SyncStart servedThrough */
                servedThrough?: (patchtree.v1.LanguageSet.$Properties[]|null);

                /** SyncStart viewId */
                viewId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SyncStart. */
            type $Shape = patchtree.v1.SyncStart.$Properties;
        }

        /**
         * Properties of a PublisherDocs.
         * @deprecated Use patchtree.v1.PublisherDocs.$Properties instead.
         */
        interface IPublisherDocs extends patchtree.v1.PublisherDocs.$Properties {
        }

        /** Represents a PublisherDocs. */
        class PublisherDocs {

            /**
             * Constructs a new PublisherDocs.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.PublisherDocs.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PublisherDocs publisherId. */
            publisherId: string;

            /** PublisherDocs roots. */
            roots: string[];

            /** PublisherDocs targets. */
            targets: string;

            /**
             * Creates a new PublisherDocs instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PublisherDocs instance
             */
            static create(properties: patchtree.v1.PublisherDocs.$Shape): patchtree.v1.PublisherDocs & patchtree.v1.PublisherDocs.$Shape;
            static create(properties?: patchtree.v1.PublisherDocs.$Properties): patchtree.v1.PublisherDocs;

            /**
             * Encodes the specified PublisherDocs message. Does not implicitly {@link patchtree.v1.PublisherDocs.verify|verify} messages.
             * @param message PublisherDocs message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.PublisherDocs.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PublisherDocs message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.PublisherDocs & patchtree.v1.PublisherDocs.$Shape} PublisherDocs
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.PublisherDocs & patchtree.v1.PublisherDocs.$Shape;

            /**
             * Verifies a PublisherDocs message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PublisherDocs message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PublisherDocs
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.PublisherDocs;

            /**
             * Creates a plain object from a PublisherDocs message. Also converts values to other types if specified.
             * @param message PublisherDocs
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.PublisherDocs, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PublisherDocs to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PublisherDocs
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PublisherDocs {

            /** Properties of a PublisherDocs. */
            interface $Properties {

                /** PublisherDocs publisherId */
                publisherId?: (string|null);

                /** PublisherDocs roots */
                roots?: (string[]|null);

                /** PublisherDocs targets */
                targets?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PublisherDocs. */
            type $Shape = patchtree.v1.PublisherDocs.$Properties;
        }

        /**
         * Properties of a LanguageSet.
         * @deprecated Use patchtree.v1.LanguageSet.$Properties instead.
         */
        interface ILanguageSet extends patchtree.v1.LanguageSet.$Properties {
        }

        /** Represents a LanguageSet. */
        class LanguageSet {

            /**
             * Constructs a new LanguageSet.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.LanguageSet.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LanguageSet languages. */
            languages: string[];

            /**
             * Creates a new LanguageSet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LanguageSet instance
             */
            static create(properties: patchtree.v1.LanguageSet.$Shape): patchtree.v1.LanguageSet & patchtree.v1.LanguageSet.$Shape;
            static create(properties?: patchtree.v1.LanguageSet.$Properties): patchtree.v1.LanguageSet;

            /**
             * Encodes the specified LanguageSet message. Does not implicitly {@link patchtree.v1.LanguageSet.verify|verify} messages.
             * @param message LanguageSet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.LanguageSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LanguageSet message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.LanguageSet & patchtree.v1.LanguageSet.$Shape} LanguageSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.LanguageSet & patchtree.v1.LanguageSet.$Shape;

            /**
             * Verifies a LanguageSet message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LanguageSet message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LanguageSet
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.LanguageSet;

            /**
             * Creates a plain object from a LanguageSet message. Also converts values to other types if specified.
             * @param message LanguageSet
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.LanguageSet, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LanguageSet to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LanguageSet
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LanguageSet {

            /** Properties of a LanguageSet. */
            interface $Properties {

                /** LanguageSet languages */
                languages?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LanguageSet. */
            type $Shape = patchtree.v1.LanguageSet.$Properties;
        }

        /**
         * Properties of a Listing.
         * @deprecated Use patchtree.v1.Listing.$Properties instead.
         */
        interface IListing extends patchtree.v1.Listing.$Properties {
        }

        /** Represents a Listing. */
        class Listing {

            /**
             * Constructs a new Listing.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.Listing.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Listing data. */
            data: Uint8Array;

            /**
             * Creates a new Listing instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Listing instance
             */
            static create(properties: patchtree.v1.Listing.$Shape): patchtree.v1.Listing & patchtree.v1.Listing.$Shape;
            static create(properties?: patchtree.v1.Listing.$Properties): patchtree.v1.Listing;

            /**
             * Encodes the specified Listing message. Does not implicitly {@link patchtree.v1.Listing.verify|verify} messages.
             * @param message Listing message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.Listing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Listing message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.Listing & patchtree.v1.Listing.$Shape} Listing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.Listing & patchtree.v1.Listing.$Shape;

            /**
             * Verifies a Listing message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Listing message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Listing
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.Listing;

            /**
             * Creates a plain object from a Listing message. Also converts values to other types if specified.
             * @param message Listing
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.Listing, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Listing to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Listing
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Listing {

            /** Properties of a Listing. */
            interface $Properties {

                /** Listing data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Listing. */
            type $Shape = patchtree.v1.Listing.$Properties;
        }

        /**
         * Properties of a SyncBatch.
         * @deprecated Use patchtree.v1.SyncBatch.$Properties instead.
         */
        interface ISyncBatch extends patchtree.v1.SyncBatch.$Properties {
        }

        /** Represents a SyncBatch. */
        class SyncBatch {

            /**
             * Constructs a new SyncBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.SyncBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SyncBatch changes. */
            changes: patchtree.v1.Change.$Properties[];

            /** SyncBatch lastSeq. */
            lastSeq: number;

            /** SyncBatch lastKey. */
            lastKey: string;

            /** SyncBatch fromKey. */
            fromKey: string;

            /**
             * Creates a new SyncBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SyncBatch instance
             */
            static create(properties: patchtree.v1.SyncBatch.$Shape): patchtree.v1.SyncBatch & patchtree.v1.SyncBatch.$Shape;
            static create(properties?: patchtree.v1.SyncBatch.$Properties): patchtree.v1.SyncBatch;

            /**
             * Encodes the specified SyncBatch message. Does not implicitly {@link patchtree.v1.SyncBatch.verify|verify} messages.
             * @param message SyncBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.SyncBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SyncBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.SyncBatch & patchtree.v1.SyncBatch.$Shape} SyncBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.SyncBatch & patchtree.v1.SyncBatch.$Shape;

            /**
             * Verifies a SyncBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SyncBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SyncBatch
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.SyncBatch;

            /**
             * Creates a plain object from a SyncBatch message. Also converts values to other types if specified.
             * @param message SyncBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.SyncBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SyncBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SyncBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SyncBatch {

            /** Properties of a SyncBatch. */
            interface $Properties {

                /** SyncBatch changes */
                changes?: (patchtree.v1.Change.$Properties[]|null);

                /** SyncBatch lastSeq */
                lastSeq?: (number|null);

                /** SyncBatch lastKey */
                lastKey?: (string|null);

                /** SyncBatch fromKey */
                fromKey?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SyncBatch. */
            type $Shape = {
              changes?: patchtree.v1.Change.$Shape[]|null;
              lastSeq?: number|null;
              lastKey?: string|null;
              fromKey?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a SyncEnd.
         * @deprecated Use patchtree.v1.SyncEnd.$Properties instead.
         */
        interface ISyncEnd extends patchtree.v1.SyncEnd.$Properties {
        }

        /** Represents a SyncEnd. */
        class SyncEnd {

            /**
             * Constructs a new SyncEnd.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.SyncEnd.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SyncEnd uptoSeq. */
            uptoSeq: number;

            /** SyncEnd digest. */
            digest?: (patchtree.v1.SetDigest.$Properties|null);

            /**
             * Creates a new SyncEnd instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SyncEnd instance
             */
            static create(properties: patchtree.v1.SyncEnd.$Shape): patchtree.v1.SyncEnd & patchtree.v1.SyncEnd.$Shape;
            static create(properties?: patchtree.v1.SyncEnd.$Properties): patchtree.v1.SyncEnd;

            /**
             * Encodes the specified SyncEnd message. Does not implicitly {@link patchtree.v1.SyncEnd.verify|verify} messages.
             * @param message SyncEnd message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.SyncEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SyncEnd message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.SyncEnd & patchtree.v1.SyncEnd.$Shape} SyncEnd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.SyncEnd & patchtree.v1.SyncEnd.$Shape;

            /**
             * Verifies a SyncEnd message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SyncEnd message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SyncEnd
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.SyncEnd;

            /**
             * Creates a plain object from a SyncEnd message. Also converts values to other types if specified.
             * @param message SyncEnd
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.SyncEnd, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SyncEnd to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SyncEnd
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SyncEnd {

            /** Properties of a SyncEnd. */
            interface $Properties {

                /** SyncEnd uptoSeq */
                uptoSeq?: (number|null);

                /** SyncEnd digest */
                digest?: (patchtree.v1.SetDigest.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SyncEnd. */
            type $Shape = patchtree.v1.SyncEnd.$Properties;
        }

        /**
         * Properties of a SyncError.
         * @deprecated Use patchtree.v1.SyncError.$Properties instead.
         */
        interface ISyncError extends patchtree.v1.SyncError.$Properties {
        }

        /** Represents a SyncError. */
        class SyncError {

            /**
             * Constructs a new SyncError.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.SyncError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SyncError code. */
            code: string;

            /** SyncError message. */
            message: string;

            /**
             * Creates a new SyncError instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SyncError instance
             */
            static create(properties: patchtree.v1.SyncError.$Shape): patchtree.v1.SyncError & patchtree.v1.SyncError.$Shape;
            static create(properties?: patchtree.v1.SyncError.$Properties): patchtree.v1.SyncError;

            /**
             * Encodes the specified SyncError message. Does not implicitly {@link patchtree.v1.SyncError.verify|verify} messages.
             * @param message SyncError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.SyncError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SyncError message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.SyncError & patchtree.v1.SyncError.$Shape} SyncError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.SyncError & patchtree.v1.SyncError.$Shape;

            /**
             * Verifies a SyncError message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SyncError message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SyncError
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.SyncError;

            /**
             * Creates a plain object from a SyncError message. Also converts values to other types if specified.
             * @param message SyncError
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.SyncError, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SyncError to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SyncError
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SyncError {

            /** Properties of a SyncError. */
            interface $Properties {

                /** SyncError code */
                code?: (string|null);

                /** SyncError message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SyncError. */
            type $Shape = patchtree.v1.SyncError.$Properties;
        }

        /**
         * Properties of a SyncFrame.
         * @deprecated Use patchtree.v1.SyncFrame.$Properties instead.
         */
        interface ISyncFrame extends patchtree.v1.SyncFrame.$Properties {
        }

        /** Represents a SyncFrame. */
        class SyncFrame {

            /**
             * Constructs a new SyncFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.SyncFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SyncFrame start. */
            start?: (patchtree.v1.SyncStart.$Properties|null);

            /** SyncFrame batch. */
            batch?: (patchtree.v1.SyncBatch.$Properties|null);

            /** SyncFrame end. */
            end?: (patchtree.v1.SyncEnd.$Properties|null);

            /** SyncFrame error. */
            error?: (patchtree.v1.SyncError.$Properties|null);

            /** SyncFrame listing. */
            listing?: (patchtree.v1.Listing.$Properties|null);

            /** SyncFrame frame. */
            frame?: ("start"|"batch"|"end"|"error"|"listing");

            /**
             * Creates a new SyncFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SyncFrame instance
             */
            static create(properties: patchtree.v1.SyncFrame.$Shape): patchtree.v1.SyncFrame & patchtree.v1.SyncFrame.$Shape;
            static create(properties?: patchtree.v1.SyncFrame.$Properties): patchtree.v1.SyncFrame;

            /**
             * Encodes the specified SyncFrame message. Does not implicitly {@link patchtree.v1.SyncFrame.verify|verify} messages.
             * @param message SyncFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.SyncFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SyncFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.SyncFrame & patchtree.v1.SyncFrame.$Shape} SyncFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.SyncFrame & patchtree.v1.SyncFrame.$Shape;

            /**
             * Verifies a SyncFrame message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SyncFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SyncFrame
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.SyncFrame;

            /**
             * Creates a plain object from a SyncFrame message. Also converts values to other types if specified.
             * @param message SyncFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.SyncFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SyncFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SyncFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SyncFrame {

            /** Properties of a SyncFrame. */
            interface $Properties {

                /** SyncFrame start */
                start?: (patchtree.v1.SyncStart.$Properties|null);

                /** SyncFrame batch */
                batch?: (patchtree.v1.SyncBatch.$Properties|null);

                /** SyncFrame end */
                end?: (patchtree.v1.SyncEnd.$Properties|null);

                /** SyncFrame error */
                error?: (patchtree.v1.SyncError.$Properties|null);

                /** SyncFrame listing */
                listing?: (patchtree.v1.Listing.$Properties|null);

                /** SyncFrame frame */
                frame?: ("start"|"batch"|"end"|"error"|"listing");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a SyncFrame. */
            type $Shape = {
              start?: patchtree.v1.SyncStart.$Shape|null;
              batch?: patchtree.v1.SyncBatch.$Shape|null;
              end?: patchtree.v1.SyncEnd.$Shape|null;
              error?: patchtree.v1.SyncError.$Shape|null;
              listing?: patchtree.v1.Listing.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ frame?: undefined; start?: null; batch?: null; end?: null; error?: null; listing?: null }|{ frame?: "start"; start: patchtree.v1.SyncStart.$Shape; batch?: null; end?: null; error?: null; listing?: null }|{ frame?: "batch"; start?: null; batch: patchtree.v1.SyncBatch.$Shape; end?: null; error?: null; listing?: null }|{ frame?: "end"; start?: null; batch?: null; end: patchtree.v1.SyncEnd.$Shape; error?: null; listing?: null }|{ frame?: "error"; start?: null; batch?: null; end?: null; error: patchtree.v1.SyncError.$Shape; listing?: null }|{ frame?: "listing"; start?: null; batch?: null; end?: null; error?: null; listing: patchtree.v1.Listing.$Shape })
            );
        }

        /**
         * Properties of a VerifyRequest.
         * @deprecated Use patchtree.v1.VerifyRequest.$Properties instead.
         */
        interface IVerifyRequest extends patchtree.v1.VerifyRequest.$Properties {
        }

        /** Represents a VerifyRequest. */
        class VerifyRequest {

            /**
             * Constructs a new VerifyRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.VerifyRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VerifyRequest protocolVersion. */
            protocolVersion: number;

            /** VerifyRequest childId. */
            childId: string;

            /** VerifyRequest rule. */
            rule: patchtree.v1.Rule;

            /** VerifyRequest languages. */
            languages: string[];

            /** VerifyRequest keys. */
            keys: string[];

            /** VerifyRequest policyIds. */
            policyIds: string[];

            /** VerifyRequest samplePercent. */
            samplePercent: number;

            /** VerifyRequest samplePerMillion. */
            samplePerMillion: number;

            /** VerifyRequest pageAfter. */
            pageAfter: string;

            /** VerifyRequest pageLimit. */
            pageLimit: number;

            /** VerifyRequest viewId. */
            viewId: number;

            /**
             * Creates a new VerifyRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VerifyRequest instance
             */
            static create(properties: patchtree.v1.VerifyRequest.$Shape): patchtree.v1.VerifyRequest & patchtree.v1.VerifyRequest.$Shape;
            static create(properties?: patchtree.v1.VerifyRequest.$Properties): patchtree.v1.VerifyRequest;

            /**
             * Encodes the specified VerifyRequest message. Does not implicitly {@link patchtree.v1.VerifyRequest.verify|verify} messages.
             * @param message VerifyRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.VerifyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VerifyRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.VerifyRequest & patchtree.v1.VerifyRequest.$Shape} VerifyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.VerifyRequest & patchtree.v1.VerifyRequest.$Shape;

            /**
             * Verifies a VerifyRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a VerifyRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VerifyRequest
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.VerifyRequest;

            /**
             * Creates a plain object from a VerifyRequest message. Also converts values to other types if specified.
             * @param message VerifyRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.VerifyRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VerifyRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for VerifyRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VerifyRequest {

            /** Properties of a VerifyRequest. */
            interface $Properties {

                /** VerifyRequest protocolVersion */
                protocolVersion?: (number|null);

                /** VerifyRequest childId */
                childId?: (string|null);

                /** VerifyRequest rule */
                rule?: (patchtree.v1.Rule|null);

                /** VerifyRequest languages */
                languages?: (string[]|null);

                /** VerifyRequest keys */
                keys?: (string[]|null);

                /** VerifyRequest policyIds */
                policyIds?: (string[]|null);

                /** VerifyRequest samplePercent */
                samplePercent?: (number|null);

                /** VerifyRequest samplePerMillion */
                samplePerMillion?: (number|null);

                /** VerifyRequest pageAfter */
                pageAfter?: (string|null);

                /** VerifyRequest pageLimit */
                pageLimit?: (number|null);

                /** VerifyRequest viewId */
                viewId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VerifyRequest. */
            type $Shape = patchtree.v1.VerifyRequest.$Properties;
        }

        /**
         * Properties of a KeyHash.
         * @deprecated Use patchtree.v1.KeyHash.$Properties instead.
         */
        interface IKeyHash extends patchtree.v1.KeyHash.$Properties {
        }

        /** Represents a KeyHash. */
        class KeyHash {

            /**
             * Constructs a new KeyHash.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.KeyHash.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KeyHash key. */
            key: string;

            /** KeyHash hash. */
            hash: string;

            /**
             * Creates a new KeyHash instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KeyHash instance
             */
            static create(properties: patchtree.v1.KeyHash.$Shape): patchtree.v1.KeyHash & patchtree.v1.KeyHash.$Shape;
            static create(properties?: patchtree.v1.KeyHash.$Properties): patchtree.v1.KeyHash;

            /**
             * Encodes the specified KeyHash message. Does not implicitly {@link patchtree.v1.KeyHash.verify|verify} messages.
             * @param message KeyHash message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.KeyHash.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KeyHash message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.KeyHash & patchtree.v1.KeyHash.$Shape} KeyHash
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.KeyHash & patchtree.v1.KeyHash.$Shape;

            /**
             * Verifies a KeyHash message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a KeyHash message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns KeyHash
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.KeyHash;

            /**
             * Creates a plain object from a KeyHash message. Also converts values to other types if specified.
             * @param message KeyHash
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.KeyHash, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this KeyHash to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for KeyHash
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace KeyHash {

            /** Properties of a KeyHash. */
            interface $Properties {

                /** KeyHash key */
                key?: (string|null);

                /** KeyHash hash */
                hash?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KeyHash. */
            type $Shape = patchtree.v1.KeyHash.$Properties;
        }

        /**
         * Properties of a VerifyResponse.
         * @deprecated Use patchtree.v1.VerifyResponse.$Properties instead.
         */
        interface IVerifyResponse extends patchtree.v1.VerifyResponse.$Properties {
        }

        /** Represents a VerifyResponse. */
        class VerifyResponse {

            /**
             * Constructs a new VerifyResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.VerifyResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VerifyResponse hashes. */
            hashes: patchtree.v1.KeyHash.$Properties[];

            /** VerifyResponse nextPageAfter. */
            nextPageAfter: string;

            /**
             * Creates a new VerifyResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VerifyResponse instance
             */
            static create(properties: patchtree.v1.VerifyResponse.$Shape): patchtree.v1.VerifyResponse & patchtree.v1.VerifyResponse.$Shape;
            static create(properties?: patchtree.v1.VerifyResponse.$Properties): patchtree.v1.VerifyResponse;

            /**
             * Encodes the specified VerifyResponse message. Does not implicitly {@link patchtree.v1.VerifyResponse.verify|verify} messages.
             * @param message VerifyResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.VerifyResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VerifyResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.VerifyResponse & patchtree.v1.VerifyResponse.$Shape} VerifyResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.VerifyResponse & patchtree.v1.VerifyResponse.$Shape;

            /**
             * Verifies a VerifyResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a VerifyResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VerifyResponse
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.VerifyResponse;

            /**
             * Creates a plain object from a VerifyResponse message. Also converts values to other types if specified.
             * @param message VerifyResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.VerifyResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VerifyResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for VerifyResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VerifyResponse {

            /** Properties of a VerifyResponse. */
            interface $Properties {

                /** VerifyResponse hashes */
                hashes?: (patchtree.v1.KeyHash.$Properties[]|null);

                /** VerifyResponse nextPageAfter */
                nextPageAfter?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VerifyResponse. */
            type $Shape = patchtree.v1.VerifyResponse.$Properties;
        }

        /**
         * Properties of a FetchRequest.
         * @deprecated Use patchtree.v1.FetchRequest.$Properties instead.
         */
        interface IFetchRequest extends patchtree.v1.FetchRequest.$Properties {
        }

        /** Represents a FetchRequest. */
        class FetchRequest {

            /**
             * Constructs a new FetchRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.FetchRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FetchRequest protocolVersion. */
            protocolVersion: number;

            /** FetchRequest childId. */
            childId: string;

            /** FetchRequest rule. */
            rule: patchtree.v1.Rule;

            /** FetchRequest languages. */
            languages: string[];

            /** FetchRequest keys. */
            keys: string[];

            /** FetchRequest policyIds. */
            policyIds: string[];

            /** FetchRequest viewId. */
            viewId: number;

            /**
             * Creates a new FetchRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FetchRequest instance
             */
            static create(properties: patchtree.v1.FetchRequest.$Shape): patchtree.v1.FetchRequest & patchtree.v1.FetchRequest.$Shape;
            static create(properties?: patchtree.v1.FetchRequest.$Properties): patchtree.v1.FetchRequest;

            /**
             * Encodes the specified FetchRequest message. Does not implicitly {@link patchtree.v1.FetchRequest.verify|verify} messages.
             * @param message FetchRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.FetchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FetchRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.FetchRequest & patchtree.v1.FetchRequest.$Shape} FetchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.FetchRequest & patchtree.v1.FetchRequest.$Shape;

            /**
             * Verifies a FetchRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FetchRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FetchRequest
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.FetchRequest;

            /**
             * Creates a plain object from a FetchRequest message. Also converts values to other types if specified.
             * @param message FetchRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.FetchRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FetchRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FetchRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FetchRequest {

            /** Properties of a FetchRequest. */
            interface $Properties {

                /** FetchRequest protocolVersion */
                protocolVersion?: (number|null);

                /** FetchRequest childId */
                childId?: (string|null);

                /** FetchRequest rule */
                rule?: (patchtree.v1.Rule|null);

                /** FetchRequest languages */
                languages?: (string[]|null);

                /** FetchRequest keys */
                keys?: (string[]|null);

                /** FetchRequest policyIds */
                policyIds?: (string[]|null);

                /** FetchRequest viewId */
                viewId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FetchRequest. */
            type $Shape = patchtree.v1.FetchRequest.$Properties;
        }

        /**
         * Properties of a FetchResponse.
         * @deprecated Use patchtree.v1.FetchResponse.$Properties instead.
         */
        interface IFetchResponse extends patchtree.v1.FetchResponse.$Properties {
        }

        /** Represents a FetchResponse. */
        class FetchResponse {

            /**
             * Constructs a new FetchResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.FetchResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FetchResponse changes. */
            changes: patchtree.v1.Change.$Properties[];

            /**
             * Creates a new FetchResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FetchResponse instance
             */
            static create(properties: patchtree.v1.FetchResponse.$Shape): patchtree.v1.FetchResponse & patchtree.v1.FetchResponse.$Shape;
            static create(properties?: patchtree.v1.FetchResponse.$Properties): patchtree.v1.FetchResponse;

            /**
             * Encodes the specified FetchResponse message. Does not implicitly {@link patchtree.v1.FetchResponse.verify|verify} messages.
             * @param message FetchResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.FetchResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FetchResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.FetchResponse & patchtree.v1.FetchResponse.$Shape} FetchResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.FetchResponse & patchtree.v1.FetchResponse.$Shape;

            /**
             * Verifies a FetchResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FetchResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FetchResponse
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.FetchResponse;

            /**
             * Creates a plain object from a FetchResponse message. Also converts values to other types if specified.
             * @param message FetchResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.FetchResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FetchResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FetchResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FetchResponse {

            /** Properties of a FetchResponse. */
            interface $Properties {

                /** FetchResponse changes */
                changes?: (patchtree.v1.Change.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FetchResponse. */
            type $Shape = {
              changes?: patchtree.v1.Change.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a LanguageReport.
         * @deprecated Use patchtree.v1.LanguageReport.$Properties instead.
         */
        interface ILanguageReport extends patchtree.v1.LanguageReport.$Properties {
        }

        /** Represents a LanguageReport. */
        class LanguageReport {

            /**
             * Constructs a new LanguageReport.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.LanguageReport.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LanguageReport protocolVersion. */
            protocolVersion: number;

            /** LanguageReport childId. */
            childId: string;

            /** LanguageReport languages. */
            languages: string[];

            /** LanguageReport descendants. */
            descendants: patchtree.v1.ChildLanguages.$Properties[];

            /** LanguageReport identity. */
            identity: string;

            /** LanguageReport nodeId. */
            nodeId: string;

            /** LanguageReport statement. */
            statement?: (patchtree.v1.SignedStatement.$Properties|null);

            /**
             * Creates a new LanguageReport instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LanguageReport instance
             */
            static create(properties: patchtree.v1.LanguageReport.$Shape): patchtree.v1.LanguageReport & patchtree.v1.LanguageReport.$Shape;
            static create(properties?: patchtree.v1.LanguageReport.$Properties): patchtree.v1.LanguageReport;

            /**
             * Encodes the specified LanguageReport message. Does not implicitly {@link patchtree.v1.LanguageReport.verify|verify} messages.
             * @param message LanguageReport message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.LanguageReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LanguageReport message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.LanguageReport & patchtree.v1.LanguageReport.$Shape} LanguageReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.LanguageReport & patchtree.v1.LanguageReport.$Shape;

            /**
             * Verifies a LanguageReport message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LanguageReport message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LanguageReport
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.LanguageReport;

            /**
             * Creates a plain object from a LanguageReport message. Also converts values to other types if specified.
             * @param message LanguageReport
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.LanguageReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LanguageReport to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LanguageReport
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LanguageReport {

            /** Properties of a LanguageReport. */
            interface $Properties {

                /** LanguageReport protocolVersion */
                protocolVersion?: (number|null);

                /** LanguageReport childId */
                childId?: (string|null);

                /** LanguageReport languages */
                languages?: (string[]|null);

                /** LanguageReport descendants */
                descendants?: (patchtree.v1.ChildLanguages.$Properties[]|null);

                /** LanguageReport identity */
                identity?: (string|null);

                /** LanguageReport nodeId */
                nodeId?: (string|null);

                /** LanguageReport statement */
                statement?: (patchtree.v1.SignedStatement.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LanguageReport. */
            type $Shape = patchtree.v1.LanguageReport.$Properties;
        }

        /**
         * Properties of a ChildLanguages.
         * @deprecated Use patchtree.v1.ChildLanguages.$Properties instead.
         */
        interface IChildLanguages extends patchtree.v1.ChildLanguages.$Properties {
        }

        /** Represents a ChildLanguages. */
        class ChildLanguages {

            /**
             * Constructs a new ChildLanguages.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.ChildLanguages.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ChildLanguages nodeId. */
            nodeId: string;

            /** ChildLanguages languages. */
            languages: string[];

            /** ChildLanguages identity. */
            identity: string;

            /** ChildLanguages statement. */
            statement?: (patchtree.v1.SignedStatement.$Properties|null);

            /**
             * Creates a new ChildLanguages instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ChildLanguages instance
             */
            static create(properties: patchtree.v1.ChildLanguages.$Shape): patchtree.v1.ChildLanguages & patchtree.v1.ChildLanguages.$Shape;
            static create(properties?: patchtree.v1.ChildLanguages.$Properties): patchtree.v1.ChildLanguages;

            /**
             * Encodes the specified ChildLanguages message. Does not implicitly {@link patchtree.v1.ChildLanguages.verify|verify} messages.
             * @param message ChildLanguages message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.ChildLanguages.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ChildLanguages message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.ChildLanguages & patchtree.v1.ChildLanguages.$Shape} ChildLanguages
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.ChildLanguages & patchtree.v1.ChildLanguages.$Shape;

            /**
             * Verifies a ChildLanguages message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ChildLanguages message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ChildLanguages
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.ChildLanguages;

            /**
             * Creates a plain object from a ChildLanguages message. Also converts values to other types if specified.
             * @param message ChildLanguages
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.ChildLanguages, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ChildLanguages to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ChildLanguages
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ChildLanguages {

            /** Properties of a ChildLanguages. */
            interface $Properties {

                /** ChildLanguages nodeId */
                nodeId?: (string|null);

                /** ChildLanguages languages */
                languages?: (string[]|null);

                /** ChildLanguages identity */
                identity?: (string|null);

                /** ChildLanguages statement */
                statement?: (patchtree.v1.SignedStatement.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ChildLanguages. */
            type $Shape = patchtree.v1.ChildLanguages.$Properties;
        }

        /**
         * Properties of a NodeStatement.
         * @deprecated Use patchtree.v1.NodeStatement.$Properties instead.
         */
        interface INodeStatement extends patchtree.v1.NodeStatement.$Properties {
        }

        /** Represents a NodeStatement. */
        class NodeStatement {

            /**
             * Constructs a new NodeStatement.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.NodeStatement.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeStatement publicKey. */
            publicKey: string;

            /** NodeStatement parentIdentity. */
            parentIdentity: string;

            /** NodeStatement nodeId. */
            nodeId: string;

            /** NodeStatement languages. */
            languages: string[];

            /** NodeStatement issued. */
            issued: string;

            /**
             * Creates a new NodeStatement instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeStatement instance
             */
            static create(properties: patchtree.v1.NodeStatement.$Shape): patchtree.v1.NodeStatement & patchtree.v1.NodeStatement.$Shape;
            static create(properties?: patchtree.v1.NodeStatement.$Properties): patchtree.v1.NodeStatement;

            /**
             * Encodes the specified NodeStatement message. Does not implicitly {@link patchtree.v1.NodeStatement.verify|verify} messages.
             * @param message NodeStatement message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.NodeStatement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeStatement message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.NodeStatement & patchtree.v1.NodeStatement.$Shape} NodeStatement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.NodeStatement & patchtree.v1.NodeStatement.$Shape;

            /**
             * Verifies a NodeStatement message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NodeStatement message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeStatement
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.NodeStatement;

            /**
             * Creates a plain object from a NodeStatement message. Also converts values to other types if specified.
             * @param message NodeStatement
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.NodeStatement, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeStatement to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeStatement
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeStatement {

            /** Properties of a NodeStatement. */
            interface $Properties {

                /** NodeStatement publicKey */
                publicKey?: (string|null);

                /** NodeStatement parentIdentity */
                parentIdentity?: (string|null);

                /** NodeStatement nodeId */
                nodeId?: (string|null);

                /** NodeStatement languages */
                languages?: (string[]|null);

                /** NodeStatement issued */
                issued?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeStatement. */
            type $Shape = patchtree.v1.NodeStatement.$Properties;
        }

        /**
         * Properties of a SignedStatement.
         * @deprecated Use patchtree.v1.SignedStatement.$Properties instead.
         */
        interface ISignedStatement extends patchtree.v1.SignedStatement.$Properties {
        }

        /** Represents a SignedStatement. */
        class SignedStatement {

            /**
             * Constructs a new SignedStatement.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.SignedStatement.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignedStatement statement. */
            statement: Uint8Array;

            /** SignedStatement signature. */
            signature: Uint8Array;

            /**
             * Creates a new SignedStatement instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SignedStatement instance
             */
            static create(properties: patchtree.v1.SignedStatement.$Shape): patchtree.v1.SignedStatement & patchtree.v1.SignedStatement.$Shape;
            static create(properties?: patchtree.v1.SignedStatement.$Properties): patchtree.v1.SignedStatement;

            /**
             * Encodes the specified SignedStatement message. Does not implicitly {@link patchtree.v1.SignedStatement.verify|verify} messages.
             * @param message SignedStatement message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.SignedStatement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignedStatement message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.SignedStatement & patchtree.v1.SignedStatement.$Shape} SignedStatement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.SignedStatement & patchtree.v1.SignedStatement.$Shape;

            /**
             * Verifies a SignedStatement message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SignedStatement message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SignedStatement
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.SignedStatement;

            /**
             * Creates a plain object from a SignedStatement message. Also converts values to other types if specified.
             * @param message SignedStatement
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.SignedStatement, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SignedStatement to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SignedStatement
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SignedStatement {

            /** Properties of a SignedStatement. */
            interface $Properties {

                /** SignedStatement statement */
                statement?: (Uint8Array|null);

                /** SignedStatement signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignedStatement. */
            type $Shape = patchtree.v1.SignedStatement.$Properties;
        }

        /**
         * Properties of a LanguageAck.
         * @deprecated Use patchtree.v1.LanguageAck.$Properties instead.
         */
        interface ILanguageAck extends patchtree.v1.LanguageAck.$Properties {
        }

        /** Represents a LanguageAck. */
        class LanguageAck {

            /**
             * Constructs a new LanguageAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.LanguageAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LanguageAck unmanaged. */
            unmanaged: string[];

            /** LanguageAck rules. */
            rules: patchtree.v1.RuleSetting.$Properties[];

            /** LanguageAck runNow. */
            runNow: patchtree.v1.RunNow.$Properties[];

            /** LanguageAck parentId. */
            parentId: string;

            /** LanguageAck parentIdentity. */
            parentIdentity: string;

            /**
             * Creates a new LanguageAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LanguageAck instance
             */
            static create(properties: patchtree.v1.LanguageAck.$Shape): patchtree.v1.LanguageAck & patchtree.v1.LanguageAck.$Shape;
            static create(properties?: patchtree.v1.LanguageAck.$Properties): patchtree.v1.LanguageAck;

            /**
             * Encodes the specified LanguageAck message. Does not implicitly {@link patchtree.v1.LanguageAck.verify|verify} messages.
             * @param message LanguageAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.LanguageAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LanguageAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.LanguageAck & patchtree.v1.LanguageAck.$Shape} LanguageAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.LanguageAck & patchtree.v1.LanguageAck.$Shape;

            /**
             * Verifies a LanguageAck message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LanguageAck message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LanguageAck
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.LanguageAck;

            /**
             * Creates a plain object from a LanguageAck message. Also converts values to other types if specified.
             * @param message LanguageAck
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.LanguageAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LanguageAck to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LanguageAck
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LanguageAck {

            /** Properties of a LanguageAck. */
            interface $Properties {

                /** LanguageAck unmanaged */
                unmanaged?: (string[]|null);

                /** LanguageAck rules */
                rules?: (patchtree.v1.RuleSetting.$Properties[]|null);

                /** LanguageAck runNow */
                runNow?: (patchtree.v1.RunNow.$Properties[]|null);

                /** LanguageAck parentId */
                parentId?: (string|null);

                /** LanguageAck parentIdentity */
                parentIdentity?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LanguageAck. */
            type $Shape = patchtree.v1.LanguageAck.$Properties;
        }

        /**
         * Properties of a RuleSetting.
         * @deprecated Use patchtree.v1.RuleSetting.$Properties instead.
         */
        interface IRuleSetting extends patchtree.v1.RuleSetting.$Properties {
        }

        /** Represents a RuleSetting. */
        class RuleSetting {

            /**
             * Constructs a new RuleSetting.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.RuleSetting.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RuleSetting name. */
            name: string;

            /** RuleSetting mode. */
            mode: patchtree.v1.Mode;

            /** RuleSetting schedule. */
            schedule: string;

            /** RuleSetting verify. */
            verify: boolean;

            /** RuleSetting verifyPercent. */
            verifyPercent: number;

            /** RuleSetting policyIds. */
            policyIds: string[];

            /**
             * Creates a new RuleSetting instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RuleSetting instance
             */
            static create(properties: patchtree.v1.RuleSetting.$Shape): patchtree.v1.RuleSetting & patchtree.v1.RuleSetting.$Shape;
            static create(properties?: patchtree.v1.RuleSetting.$Properties): patchtree.v1.RuleSetting;

            /**
             * Encodes the specified RuleSetting message. Does not implicitly {@link patchtree.v1.RuleSetting.verify|verify} messages.
             * @param message RuleSetting message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.RuleSetting.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RuleSetting message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.RuleSetting & patchtree.v1.RuleSetting.$Shape} RuleSetting
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.RuleSetting & patchtree.v1.RuleSetting.$Shape;

            /**
             * Verifies a RuleSetting message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RuleSetting message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RuleSetting
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.RuleSetting;

            /**
             * Creates a plain object from a RuleSetting message. Also converts values to other types if specified.
             * @param message RuleSetting
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.RuleSetting, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RuleSetting to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RuleSetting
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RuleSetting {

            /** Properties of a RuleSetting. */
            interface $Properties {

                /** RuleSetting name */
                name?: (string|null);

                /** RuleSetting mode */
                mode?: (patchtree.v1.Mode|null);

                /** RuleSetting schedule */
                schedule?: (string|null);

                /** RuleSetting verify */
                verify?: (boolean|null);

                /** RuleSetting verifyPercent */
                verifyPercent?: (number|null);

                /** RuleSetting policyIds */
                policyIds?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RuleSetting. */
            type $Shape = patchtree.v1.RuleSetting.$Properties;
        }

        /**
         * Properties of a RunNow.
         * @deprecated Use patchtree.v1.RunNow.$Properties instead.
         */
        interface IRunNow extends patchtree.v1.RunNow.$Properties {
        }

        /** Represents a RunNow. */
        class RunNow {

            /**
             * Constructs a new RunNow.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.RunNow.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunNow rule. */
            rule: string;

            /** RunNow counter. */
            counter: number;

            /** RunNow mode. */
            mode: patchtree.v1.Mode;

            /**
             * Creates a new RunNow instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunNow instance
             */
            static create(properties: patchtree.v1.RunNow.$Shape): patchtree.v1.RunNow & patchtree.v1.RunNow.$Shape;
            static create(properties?: patchtree.v1.RunNow.$Properties): patchtree.v1.RunNow;

            /**
             * Encodes the specified RunNow message. Does not implicitly {@link patchtree.v1.RunNow.verify|verify} messages.
             * @param message RunNow message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.RunNow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunNow message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.RunNow & patchtree.v1.RunNow.$Shape} RunNow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.RunNow & patchtree.v1.RunNow.$Shape;

            /**
             * Verifies a RunNow message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RunNow message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunNow
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.RunNow;

            /**
             * Creates a plain object from a RunNow message. Also converts values to other types if specified.
             * @param message RunNow
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.RunNow, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunNow to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RunNow
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunNow {

            /** Properties of a RunNow. */
            interface $Properties {

                /** RunNow rule */
                rule?: (string|null);

                /** RunNow counter */
                counter?: (number|null);

                /** RunNow mode */
                mode?: (patchtree.v1.Mode|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunNow. */
            type $Shape = patchtree.v1.RunNow.$Properties;
        }

        /**
         * Properties of a RunReport.
         * @deprecated Use patchtree.v1.RunReport.$Properties instead.
         */
        interface IRunReport extends patchtree.v1.RunReport.$Properties {
        }

        /** Represents a RunReport. */
        class RunReport {

            /**
             * Constructs a new RunReport.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.RunReport.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunReport protocolVersion. */
            protocolVersion: number;

            /** RunReport childId. */
            childId: string;

            /** RunReport rule. */
            rule: string;

            /** RunReport trigger. */
            trigger: string;

            /** RunReport mode. */
            mode: patchtree.v1.Mode;

            /** RunReport reason. */
            reason: string;

            /** RunReport started. */
            started: string;

            /** RunReport durationMs. */
            durationMs: number;

            /** RunReport received. */
            received: number;

            /** RunReport applied. */
            applied: number;

            /** RunReport deleted. */
            deleted: number;

            /** RunReport bytes. */
            bytes: number;

            /** RunReport digestEqual. */
            digestEqual: boolean;

            /** RunReport sampled. */
            sampled: number;

            /** RunReport mismatched. */
            mismatched: number;

            /** RunReport repaired. */
            repaired: number;

            /** RunReport fellBackToComplete. */
            fellBackToComplete: boolean;

            /** RunReport errorCode. */
            errorCode: string;

            /** RunReport errorMessage. */
            errorMessage: string;

            /** RunReport ok. */
            ok: boolean;

            /** RunReport status. */
            status: string;

            /** RunReport runId. */
            runId: number;

            /** RunReport uptoSeq. */
            uptoSeq: number;

            /**
             * Creates a new RunReport instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunReport instance
             */
            static create(properties: patchtree.v1.RunReport.$Shape): patchtree.v1.RunReport & patchtree.v1.RunReport.$Shape;
            static create(properties?: patchtree.v1.RunReport.$Properties): patchtree.v1.RunReport;

            /**
             * Encodes the specified RunReport message. Does not implicitly {@link patchtree.v1.RunReport.verify|verify} messages.
             * @param message RunReport message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.RunReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunReport message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.RunReport & patchtree.v1.RunReport.$Shape} RunReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.RunReport & patchtree.v1.RunReport.$Shape;

            /**
             * Verifies a RunReport message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RunReport message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunReport
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.RunReport;

            /**
             * Creates a plain object from a RunReport message. Also converts values to other types if specified.
             * @param message RunReport
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.RunReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunReport to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RunReport
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunReport {

            /** Properties of a RunReport. */
            interface $Properties {

                /** RunReport protocolVersion */
                protocolVersion?: (number|null);

                /** RunReport childId */
                childId?: (string|null);

                /** RunReport rule */
                rule?: (string|null);

                /** RunReport trigger */
                trigger?: (string|null);

                /** RunReport mode */
                mode?: (patchtree.v1.Mode|null);

                /** RunReport reason */
                reason?: (string|null);

                /** RunReport started */
                started?: (string|null);

                /** RunReport durationMs */
                durationMs?: (number|null);

                /** RunReport received */
                received?: (number|null);

                /** RunReport applied */
                applied?: (number|null);

                /** RunReport deleted */
                deleted?: (number|null);

                /** RunReport bytes */
                bytes?: (number|null);

                /** RunReport digestEqual */
                digestEqual?: (boolean|null);

                /** RunReport sampled */
                sampled?: (number|null);

                /** RunReport mismatched */
                mismatched?: (number|null);

                /** RunReport repaired */
                repaired?: (number|null);

                /** RunReport fellBackToComplete */
                fellBackToComplete?: (boolean|null);

                /** RunReport errorCode */
                errorCode?: (string|null);

                /** RunReport errorMessage */
                errorMessage?: (string|null);

                /** RunReport ok */
                ok?: (boolean|null);

                /** RunReport status */
                status?: (string|null);

                /** RunReport runId */
                runId?: (number|null);

                /** RunReport uptoSeq */
                uptoSeq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunReport. */
            type $Shape = patchtree.v1.RunReport.$Properties;
        }

        /**
         * Properties of a ContentListRequest.
         * @deprecated Use patchtree.v1.ContentListRequest.$Properties instead.
         */
        interface IContentListRequest extends patchtree.v1.ContentListRequest.$Properties {
        }

        /** Represents a ContentListRequest. */
        class ContentListRequest {

            /**
             * Constructs a new ContentListRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.ContentListRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContentListRequest protocolVersion. */
            protocolVersion: number;

            /** ContentListRequest childId. */
            childId: string;

            /** ContentListRequest languages. */
            languages: string[];

            /** ContentListRequest via. */
            via: string[];

            /**
             * Creates a new ContentListRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContentListRequest instance
             */
            static create(properties: patchtree.v1.ContentListRequest.$Shape): patchtree.v1.ContentListRequest & patchtree.v1.ContentListRequest.$Shape;
            static create(properties?: patchtree.v1.ContentListRequest.$Properties): patchtree.v1.ContentListRequest;

            /**
             * Encodes the specified ContentListRequest message. Does not implicitly {@link patchtree.v1.ContentListRequest.verify|verify} messages.
             * @param message ContentListRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.ContentListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContentListRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.ContentListRequest & patchtree.v1.ContentListRequest.$Shape} ContentListRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.ContentListRequest & patchtree.v1.ContentListRequest.$Shape;

            /**
             * Verifies a ContentListRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ContentListRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ContentListRequest
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.ContentListRequest;

            /**
             * Creates a plain object from a ContentListRequest message. Also converts values to other types if specified.
             * @param message ContentListRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.ContentListRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ContentListRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ContentListRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContentListRequest {

            /** Properties of a ContentListRequest. */
            interface $Properties {

                /** ContentListRequest protocolVersion */
                protocolVersion?: (number|null);

                /** ContentListRequest childId */
                childId?: (string|null);

                /** ContentListRequest languages */
                languages?: (string[]|null);

                /** ContentListRequest via */
                via?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContentListRequest. */
            type $Shape = patchtree.v1.ContentListRequest.$Properties;
        }

        /**
         * Properties of a ContentFile.
         * @deprecated Use patchtree.v1.ContentFile.$Properties instead.
         */
        interface IContentFile extends patchtree.v1.ContentFile.$Properties {
        }

        /** Represents a ContentFile. */
        class ContentFile {

            /**
             * Constructs a new ContentFile.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.ContentFile.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContentFile updateKey. */
            updateKey: string;

            /** ContentFile algorithm. */
            algorithm: string;

            /** ContentFile hash. */
            hash: string;

            /** ContentFile size. */
            size: number;

            /** ContentFile verified. */
            verified: boolean;

            /**
             * Creates a new ContentFile instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContentFile instance
             */
            static create(properties: patchtree.v1.ContentFile.$Shape): patchtree.v1.ContentFile & patchtree.v1.ContentFile.$Shape;
            static create(properties?: patchtree.v1.ContentFile.$Properties): patchtree.v1.ContentFile;

            /**
             * Encodes the specified ContentFile message. Does not implicitly {@link patchtree.v1.ContentFile.verify|verify} messages.
             * @param message ContentFile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.ContentFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContentFile message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.ContentFile & patchtree.v1.ContentFile.$Shape} ContentFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.ContentFile & patchtree.v1.ContentFile.$Shape;

            /**
             * Verifies a ContentFile message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ContentFile message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ContentFile
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.ContentFile;

            /**
             * Creates a plain object from a ContentFile message. Also converts values to other types if specified.
             * @param message ContentFile
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.ContentFile, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ContentFile to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ContentFile
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContentFile {

            /** Properties of a ContentFile. */
            interface $Properties {

                /** ContentFile updateKey */
                updateKey?: (string|null);

                /** ContentFile algorithm */
                algorithm?: (string|null);

                /** ContentFile hash */
                hash?: (string|null);

                /** ContentFile size */
                size?: (number|null);

                /** ContentFile verified */
                verified?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContentFile. */
            type $Shape = patchtree.v1.ContentFile.$Properties;
        }

        /**
         * Properties of a ContentListResponse.
         * @deprecated Use patchtree.v1.ContentListResponse.$Properties instead.
         */
        interface IContentListResponse extends patchtree.v1.ContentListResponse.$Properties {
        }

        /** Represents a ContentListResponse. */
        class ContentListResponse {

            /**
             * Constructs a new ContentListResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: patchtree.v1.ContentListResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContentListResponse files. */
            files: patchtree.v1.ContentFile.$Properties[];

            /**
             * Creates a new ContentListResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContentListResponse instance
             */
            static create(properties: patchtree.v1.ContentListResponse.$Shape): patchtree.v1.ContentListResponse & patchtree.v1.ContentListResponse.$Shape;
            static create(properties?: patchtree.v1.ContentListResponse.$Properties): patchtree.v1.ContentListResponse;

            /**
             * Encodes the specified ContentListResponse message. Does not implicitly {@link patchtree.v1.ContentListResponse.verify|verify} messages.
             * @param message ContentListResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: patchtree.v1.ContentListResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContentListResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {patchtree.v1.ContentListResponse & patchtree.v1.ContentListResponse.$Shape} ContentListResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): patchtree.v1.ContentListResponse & patchtree.v1.ContentListResponse.$Shape;

            /**
             * Verifies a ContentListResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ContentListResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ContentListResponse
             */
            static fromObject(object: { [k: string]: any }): patchtree.v1.ContentListResponse;

            /**
             * Creates a plain object from a ContentListResponse message. Also converts values to other types if specified.
             * @param message ContentListResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: patchtree.v1.ContentListResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ContentListResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ContentListResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContentListResponse {

            /** Properties of a ContentListResponse. */
            interface $Properties {

                /** ContentListResponse files */
                files?: (patchtree.v1.ContentFile.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContentListResponse. */
            type $Shape = patchtree.v1.ContentListResponse.$Properties;
        }
    }
}

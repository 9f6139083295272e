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
    }
}

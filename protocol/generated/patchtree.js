/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $Boolean = $util.global.Boolean, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const patchtree = $root.patchtree = (() => {

    /**
     * Namespace patchtree.
     * @exports patchtree
     * @namespace
     */
    const patchtree = {};

    patchtree.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof patchtree
         * @namespace
         */
        const v1 = {};

        v1.Bulletin = (function() {

            /**
             * Properties of a Bulletin.
             * @typedef {Object} patchtree.v1.Bulletin.$Properties
             * @property {string|null} [id] Bulletin id
             * @property {string|null} [vendor] Bulletin vendor
             * @property {string|null} [title] Bulletin title
             * @property {string|null} [vendorSeverity] Bulletin vendorSeverity
             * @property {string|null} [customSeverity] Bulletin customSeverity
             * @property {string|null} [released] Bulletin released
             * @property {string|null} [revised] Bulletin revised
             * @property {string|null} [description] Bulletin description
             * @property {Array.<string>|null} [supersedes] Bulletin supersedes
             * @property {Array.<string>|null} [supersededBy] Bulletin supersededBy
             * @property {string|null} [source] Bulletin source
             * @property {Array.<string>|null} [products] Bulletin products
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Bulletin.
             * @memberof patchtree.v1
             * @interface IBulletin
             * @augments patchtree.v1.Bulletin.$Properties
             * @deprecated Use patchtree.v1.Bulletin.$Properties instead.
             */

            /**
             * Shape of a Bulletin.
             * @typedef {patchtree.v1.Bulletin.$Properties} patchtree.v1.Bulletin.$Shape
             */

            /**
             * Constructs a new Bulletin.
             * @memberof patchtree.v1
             * @classdesc Represents a Bulletin.
             * @constructor
             * @param {patchtree.v1.Bulletin.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Bulletin = function (properties) {
                this.supersedes = [];
                this.supersededBy = [];
                this.products = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Bulletin id.
             * @member {string} id
             * @memberof patchtree.v1.Bulletin
             * @instance
             */
            Bulletin.prototype.id = "";

            /**
             * Bulletin vendor.
             * @member {string} vendor
             * @memberof patchtree.v1.Bulletin
             * @instance
             */
            Bulletin.prototype.vendor = "";

            /**
             * Bulletin title.
             * @member {string} title
             * @memberof patchtree.v1.Bulletin
             * @instance
             */
            Bulletin.prototype.title = "";

            /**
             * Bulletin vendorSeverity.
             * @member {string} vendorSeverity
             * @memberof patchtree.v1.Bulletin
             * @instance
             */
            Bulletin.prototype.vendorSeverity = "";

            /**
             * Bulletin customSeverity.
             * @member {string} customSeverity
             * @memberof patchtree.v1.Bulletin
             * @instance
             */
            Bulletin.prototype.customSeverity = "";

            /**
             * Bulletin released.
             * @member {string} released
             * @memberof patchtree.v1.Bulletin
             * @instance
             */
            Bulletin.prototype.released = "";

            /**
             * Bulletin revised.
             * @member {string} revised
             * @memberof patchtree.v1.Bulletin
             * @instance
             */
            Bulletin.prototype.revised = "";

            /**
             * Bulletin description.
             * @member {string} description
             * @memberof patchtree.v1.Bulletin
             * @instance
             */
            Bulletin.prototype.description = "";

            /**
             * Bulletin supersedes.
             * @member {Array.<string>} supersedes
             * @memberof patchtree.v1.Bulletin
             * @instance
             */
            Bulletin.prototype.supersedes = $util.emptyArray;

            /**
             * Bulletin supersededBy.
             * @member {Array.<string>} supersededBy
             * @memberof patchtree.v1.Bulletin
             * @instance
             */
            Bulletin.prototype.supersededBy = $util.emptyArray;

            /**
             * Bulletin source.
             * @member {string} source
             * @memberof patchtree.v1.Bulletin
             * @instance
             */
            Bulletin.prototype.source = "";

            /**
             * Bulletin products.
             * @member {Array.<string>} products
             * @memberof patchtree.v1.Bulletin
             * @instance
             */
            Bulletin.prototype.products = $util.emptyArray;

            /**
             * Creates a new Bulletin instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.Bulletin
             * @static
             * @param {patchtree.v1.Bulletin.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.Bulletin} Bulletin instance
             * @type {{
             *   (properties: patchtree.v1.Bulletin.$Shape): patchtree.v1.Bulletin & patchtree.v1.Bulletin.$Shape;
             *   (properties?: patchtree.v1.Bulletin.$Properties): patchtree.v1.Bulletin;
             * }}
             */
            Bulletin.create = function(properties) {
                return new Bulletin(properties);
            };

            /**
             * Encodes the specified Bulletin message. Does not implicitly {@link patchtree.v1.Bulletin.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.Bulletin
             * @static
             * @param {patchtree.v1.Bulletin.$Properties} message Bulletin message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Bulletin.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.vendor != null && $Object.hasOwnProperty.call(message, "vendor") && message.vendor !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.vendor);
                if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.title);
                if (message.vendorSeverity != null && $Object.hasOwnProperty.call(message, "vendorSeverity") && message.vendorSeverity !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.vendorSeverity);
                if (message.customSeverity != null && $Object.hasOwnProperty.call(message, "customSeverity") && message.customSeverity !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.customSeverity);
                if (message.released != null && $Object.hasOwnProperty.call(message, "released") && message.released !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.released);
                if (message.revised != null && $Object.hasOwnProperty.call(message, "revised") && message.revised !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.revised);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.description);
                if (message.supersedes != null && message.supersedes.length)
                    for (let i = 0; i < message.supersedes.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.supersedes[i]);
                if (message.supersededBy != null && message.supersededBy.length)
                    for (let i = 0; i < message.supersededBy.length; ++i)
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.supersededBy[i]);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.source);
                if (message.products != null && message.products.length)
                    for (let i = 0; i < message.products.length; ++i)
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.products[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Bulletin message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.Bulletin
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.Bulletin & patchtree.v1.Bulletin.$Shape} Bulletin
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Bulletin.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.Bulletin();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.vendor = value;
                            else
                                delete message.vendor;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.title = value;
                            else
                                delete message.title;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.vendorSeverity = value;
                            else
                                delete message.vendorSeverity;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.customSeverity = value;
                            else
                                delete message.customSeverity;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.released = value;
                            else
                                delete message.released;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.revised = value;
                            else
                                delete message.revised;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.supersedes && message.supersedes.length))
                                message.supersedes = [];
                            message.supersedes.push(reader.stringVerify());
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.supersededBy && message.supersededBy.length))
                                message.supersededBy = [];
                            message.supersededBy.push(reader.stringVerify());
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.products && message.products.length))
                                message.products = [];
                            message.products.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Bulletin message.
             * @function verify
             * @memberof patchtree.v1.Bulletin
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Bulletin.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.vendor != null && $Object.hasOwnProperty.call(message, "vendor"))
                    if (!$util.isString(message.vendor))
                        return "vendor: string expected";
                if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                    if (!$util.isString(message.title))
                        return "title: string expected";
                if (message.vendorSeverity != null && $Object.hasOwnProperty.call(message, "vendorSeverity"))
                    if (!$util.isString(message.vendorSeverity))
                        return "vendorSeverity: string expected";
                if (message.customSeverity != null && $Object.hasOwnProperty.call(message, "customSeverity"))
                    if (!$util.isString(message.customSeverity))
                        return "customSeverity: string expected";
                if (message.released != null && $Object.hasOwnProperty.call(message, "released"))
                    if (!$util.isString(message.released))
                        return "released: string expected";
                if (message.revised != null && $Object.hasOwnProperty.call(message, "revised"))
                    if (!$util.isString(message.revised))
                        return "revised: string expected";
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    if (!$util.isString(message.description))
                        return "description: string expected";
                if (message.supersedes != null && $Object.hasOwnProperty.call(message, "supersedes")) {
                    if (!$Array.isArray(message.supersedes))
                        return "supersedes: array expected";
                    for (let i = 0; i < message.supersedes.length; ++i)
                        if (!$util.isString(message.supersedes[i]))
                            return "supersedes: string[] expected";
                }
                if (message.supersededBy != null && $Object.hasOwnProperty.call(message, "supersededBy")) {
                    if (!$Array.isArray(message.supersededBy))
                        return "supersededBy: array expected";
                    for (let i = 0; i < message.supersededBy.length; ++i)
                        if (!$util.isString(message.supersededBy[i]))
                            return "supersededBy: string[] expected";
                }
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    if (!$util.isString(message.source))
                        return "source: string expected";
                if (message.products != null && $Object.hasOwnProperty.call(message, "products")) {
                    if (!$Array.isArray(message.products))
                        return "products: array expected";
                    for (let i = 0; i < message.products.length; ++i)
                        if (!$util.isString(message.products[i]))
                            return "products: string[] expected";
                }
                return null;
            };

            /**
             * Creates a Bulletin message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.Bulletin
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.Bulletin} Bulletin
             */
            Bulletin.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.Bulletin)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.Bulletin: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.Bulletin();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.vendor != null)
                    if (typeof object.vendor !== "string" || object.vendor.length)
                        message.vendor = $String(object.vendor);
                if (object.title != null)
                    if (typeof object.title !== "string" || object.title.length)
                        message.title = $String(object.title);
                if (object.vendorSeverity != null)
                    if (typeof object.vendorSeverity !== "string" || object.vendorSeverity.length)
                        message.vendorSeverity = $String(object.vendorSeverity);
                if (object.customSeverity != null)
                    if (typeof object.customSeverity !== "string" || object.customSeverity.length)
                        message.customSeverity = $String(object.customSeverity);
                if (object.released != null)
                    if (typeof object.released !== "string" || object.released.length)
                        message.released = $String(object.released);
                if (object.revised != null)
                    if (typeof object.revised !== "string" || object.revised.length)
                        message.revised = $String(object.revised);
                if (object.description != null)
                    if (typeof object.description !== "string" || object.description.length)
                        message.description = $String(object.description);
                if (object.supersedes) {
                    if (!$Array.isArray(object.supersedes))
                        throw $TypeError(".patchtree.v1.Bulletin.supersedes: array expected");
                    message.supersedes = $Array(object.supersedes.length);
                    for (let i = 0; i < object.supersedes.length; ++i)
                        message.supersedes[i] = $String(object.supersedes[i]);
                }
                if (object.supersededBy) {
                    if (!$Array.isArray(object.supersededBy))
                        throw $TypeError(".patchtree.v1.Bulletin.supersededBy: array expected");
                    message.supersededBy = $Array(object.supersededBy.length);
                    for (let i = 0; i < object.supersededBy.length; ++i)
                        message.supersededBy[i] = $String(object.supersededBy[i]);
                }
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                if (object.products) {
                    if (!$Array.isArray(object.products))
                        throw $TypeError(".patchtree.v1.Bulletin.products: array expected");
                    message.products = $Array(object.products.length);
                    for (let i = 0; i < object.products.length; ++i)
                        message.products[i] = $String(object.products[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Bulletin message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.Bulletin
             * @static
             * @param {patchtree.v1.Bulletin} message Bulletin
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Bulletin.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.supersedes = [];
                    object.supersededBy = [];
                    object.products = [];
                }
                if (options.defaults) {
                    object.id = "";
                    object.vendor = "";
                    object.title = "";
                    object.vendorSeverity = "";
                    object.customSeverity = "";
                    object.released = "";
                    object.revised = "";
                    object.description = "";
                    object.source = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.vendor != null && $Object.hasOwnProperty.call(message, "vendor"))
                    object.vendor = message.vendor;
                if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                    object.title = message.title;
                if (message.vendorSeverity != null && $Object.hasOwnProperty.call(message, "vendorSeverity"))
                    object.vendorSeverity = message.vendorSeverity;
                if (message.customSeverity != null && $Object.hasOwnProperty.call(message, "customSeverity"))
                    object.customSeverity = message.customSeverity;
                if (message.released != null && $Object.hasOwnProperty.call(message, "released"))
                    object.released = message.released;
                if (message.revised != null && $Object.hasOwnProperty.call(message, "revised"))
                    object.revised = message.revised;
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    object.description = message.description;
                if (message.supersedes && message.supersedes.length) {
                    object.supersedes = $Array(message.supersedes.length);
                    for (let j = 0; j < message.supersedes.length; ++j)
                        object.supersedes[j] = message.supersedes[j];
                }
                if (message.supersededBy && message.supersededBy.length) {
                    object.supersededBy = $Array(message.supersededBy.length);
                    for (let j = 0; j < message.supersededBy.length; ++j)
                        object.supersededBy[j] = message.supersededBy[j];
                }
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                if (message.products && message.products.length) {
                    object.products = $Array(message.products.length);
                    for (let j = 0; j < message.products.length; ++j)
                        object.products[j] = message.products[j];
                }
                return object;
            };

            /**
             * Converts this Bulletin to JSON.
             * @function toJSON
             * @memberof patchtree.v1.Bulletin
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Bulletin.prototype.toJSON = function() {
                return Bulletin.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Bulletin
             * @function getTypeUrl
             * @memberof patchtree.v1.Bulletin
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Bulletin.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.Bulletin";
            };

            return Bulletin;
        })();

        v1.SoftwareUpdate = (function() {

            /**
             * Properties of a SoftwareUpdate.
             * @typedef {Object} patchtree.v1.SoftwareUpdate.$Properties
             * @property {string|null} [id] SoftwareUpdate id
             * @property {string|null} [bulletinId] SoftwareUpdate bulletinId
             * @property {string|null} [kb] SoftwareUpdate kb
             * @property {string|null} [fileName] SoftwareUpdate fileName
             * @property {string|null} [language] SoftwareUpdate language
             * @property {string|null} [product] SoftwareUpdate product
             * @property {string|null} [platform] SoftwareUpdate platform
             * @property {string|null} [url] SoftwareUpdate url
             * @property {number|null} [size] SoftwareUpdate size
             * @property {string|null} [hashAlgorithm] SoftwareUpdate hashAlgorithm
             * @property {string|null} [hash] SoftwareUpdate hash
             * @property {string|null} [commandLine] SoftwareUpdate commandLine
             * @property {boolean|null} [restartRequired] SoftwareUpdate restartRequired
             * @property {boolean|null} [superseded] SoftwareUpdate superseded
             * @property {Array.<string>|null} [supersedes] SoftwareUpdate supersedes
             * @property {Array.<string>|null} [supersededBy] SoftwareUpdate supersededBy
             * @property {string|null} [source] SoftwareUpdate source
             * @property {string|null} [updateType] SoftwareUpdate updateType
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SoftwareUpdate.
             * @memberof patchtree.v1
             * @interface ISoftwareUpdate
             * @augments patchtree.v1.SoftwareUpdate.$Properties
             * @deprecated Use patchtree.v1.SoftwareUpdate.$Properties instead.
             */

            /**
             * Shape of a SoftwareUpdate.
             * @typedef {patchtree.v1.SoftwareUpdate.$Properties} patchtree.v1.SoftwareUpdate.$Shape
             */

            /**
             * Constructs a new SoftwareUpdate.
             * @memberof patchtree.v1
             * @classdesc Represents a SoftwareUpdate.
             * @constructor
             * @param {patchtree.v1.SoftwareUpdate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SoftwareUpdate = function (properties) {
                this.supersedes = [];
                this.supersededBy = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SoftwareUpdate id.
             * @member {string} id
             * @memberof patchtree.v1.SoftwareUpdate
             * @instance
             */
            SoftwareUpdate.prototype.id = "";

            /**
             * SoftwareUpdate bulletinId.
             * @member {string} bulletinId
             * @memberof patchtree.v1.SoftwareUpdate
             * @instance
             */
            SoftwareUpdate.prototype.bulletinId = "";

            /**
             * SoftwareUpdate kb.
             * @member {string} kb
             * @memberof patchtree.v1.SoftwareUpdate
             * @instance
             */
            SoftwareUpdate.prototype.kb = "";

            /**
             * SoftwareUpdate fileName.
             * @member {string} fileName
             * @memberof patchtree.v1.SoftwareUpdate
             * @instance
             */
            SoftwareUpdate.prototype.fileName = "";

            /**
             * SoftwareUpdate language.
             * @member {string} language
             * @memberof patchtree.v1.SoftwareUpdate
             * @instance
             */
            SoftwareUpdate.prototype.language = "";

            /**
             * SoftwareUpdate product.
             * @member {string} product
             * @memberof patchtree.v1.SoftwareUpdate
             * @instance
             */
            SoftwareUpdate.prototype.product = "";

            /**
             * SoftwareUpdate platform.
             * @member {string} platform
             * @memberof patchtree.v1.SoftwareUpdate
             * @instance
             */
            SoftwareUpdate.prototype.platform = "";

            /**
             * SoftwareUpdate url.
             * @member {string} url
             * @memberof patchtree.v1.SoftwareUpdate
             * @instance
             */
            SoftwareUpdate.prototype.url = "";

            /**
             * SoftwareUpdate size.
             * @member {number} size
             * @memberof patchtree.v1.SoftwareUpdate
             * @instance
             */
            SoftwareUpdate.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SoftwareUpdate hashAlgorithm.
             * @member {string} hashAlgorithm
             * @memberof patchtree.v1.SoftwareUpdate
             * @instance
             */
            SoftwareUpdate.prototype.hashAlgorithm = "";

            /**
             * SoftwareUpdate hash.
             * @member {string} hash
             * @memberof patchtree.v1.SoftwareUpdate
             * @instance
             */
            SoftwareUpdate.prototype.hash = "";

            /**
             * SoftwareUpdate commandLine.
             * @member {string} commandLine
             * @memberof patchtree.v1.SoftwareUpdate
             * @instance
             */
            SoftwareUpdate.prototype.commandLine = "";

            /**
             * SoftwareUpdate restartRequired.
             * @member {boolean} restartRequired
             * @memberof patchtree.v1.SoftwareUpdate
             * @instance
             */
            SoftwareUpdate.prototype.restartRequired = false;

            /**
             * SoftwareUpdate superseded.
             * @member {boolean} superseded
             * @memberof patchtree.v1.SoftwareUpdate
             * @instance
             */
            SoftwareUpdate.prototype.superseded = false;

            /**
             * SoftwareUpdate supersedes.
             * @member {Array.<string>} supersedes
             * @memberof patchtree.v1.SoftwareUpdate
             * @instance
             */
            SoftwareUpdate.prototype.supersedes = $util.emptyArray;

            /**
             * SoftwareUpdate supersededBy.
             * @member {Array.<string>} supersededBy
             * @memberof patchtree.v1.SoftwareUpdate
             * @instance
             */
            SoftwareUpdate.prototype.supersededBy = $util.emptyArray;

            /**
             * SoftwareUpdate source.
             * @member {string} source
             * @memberof patchtree.v1.SoftwareUpdate
             * @instance
             */
            SoftwareUpdate.prototype.source = "";

            /**
             * SoftwareUpdate updateType.
             * @member {string} updateType
             * @memberof patchtree.v1.SoftwareUpdate
             * @instance
             */
            SoftwareUpdate.prototype.updateType = "";

            /**
             * Creates a new SoftwareUpdate instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.SoftwareUpdate
             * @static
             * @param {patchtree.v1.SoftwareUpdate.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.SoftwareUpdate} SoftwareUpdate instance
             * @type {{
             *   (properties: patchtree.v1.SoftwareUpdate.$Shape): patchtree.v1.SoftwareUpdate & patchtree.v1.SoftwareUpdate.$Shape;
             *   (properties?: patchtree.v1.SoftwareUpdate.$Properties): patchtree.v1.SoftwareUpdate;
             * }}
             */
            SoftwareUpdate.create = function(properties) {
                return new SoftwareUpdate(properties);
            };

            /**
             * Encodes the specified SoftwareUpdate message. Does not implicitly {@link patchtree.v1.SoftwareUpdate.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.SoftwareUpdate
             * @static
             * @param {patchtree.v1.SoftwareUpdate.$Properties} message SoftwareUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SoftwareUpdate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.bulletinId != null && $Object.hasOwnProperty.call(message, "bulletinId") && message.bulletinId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.bulletinId);
                if (message.kb != null && $Object.hasOwnProperty.call(message, "kb") && message.kb !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.kb);
                if (message.fileName != null && $Object.hasOwnProperty.call(message, "fileName") && message.fileName !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.fileName);
                if (message.language != null && $Object.hasOwnProperty.call(message, "language") && message.language !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.language);
                if (message.product != null && $Object.hasOwnProperty.call(message, "product") && message.product !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.product);
                if (message.platform != null && $Object.hasOwnProperty.call(message, "platform") && message.platform !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.platform);
                if (message.url != null && $Object.hasOwnProperty.call(message, "url") && message.url !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.url);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.size);
                if (message.hashAlgorithm != null && $Object.hasOwnProperty.call(message, "hashAlgorithm") && message.hashAlgorithm !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.hashAlgorithm);
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.hash);
                if (message.commandLine != null && $Object.hasOwnProperty.call(message, "commandLine") && message.commandLine !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.commandLine);
                if (message.restartRequired != null && $Object.hasOwnProperty.call(message, "restartRequired") && message.restartRequired !== false)
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.restartRequired);
                if (message.superseded != null && $Object.hasOwnProperty.call(message, "superseded") && message.superseded !== false)
                    writer.uint32(/* id 14, wireType 0 =*/112).bool(message.superseded);
                if (message.supersedes != null && message.supersedes.length)
                    for (let i = 0; i < message.supersedes.length; ++i)
                        writer.uint32(/* id 15, wireType 2 =*/122).string(message.supersedes[i]);
                if (message.supersededBy != null && message.supersededBy.length)
                    for (let i = 0; i < message.supersededBy.length; ++i)
                        writer.uint32(/* id 16, wireType 2 =*/130).string(message.supersededBy[i]);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(/* id 17, wireType 2 =*/138).string(message.source);
                if (message.updateType != null && $Object.hasOwnProperty.call(message, "updateType") && message.updateType !== "")
                    writer.uint32(/* id 18, wireType 2 =*/146).string(message.updateType);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SoftwareUpdate message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.SoftwareUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.SoftwareUpdate & patchtree.v1.SoftwareUpdate.$Shape} SoftwareUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SoftwareUpdate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.SoftwareUpdate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bulletinId = value;
                            else
                                delete message.bulletinId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kb = value;
                            else
                                delete message.kb;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.fileName = value;
                            else
                                delete message.fileName;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.language = value;
                            else
                                delete message.language;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.product = value;
                            else
                                delete message.product;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.platform = value;
                            else
                                delete message.platform;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.url = value;
                            else
                                delete message.url;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hashAlgorithm = value;
                            else
                                delete message.hashAlgorithm;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hash = value;
                            else
                                delete message.hash;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.commandLine = value;
                            else
                                delete message.commandLine;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.restartRequired = value;
                            else
                                delete message.restartRequired;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.superseded = value;
                            else
                                delete message.superseded;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if (!(message.supersedes && message.supersedes.length))
                                message.supersedes = [];
                            message.supersedes.push(reader.stringVerify());
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if (!(message.supersededBy && message.supersededBy.length))
                                message.supersededBy = [];
                            message.supersededBy.push(reader.stringVerify());
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.updateType = value;
                            else
                                delete message.updateType;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SoftwareUpdate message.
             * @function verify
             * @memberof patchtree.v1.SoftwareUpdate
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SoftwareUpdate.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.bulletinId != null && $Object.hasOwnProperty.call(message, "bulletinId"))
                    if (!$util.isString(message.bulletinId))
                        return "bulletinId: string expected";
                if (message.kb != null && $Object.hasOwnProperty.call(message, "kb"))
                    if (!$util.isString(message.kb))
                        return "kb: string expected";
                if (message.fileName != null && $Object.hasOwnProperty.call(message, "fileName"))
                    if (!$util.isString(message.fileName))
                        return "fileName: string expected";
                if (message.language != null && $Object.hasOwnProperty.call(message, "language"))
                    if (!$util.isString(message.language))
                        return "language: string expected";
                if (message.product != null && $Object.hasOwnProperty.call(message, "product"))
                    if (!$util.isString(message.product))
                        return "product: string expected";
                if (message.platform != null && $Object.hasOwnProperty.call(message, "platform"))
                    if (!$util.isString(message.platform))
                        return "platform: string expected";
                if (message.url != null && $Object.hasOwnProperty.call(message, "url"))
                    if (!$util.isString(message.url))
                        return "url: string expected";
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (!$util.isInteger(message.size) && !(message.size && $util.isInteger(message.size.low) && $util.isInteger(message.size.high)))
                        return "size: integer|Long expected";
                if (message.hashAlgorithm != null && $Object.hasOwnProperty.call(message, "hashAlgorithm"))
                    if (!$util.isString(message.hashAlgorithm))
                        return "hashAlgorithm: string expected";
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                    if (!$util.isString(message.hash))
                        return "hash: string expected";
                if (message.commandLine != null && $Object.hasOwnProperty.call(message, "commandLine"))
                    if (!$util.isString(message.commandLine))
                        return "commandLine: string expected";
                if (message.restartRequired != null && $Object.hasOwnProperty.call(message, "restartRequired"))
                    if (typeof message.restartRequired !== "boolean")
                        return "restartRequired: boolean expected";
                if (message.superseded != null && $Object.hasOwnProperty.call(message, "superseded"))
                    if (typeof message.superseded !== "boolean")
                        return "superseded: boolean expected";
                if (message.supersedes != null && $Object.hasOwnProperty.call(message, "supersedes")) {
                    if (!$Array.isArray(message.supersedes))
                        return "supersedes: array expected";
                    for (let i = 0; i < message.supersedes.length; ++i)
                        if (!$util.isString(message.supersedes[i]))
                            return "supersedes: string[] expected";
                }
                if (message.supersededBy != null && $Object.hasOwnProperty.call(message, "supersededBy")) {
                    if (!$Array.isArray(message.supersededBy))
                        return "supersededBy: array expected";
                    for (let i = 0; i < message.supersededBy.length; ++i)
                        if (!$util.isString(message.supersededBy[i]))
                            return "supersededBy: string[] expected";
                }
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    if (!$util.isString(message.source))
                        return "source: string expected";
                if (message.updateType != null && $Object.hasOwnProperty.call(message, "updateType"))
                    if (!$util.isString(message.updateType))
                        return "updateType: string expected";
                return null;
            };

            /**
             * Creates a SoftwareUpdate message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.SoftwareUpdate
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.SoftwareUpdate} SoftwareUpdate
             */
            SoftwareUpdate.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.SoftwareUpdate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.SoftwareUpdate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.SoftwareUpdate();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.bulletinId != null)
                    if (typeof object.bulletinId !== "string" || object.bulletinId.length)
                        message.bulletinId = $String(object.bulletinId);
                if (object.kb != null)
                    if (typeof object.kb !== "string" || object.kb.length)
                        message.kb = $String(object.kb);
                if (object.fileName != null)
                    if (typeof object.fileName !== "string" || object.fileName.length)
                        message.fileName = $String(object.fileName);
                if (object.language != null)
                    if (typeof object.language !== "string" || object.language.length)
                        message.language = $String(object.language);
                if (object.product != null)
                    if (typeof object.product !== "string" || object.product.length)
                        message.product = $String(object.product);
                if (object.platform != null)
                    if (typeof object.platform !== "string" || object.platform.length)
                        message.platform = $String(object.platform);
                if (object.url != null)
                    if (typeof object.url !== "string" || object.url.length)
                        message.url = $String(object.url);
                if (object.size != null)
                    if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                        if ($util.Long)
                            message.size = $util.Long.fromValue(object.size, true);
                        else if (typeof object.size === "string")
                            message.size = $parseInt(object.size, 10);
                        else if (typeof object.size === "number")
                            message.size = object.size;
                        else if (typeof object.size === "object")
                            message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber(true);
                if (object.hashAlgorithm != null)
                    if (typeof object.hashAlgorithm !== "string" || object.hashAlgorithm.length)
                        message.hashAlgorithm = $String(object.hashAlgorithm);
                if (object.hash != null)
                    if (typeof object.hash !== "string" || object.hash.length)
                        message.hash = $String(object.hash);
                if (object.commandLine != null)
                    if (typeof object.commandLine !== "string" || object.commandLine.length)
                        message.commandLine = $String(object.commandLine);
                if (object.restartRequired != null)
                    if (object.restartRequired)
                        message.restartRequired = $Boolean(object.restartRequired);
                if (object.superseded != null)
                    if (object.superseded)
                        message.superseded = $Boolean(object.superseded);
                if (object.supersedes) {
                    if (!$Array.isArray(object.supersedes))
                        throw $TypeError(".patchtree.v1.SoftwareUpdate.supersedes: array expected");
                    message.supersedes = $Array(object.supersedes.length);
                    for (let i = 0; i < object.supersedes.length; ++i)
                        message.supersedes[i] = $String(object.supersedes[i]);
                }
                if (object.supersededBy) {
                    if (!$Array.isArray(object.supersededBy))
                        throw $TypeError(".patchtree.v1.SoftwareUpdate.supersededBy: array expected");
                    message.supersededBy = $Array(object.supersededBy.length);
                    for (let i = 0; i < object.supersededBy.length; ++i)
                        message.supersededBy[i] = $String(object.supersededBy[i]);
                }
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                if (object.updateType != null)
                    if (typeof object.updateType !== "string" || object.updateType.length)
                        message.updateType = $String(object.updateType);
                return message;
            };

            /**
             * Creates a plain object from a SoftwareUpdate message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.SoftwareUpdate
             * @static
             * @param {patchtree.v1.SoftwareUpdate} message SoftwareUpdate
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SoftwareUpdate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.supersedes = [];
                    object.supersededBy = [];
                }
                if (options.defaults) {
                    object.id = "";
                    object.bulletinId = "";
                    object.kb = "";
                    object.fileName = "";
                    object.language = "";
                    object.product = "";
                    object.platform = "";
                    object.url = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.hashAlgorithm = "";
                    object.hash = "";
                    object.commandLine = "";
                    object.restartRequired = false;
                    object.superseded = false;
                    object.source = "";
                    object.updateType = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.bulletinId != null && $Object.hasOwnProperty.call(message, "bulletinId"))
                    object.bulletinId = message.bulletinId;
                if (message.kb != null && $Object.hasOwnProperty.call(message, "kb"))
                    object.kb = message.kb;
                if (message.fileName != null && $Object.hasOwnProperty.call(message, "fileName"))
                    object.fileName = message.fileName;
                if (message.language != null && $Object.hasOwnProperty.call(message, "language"))
                    object.language = message.language;
                if (message.product != null && $Object.hasOwnProperty.call(message, "product"))
                    object.product = message.product;
                if (message.platform != null && $Object.hasOwnProperty.call(message, "platform"))
                    object.platform = message.platform;
                if (message.url != null && $Object.hasOwnProperty.call(message, "url"))
                    object.url = message.url;
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
                    else if (typeof message.size === "number")
                        object.size = options.longs === $String ? $String(message.size) : message.size;
                    else
                        object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
                if (message.hashAlgorithm != null && $Object.hasOwnProperty.call(message, "hashAlgorithm"))
                    object.hashAlgorithm = message.hashAlgorithm;
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                    object.hash = message.hash;
                if (message.commandLine != null && $Object.hasOwnProperty.call(message, "commandLine"))
                    object.commandLine = message.commandLine;
                if (message.restartRequired != null && $Object.hasOwnProperty.call(message, "restartRequired"))
                    object.restartRequired = message.restartRequired;
                if (message.superseded != null && $Object.hasOwnProperty.call(message, "superseded"))
                    object.superseded = message.superseded;
                if (message.supersedes && message.supersedes.length) {
                    object.supersedes = $Array(message.supersedes.length);
                    for (let j = 0; j < message.supersedes.length; ++j)
                        object.supersedes[j] = message.supersedes[j];
                }
                if (message.supersededBy && message.supersededBy.length) {
                    object.supersededBy = $Array(message.supersededBy.length);
                    for (let j = 0; j < message.supersededBy.length; ++j)
                        object.supersededBy[j] = message.supersededBy[j];
                }
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                if (message.updateType != null && $Object.hasOwnProperty.call(message, "updateType"))
                    object.updateType = message.updateType;
                return object;
            };

            /**
             * Converts this SoftwareUpdate to JSON.
             * @function toJSON
             * @memberof patchtree.v1.SoftwareUpdate
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SoftwareUpdate.prototype.toJSON = function() {
                return SoftwareUpdate.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SoftwareUpdate
             * @function getTypeUrl
             * @memberof patchtree.v1.SoftwareUpdate
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SoftwareUpdate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.SoftwareUpdate";
            };

            return SoftwareUpdate;
        })();

        v1.Policy = (function() {

            /**
             * Properties of a Policy.
             * @typedef {Object} patchtree.v1.Policy.$Properties
             * @property {string|null} [id] Policy id
             * @property {string|null} [name] Policy name
             * @property {Array.<string>|null} [bulletinIds] Policy bulletinIds
             * @property {string|null} [target] Policy target
             * @property {string|null} [schedule] Policy schedule
             * @property {boolean|null} [overrideMaintenanceWindow] Policy overrideMaintenanceWindow
             * @property {boolean|null} [enabled] Policy enabled
             * @property {string|null} [created] Policy created
             * @property {string|null} [modified] Policy modified
             * @property {string|null} [origin] Policy origin
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Policy.
             * @memberof patchtree.v1
             * @interface IPolicy
             * @augments patchtree.v1.Policy.$Properties
             * @deprecated Use patchtree.v1.Policy.$Properties instead.
             */

            /**
             * Shape of a Policy.
             * @typedef {patchtree.v1.Policy.$Properties} patchtree.v1.Policy.$Shape
             */

            /**
             * Constructs a new Policy.
             * @memberof patchtree.v1
             * @classdesc Represents a Policy.
             * @constructor
             * @param {patchtree.v1.Policy.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Policy = function (properties) {
                this.bulletinIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Policy id.
             * @member {string} id
             * @memberof patchtree.v1.Policy
             * @instance
             */
            Policy.prototype.id = "";

            /**
             * Policy name.
             * @member {string} name
             * @memberof patchtree.v1.Policy
             * @instance
             */
            Policy.prototype.name = "";

            /**
             * Policy bulletinIds.
             * @member {Array.<string>} bulletinIds
             * @memberof patchtree.v1.Policy
             * @instance
             */
            Policy.prototype.bulletinIds = $util.emptyArray;

            /**
             * Policy target.
             * @member {string} target
             * @memberof patchtree.v1.Policy
             * @instance
             */
            Policy.prototype.target = "";

            /**
             * Policy schedule.
             * @member {string} schedule
             * @memberof patchtree.v1.Policy
             * @instance
             */
            Policy.prototype.schedule = "";

            /**
             * Policy overrideMaintenanceWindow.
             * @member {boolean} overrideMaintenanceWindow
             * @memberof patchtree.v1.Policy
             * @instance
             */
            Policy.prototype.overrideMaintenanceWindow = false;

            /**
             * Policy enabled.
             * @member {boolean} enabled
             * @memberof patchtree.v1.Policy
             * @instance
             */
            Policy.prototype.enabled = false;

            /**
             * Policy created.
             * @member {string} created
             * @memberof patchtree.v1.Policy
             * @instance
             */
            Policy.prototype.created = "";

            /**
             * Policy modified.
             * @member {string} modified
             * @memberof patchtree.v1.Policy
             * @instance
             */
            Policy.prototype.modified = "";

            /**
             * Policy origin.
             * @member {string} origin
             * @memberof patchtree.v1.Policy
             * @instance
             */
            Policy.prototype.origin = "";

            /**
             * Creates a new Policy instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.Policy
             * @static
             * @param {patchtree.v1.Policy.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.Policy} Policy instance
             * @type {{
             *   (properties: patchtree.v1.Policy.$Shape): patchtree.v1.Policy & patchtree.v1.Policy.$Shape;
             *   (properties?: patchtree.v1.Policy.$Properties): patchtree.v1.Policy;
             * }}
             */
            Policy.create = function(properties) {
                return new Policy(properties);
            };

            /**
             * Encodes the specified Policy message. Does not implicitly {@link patchtree.v1.Policy.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.Policy
             * @static
             * @param {patchtree.v1.Policy.$Properties} message Policy message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Policy.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.bulletinIds != null && message.bulletinIds.length)
                    for (let i = 0; i < message.bulletinIds.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.bulletinIds[i]);
                if (message.target != null && $Object.hasOwnProperty.call(message, "target") && message.target !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.target);
                if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule") && message.schedule !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.schedule);
                if (message.overrideMaintenanceWindow != null && $Object.hasOwnProperty.call(message, "overrideMaintenanceWindow") && message.overrideMaintenanceWindow !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.overrideMaintenanceWindow);
                if (message.enabled != null && $Object.hasOwnProperty.call(message, "enabled") && message.enabled !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.enabled);
                if (message.created != null && $Object.hasOwnProperty.call(message, "created") && message.created !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.created);
                if (message.modified != null && $Object.hasOwnProperty.call(message, "modified") && message.modified !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.modified);
                if (message.origin != null && $Object.hasOwnProperty.call(message, "origin") && message.origin !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.origin);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Policy message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.Policy
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.Policy & patchtree.v1.Policy.$Shape} Policy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Policy.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.Policy();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.bulletinIds && message.bulletinIds.length))
                                message.bulletinIds = [];
                            message.bulletinIds.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.target = value;
                            else
                                delete message.target;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.schedule = value;
                            else
                                delete message.schedule;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.overrideMaintenanceWindow = value;
                            else
                                delete message.overrideMaintenanceWindow;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.enabled = value;
                            else
                                delete message.enabled;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.created = value;
                            else
                                delete message.created;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.modified = value;
                            else
                                delete message.modified;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.origin = value;
                            else
                                delete message.origin;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Policy message.
             * @function verify
             * @memberof patchtree.v1.Policy
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Policy.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.bulletinIds != null && $Object.hasOwnProperty.call(message, "bulletinIds")) {
                    if (!$Array.isArray(message.bulletinIds))
                        return "bulletinIds: array expected";
                    for (let i = 0; i < message.bulletinIds.length; ++i)
                        if (!$util.isString(message.bulletinIds[i]))
                            return "bulletinIds: string[] expected";
                }
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    if (!$util.isString(message.target))
                        return "target: string expected";
                if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule"))
                    if (!$util.isString(message.schedule))
                        return "schedule: string expected";
                if (message.overrideMaintenanceWindow != null && $Object.hasOwnProperty.call(message, "overrideMaintenanceWindow"))
                    if (typeof message.overrideMaintenanceWindow !== "boolean")
                        return "overrideMaintenanceWindow: boolean expected";
                if (message.enabled != null && $Object.hasOwnProperty.call(message, "enabled"))
                    if (typeof message.enabled !== "boolean")
                        return "enabled: boolean expected";
                if (message.created != null && $Object.hasOwnProperty.call(message, "created"))
                    if (!$util.isString(message.created))
                        return "created: string expected";
                if (message.modified != null && $Object.hasOwnProperty.call(message, "modified"))
                    if (!$util.isString(message.modified))
                        return "modified: string expected";
                if (message.origin != null && $Object.hasOwnProperty.call(message, "origin"))
                    if (!$util.isString(message.origin))
                        return "origin: string expected";
                return null;
            };

            /**
             * Creates a Policy message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.Policy
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.Policy} Policy
             */
            Policy.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.Policy)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.Policy: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.Policy();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.bulletinIds) {
                    if (!$Array.isArray(object.bulletinIds))
                        throw $TypeError(".patchtree.v1.Policy.bulletinIds: array expected");
                    message.bulletinIds = $Array(object.bulletinIds.length);
                    for (let i = 0; i < object.bulletinIds.length; ++i)
                        message.bulletinIds[i] = $String(object.bulletinIds[i]);
                }
                if (object.target != null)
                    if (typeof object.target !== "string" || object.target.length)
                        message.target = $String(object.target);
                if (object.schedule != null)
                    if (typeof object.schedule !== "string" || object.schedule.length)
                        message.schedule = $String(object.schedule);
                if (object.overrideMaintenanceWindow != null)
                    if (object.overrideMaintenanceWindow)
                        message.overrideMaintenanceWindow = $Boolean(object.overrideMaintenanceWindow);
                if (object.enabled != null)
                    if (object.enabled)
                        message.enabled = $Boolean(object.enabled);
                if (object.created != null)
                    if (typeof object.created !== "string" || object.created.length)
                        message.created = $String(object.created);
                if (object.modified != null)
                    if (typeof object.modified !== "string" || object.modified.length)
                        message.modified = $String(object.modified);
                if (object.origin != null)
                    if (typeof object.origin !== "string" || object.origin.length)
                        message.origin = $String(object.origin);
                return message;
            };

            /**
             * Creates a plain object from a Policy message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.Policy
             * @static
             * @param {patchtree.v1.Policy} message Policy
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Policy.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.bulletinIds = [];
                if (options.defaults) {
                    object.id = "";
                    object.name = "";
                    object.target = "";
                    object.schedule = "";
                    object.overrideMaintenanceWindow = false;
                    object.enabled = false;
                    object.created = "";
                    object.modified = "";
                    object.origin = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.bulletinIds && message.bulletinIds.length) {
                    object.bulletinIds = $Array(message.bulletinIds.length);
                    for (let j = 0; j < message.bulletinIds.length; ++j)
                        object.bulletinIds[j] = message.bulletinIds[j];
                }
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    object.target = message.target;
                if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule"))
                    object.schedule = message.schedule;
                if (message.overrideMaintenanceWindow != null && $Object.hasOwnProperty.call(message, "overrideMaintenanceWindow"))
                    object.overrideMaintenanceWindow = message.overrideMaintenanceWindow;
                if (message.enabled != null && $Object.hasOwnProperty.call(message, "enabled"))
                    object.enabled = message.enabled;
                if (message.created != null && $Object.hasOwnProperty.call(message, "created"))
                    object.created = message.created;
                if (message.modified != null && $Object.hasOwnProperty.call(message, "modified"))
                    object.modified = message.modified;
                if (message.origin != null && $Object.hasOwnProperty.call(message, "origin"))
                    object.origin = message.origin;
                return object;
            };

            /**
             * Converts this Policy to JSON.
             * @function toJSON
             * @memberof patchtree.v1.Policy
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Policy.prototype.toJSON = function() {
                return Policy.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Policy
             * @function getTypeUrl
             * @memberof patchtree.v1.Policy
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Policy.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.Policy";
            };

            return Policy;
        })();

        v1.PolicyEntry = (function() {

            /**
             * Properties of a PolicyEntry.
             * @typedef {Object} patchtree.v1.PolicyEntry.$Properties
             * @property {string|null} [policyId] PolicyEntry policyId
             * @property {string|null} [updateKey] PolicyEntry updateKey
             * @property {boolean|null} [enabled] PolicyEntry enabled
             * @property {string|null} [commandLine] PolicyEntry commandLine
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PolicyEntry.
             * @memberof patchtree.v1
             * @interface IPolicyEntry
             * @augments patchtree.v1.PolicyEntry.$Properties
             * @deprecated Use patchtree.v1.PolicyEntry.$Properties instead.
             */

            /**
             * Shape of a PolicyEntry.
             * @typedef {patchtree.v1.PolicyEntry.$Properties} patchtree.v1.PolicyEntry.$Shape
             */

            /**
             * Constructs a new PolicyEntry.
             * @memberof patchtree.v1
             * @classdesc Represents a PolicyEntry.
             * @constructor
             * @param {patchtree.v1.PolicyEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PolicyEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PolicyEntry policyId.
             * @member {string} policyId
             * @memberof patchtree.v1.PolicyEntry
             * @instance
             */
            PolicyEntry.prototype.policyId = "";

            /**
             * PolicyEntry updateKey.
             * @member {string} updateKey
             * @memberof patchtree.v1.PolicyEntry
             * @instance
             */
            PolicyEntry.prototype.updateKey = "";

            /**
             * PolicyEntry enabled.
             * @member {boolean} enabled
             * @memberof patchtree.v1.PolicyEntry
             * @instance
             */
            PolicyEntry.prototype.enabled = false;

            /**
             * PolicyEntry commandLine.
             * @member {string} commandLine
             * @memberof patchtree.v1.PolicyEntry
             * @instance
             */
            PolicyEntry.prototype.commandLine = "";

            /**
             * Creates a new PolicyEntry instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.PolicyEntry
             * @static
             * @param {patchtree.v1.PolicyEntry.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.PolicyEntry} PolicyEntry instance
             * @type {{
             *   (properties: patchtree.v1.PolicyEntry.$Shape): patchtree.v1.PolicyEntry & patchtree.v1.PolicyEntry.$Shape;
             *   (properties?: patchtree.v1.PolicyEntry.$Properties): patchtree.v1.PolicyEntry;
             * }}
             */
            PolicyEntry.create = function(properties) {
                return new PolicyEntry(properties);
            };

            /**
             * Encodes the specified PolicyEntry message. Does not implicitly {@link patchtree.v1.PolicyEntry.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.PolicyEntry
             * @static
             * @param {patchtree.v1.PolicyEntry.$Properties} message PolicyEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PolicyEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.policyId != null && $Object.hasOwnProperty.call(message, "policyId") && message.policyId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.policyId);
                if (message.updateKey != null && $Object.hasOwnProperty.call(message, "updateKey") && message.updateKey !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.updateKey);
                if (message.enabled != null && $Object.hasOwnProperty.call(message, "enabled") && message.enabled !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.enabled);
                if (message.commandLine != null && $Object.hasOwnProperty.call(message, "commandLine") && message.commandLine !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.commandLine);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PolicyEntry message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.PolicyEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.PolicyEntry & patchtree.v1.PolicyEntry.$Shape} PolicyEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PolicyEntry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.PolicyEntry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.policyId = value;
                            else
                                delete message.policyId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.updateKey = value;
                            else
                                delete message.updateKey;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.enabled = value;
                            else
                                delete message.enabled;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.commandLine = value;
                            else
                                delete message.commandLine;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a PolicyEntry message.
             * @function verify
             * @memberof patchtree.v1.PolicyEntry
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PolicyEntry.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.policyId != null && $Object.hasOwnProperty.call(message, "policyId"))
                    if (!$util.isString(message.policyId))
                        return "policyId: string expected";
                if (message.updateKey != null && $Object.hasOwnProperty.call(message, "updateKey"))
                    if (!$util.isString(message.updateKey))
                        return "updateKey: string expected";
                if (message.enabled != null && $Object.hasOwnProperty.call(message, "enabled"))
                    if (typeof message.enabled !== "boolean")
                        return "enabled: boolean expected";
                if (message.commandLine != null && $Object.hasOwnProperty.call(message, "commandLine"))
                    if (!$util.isString(message.commandLine))
                        return "commandLine: string expected";
                return null;
            };

            /**
             * Creates a PolicyEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.PolicyEntry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.PolicyEntry} PolicyEntry
             */
            PolicyEntry.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.PolicyEntry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.PolicyEntry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.PolicyEntry();
                if (object.policyId != null)
                    if (typeof object.policyId !== "string" || object.policyId.length)
                        message.policyId = $String(object.policyId);
                if (object.updateKey != null)
                    if (typeof object.updateKey !== "string" || object.updateKey.length)
                        message.updateKey = $String(object.updateKey);
                if (object.enabled != null)
                    if (object.enabled)
                        message.enabled = $Boolean(object.enabled);
                if (object.commandLine != null)
                    if (typeof object.commandLine !== "string" || object.commandLine.length)
                        message.commandLine = $String(object.commandLine);
                return message;
            };

            /**
             * Creates a plain object from a PolicyEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.PolicyEntry
             * @static
             * @param {patchtree.v1.PolicyEntry} message PolicyEntry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PolicyEntry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.policyId = "";
                    object.updateKey = "";
                    object.enabled = false;
                    object.commandLine = "";
                }
                if (message.policyId != null && $Object.hasOwnProperty.call(message, "policyId"))
                    object.policyId = message.policyId;
                if (message.updateKey != null && $Object.hasOwnProperty.call(message, "updateKey"))
                    object.updateKey = message.updateKey;
                if (message.enabled != null && $Object.hasOwnProperty.call(message, "enabled"))
                    object.enabled = message.enabled;
                if (message.commandLine != null && $Object.hasOwnProperty.call(message, "commandLine"))
                    object.commandLine = message.commandLine;
                return object;
            };

            /**
             * Converts this PolicyEntry to JSON.
             * @function toJSON
             * @memberof patchtree.v1.PolicyEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PolicyEntry.prototype.toJSON = function() {
                return PolicyEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PolicyEntry
             * @function getTypeUrl
             * @memberof patchtree.v1.PolicyEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PolicyEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.PolicyEntry";
            };

            return PolicyEntry;
        })();

        v1.SeverityLevels = (function() {

            /**
             * Properties of a SeverityLevels.
             * @typedef {Object} patchtree.v1.SeverityLevels.$Properties
             * @property {Array.<string>|null} [levels] SeverityLevels levels
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SeverityLevels.
             * @memberof patchtree.v1
             * @interface ISeverityLevels
             * @augments patchtree.v1.SeverityLevels.$Properties
             * @deprecated Use patchtree.v1.SeverityLevels.$Properties instead.
             */

            /**
             * Shape of a SeverityLevels.
             * @typedef {patchtree.v1.SeverityLevels.$Properties} patchtree.v1.SeverityLevels.$Shape
             */

            /**
             * Constructs a new SeverityLevels.
             * @memberof patchtree.v1
             * @classdesc Represents a SeverityLevels.
             * @constructor
             * @param {patchtree.v1.SeverityLevels.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SeverityLevels = function (properties) {
                this.levels = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SeverityLevels levels.
             * @member {Array.<string>} levels
             * @memberof patchtree.v1.SeverityLevels
             * @instance
             */
            SeverityLevels.prototype.levels = $util.emptyArray;

            /**
             * Creates a new SeverityLevels instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.SeverityLevels
             * @static
             * @param {patchtree.v1.SeverityLevels.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.SeverityLevels} SeverityLevels instance
             * @type {{
             *   (properties: patchtree.v1.SeverityLevels.$Shape): patchtree.v1.SeverityLevels & patchtree.v1.SeverityLevels.$Shape;
             *   (properties?: patchtree.v1.SeverityLevels.$Properties): patchtree.v1.SeverityLevels;
             * }}
             */
            SeverityLevels.create = function(properties) {
                return new SeverityLevels(properties);
            };

            /**
             * Encodes the specified SeverityLevels message. Does not implicitly {@link patchtree.v1.SeverityLevels.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.SeverityLevels
             * @static
             * @param {patchtree.v1.SeverityLevels.$Properties} message SeverityLevels message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SeverityLevels.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.levels != null && message.levels.length)
                    for (let i = 0; i < message.levels.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.levels[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SeverityLevels message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.SeverityLevels
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.SeverityLevels & patchtree.v1.SeverityLevels.$Shape} SeverityLevels
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SeverityLevels.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.SeverityLevels();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.levels && message.levels.length))
                                message.levels = [];
                            message.levels.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SeverityLevels message.
             * @function verify
             * @memberof patchtree.v1.SeverityLevels
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SeverityLevels.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.levels != null && $Object.hasOwnProperty.call(message, "levels")) {
                    if (!$Array.isArray(message.levels))
                        return "levels: array expected";
                    for (let i = 0; i < message.levels.length; ++i)
                        if (!$util.isString(message.levels[i]))
                            return "levels: string[] expected";
                }
                return null;
            };

            /**
             * Creates a SeverityLevels message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.SeverityLevels
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.SeverityLevels} SeverityLevels
             */
            SeverityLevels.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.SeverityLevels)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.SeverityLevels: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.SeverityLevels();
                if (object.levels) {
                    if (!$Array.isArray(object.levels))
                        throw $TypeError(".patchtree.v1.SeverityLevels.levels: array expected");
                    message.levels = $Array(object.levels.length);
                    for (let i = 0; i < object.levels.length; ++i)
                        message.levels[i] = $String(object.levels[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a SeverityLevels message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.SeverityLevels
             * @static
             * @param {patchtree.v1.SeverityLevels} message SeverityLevels
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SeverityLevels.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.levels = [];
                if (message.levels && message.levels.length) {
                    object.levels = $Array(message.levels.length);
                    for (let j = 0; j < message.levels.length; ++j)
                        object.levels[j] = message.levels[j];
                }
                return object;
            };

            /**
             * Converts this SeverityLevels to JSON.
             * @function toJSON
             * @memberof patchtree.v1.SeverityLevels
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SeverityLevels.prototype.toJSON = function() {
                return SeverityLevels.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SeverityLevels
             * @function getTypeUrl
             * @memberof patchtree.v1.SeverityLevels
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SeverityLevels.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.SeverityLevels";
            };

            return SeverityLevels;
        })();

        v1.Record = (function() {

            /**
             * Properties of a Record.
             * @typedef {Object} patchtree.v1.Record.$Properties
             * @property {patchtree.v1.Bulletin.$Properties|null} [bulletin] Record bulletin
             * @property {patchtree.v1.SoftwareUpdate.$Properties|null} [update] Record update
             * @property {patchtree.v1.Policy.$Properties|null} [policy] Record policy
             * @property {patchtree.v1.PolicyEntry.$Properties|null} [policyEntry] Record policyEntry
             * @property {patchtree.v1.SeverityLevels.$Properties|null} [severityLevels] Record severityLevels
             * @property {"bulletin"|"update"|"policy"|"policyEntry"|"severityLevels"} [body] Record body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Record.
             * @memberof patchtree.v1
             * @interface IRecord
             * @augments patchtree.v1.Record.$Properties
             * @deprecated Use patchtree.v1.Record.$Properties instead.
             */

            /**
             * Narrowed shape of a Record.
             * @typedef {{
             *   bulletin?: patchtree.v1.Bulletin.$Shape|null;
             *   update?: patchtree.v1.SoftwareUpdate.$Shape|null;
             *   policy?: patchtree.v1.Policy.$Shape|null;
             *   policyEntry?: patchtree.v1.PolicyEntry.$Shape|null;
             *   severityLevels?: patchtree.v1.SeverityLevels.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; bulletin?: null; update?: null; policy?: null; policyEntry?: null; severityLevels?: null }|{ body?: "bulletin"; bulletin: patchtree.v1.Bulletin.$Shape; update?: null; policy?: null; policyEntry?: null; severityLevels?: null }|{ body?: "update"; bulletin?: null; update: patchtree.v1.SoftwareUpdate.$Shape; policy?: null; policyEntry?: null; severityLevels?: null }|{ body?: "policy"; bulletin?: null; update?: null; policy: patchtree.v1.Policy.$Shape; policyEntry?: null; severityLevels?: null }|{ body?: "policyEntry"; bulletin?: null; update?: null; policy?: null; policyEntry: patchtree.v1.PolicyEntry.$Shape; severityLevels?: null }|{ body?: "severityLevels"; bulletin?: null; update?: null; policy?: null; policyEntry?: null; severityLevels: patchtree.v1.SeverityLevels.$Shape })
             * )} patchtree.v1.Record.$Shape
             */

            /**
             * Constructs a new Record.
             * @memberof patchtree.v1
             * @classdesc Represents a Record.
             * @constructor
             * @param {patchtree.v1.Record.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Record = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Record bulletin.
             * @member {patchtree.v1.Bulletin.$Properties|null|undefined} bulletin
             * @memberof patchtree.v1.Record
             * @instance
             */
            Record.prototype.bulletin = null;

            /**
             * Record update.
             * @member {patchtree.v1.SoftwareUpdate.$Properties|null|undefined} update
             * @memberof patchtree.v1.Record
             * @instance
             */
            Record.prototype.update = null;

            /**
             * Record policy.
             * @member {patchtree.v1.Policy.$Properties|null|undefined} policy
             * @memberof patchtree.v1.Record
             * @instance
             */
            Record.prototype.policy = null;

            /**
             * Record policyEntry.
             * @member {patchtree.v1.PolicyEntry.$Properties|null|undefined} policyEntry
             * @memberof patchtree.v1.Record
             * @instance
             */
            Record.prototype.policyEntry = null;

            /**
             * Record severityLevels.
             * @member {patchtree.v1.SeverityLevels.$Properties|null|undefined} severityLevels
             * @memberof patchtree.v1.Record
             * @instance
             */
            Record.prototype.severityLevels = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Record body.
             * @member {"bulletin"|"update"|"policy"|"policyEntry"|"severityLevels"|undefined} body
             * @memberof patchtree.v1.Record
             * @instance
             */
            $Object.defineProperty(Record.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["bulletin", "update", "policy", "policyEntry", "severityLevels"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Record instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.Record
             * @static
             * @param {patchtree.v1.Record.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.Record} Record instance
             * @type {{
             *   (properties: patchtree.v1.Record.$Shape): patchtree.v1.Record & patchtree.v1.Record.$Shape;
             *   (properties?: patchtree.v1.Record.$Properties): patchtree.v1.Record;
             * }}
             */
            Record.create = function(properties) {
                return new Record(properties);
            };

            /**
             * Encodes the specified Record message. Does not implicitly {@link patchtree.v1.Record.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.Record
             * @static
             * @param {patchtree.v1.Record.$Properties} message Record message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Record.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.bulletin != null && $Object.hasOwnProperty.call(message, "bulletin"))
                    $root.patchtree.v1.Bulletin.encode(message.bulletin, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.update != null && $Object.hasOwnProperty.call(message, "update"))
                    $root.patchtree.v1.SoftwareUpdate.encode(message.update, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.policy != null && $Object.hasOwnProperty.call(message, "policy"))
                    $root.patchtree.v1.Policy.encode(message.policy, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.policyEntry != null && $Object.hasOwnProperty.call(message, "policyEntry"))
                    $root.patchtree.v1.PolicyEntry.encode(message.policyEntry, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.severityLevels != null && $Object.hasOwnProperty.call(message, "severityLevels"))
                    $root.patchtree.v1.SeverityLevels.encode(message.severityLevels, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Record message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.Record
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.Record & patchtree.v1.Record.$Shape} Record
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Record.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.Record();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.bulletin = $root.patchtree.v1.Bulletin.decode(reader, reader.size(), $undefined, _depth + 1, message.bulletin);
                            message.body = "bulletin";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.update = $root.patchtree.v1.SoftwareUpdate.decode(reader, reader.size(), $undefined, _depth + 1, message.update);
                            message.body = "update";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.policy = $root.patchtree.v1.Policy.decode(reader, reader.size(), $undefined, _depth + 1, message.policy);
                            message.body = "policy";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.policyEntry = $root.patchtree.v1.PolicyEntry.decode(reader, reader.size(), $undefined, _depth + 1, message.policyEntry);
                            message.body = "policyEntry";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.severityLevels = $root.patchtree.v1.SeverityLevels.decode(reader, reader.size(), $undefined, _depth + 1, message.severityLevels);
                            message.body = "severityLevels";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Record message.
             * @function verify
             * @memberof patchtree.v1.Record
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Record.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.bulletin != null && $Object.hasOwnProperty.call(message, "bulletin")) {
                    properties.body = 1;
                    {
                        let error = $root.patchtree.v1.Bulletin.verify(message.bulletin, _depth + 1);
                        if (error)
                            return "bulletin." + error;
                    }
                }
                if (message.update != null && $Object.hasOwnProperty.call(message, "update")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.patchtree.v1.SoftwareUpdate.verify(message.update, _depth + 1);
                        if (error)
                            return "update." + error;
                    }
                }
                if (message.policy != null && $Object.hasOwnProperty.call(message, "policy")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.patchtree.v1.Policy.verify(message.policy, _depth + 1);
                        if (error)
                            return "policy." + error;
                    }
                }
                if (message.policyEntry != null && $Object.hasOwnProperty.call(message, "policyEntry")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.patchtree.v1.PolicyEntry.verify(message.policyEntry, _depth + 1);
                        if (error)
                            return "policyEntry." + error;
                    }
                }
                if (message.severityLevels != null && $Object.hasOwnProperty.call(message, "severityLevels")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.patchtree.v1.SeverityLevels.verify(message.severityLevels, _depth + 1);
                        if (error)
                            return "severityLevels." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Record message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.Record
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.Record} Record
             */
            Record.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.Record)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.Record: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.Record();
                if (object.bulletin != null) {
                    if (!$util.isObject(object.bulletin))
                        throw $TypeError(".patchtree.v1.Record.bulletin: object expected");
                    message.bulletin = $root.patchtree.v1.Bulletin.fromObject(object.bulletin, _depth + 1);
                }
                if (object.update != null) {
                    if (!$util.isObject(object.update))
                        throw $TypeError(".patchtree.v1.Record.update: object expected");
                    message.update = $root.patchtree.v1.SoftwareUpdate.fromObject(object.update, _depth + 1);
                }
                if (object.policy != null) {
                    if (!$util.isObject(object.policy))
                        throw $TypeError(".patchtree.v1.Record.policy: object expected");
                    message.policy = $root.patchtree.v1.Policy.fromObject(object.policy, _depth + 1);
                }
                if (object.policyEntry != null) {
                    if (!$util.isObject(object.policyEntry))
                        throw $TypeError(".patchtree.v1.Record.policyEntry: object expected");
                    message.policyEntry = $root.patchtree.v1.PolicyEntry.fromObject(object.policyEntry, _depth + 1);
                }
                if (object.severityLevels != null) {
                    if (!$util.isObject(object.severityLevels))
                        throw $TypeError(".patchtree.v1.Record.severityLevels: object expected");
                    message.severityLevels = $root.patchtree.v1.SeverityLevels.fromObject(object.severityLevels, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Record message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.Record
             * @static
             * @param {patchtree.v1.Record} message Record
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Record.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.bulletin != null && $Object.hasOwnProperty.call(message, "bulletin")) {
                    object.bulletin = $root.patchtree.v1.Bulletin.toObject(message.bulletin, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "bulletin";
                }
                if (message.update != null && $Object.hasOwnProperty.call(message, "update")) {
                    object.update = $root.patchtree.v1.SoftwareUpdate.toObject(message.update, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "update";
                }
                if (message.policy != null && $Object.hasOwnProperty.call(message, "policy")) {
                    object.policy = $root.patchtree.v1.Policy.toObject(message.policy, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "policy";
                }
                if (message.policyEntry != null && $Object.hasOwnProperty.call(message, "policyEntry")) {
                    object.policyEntry = $root.patchtree.v1.PolicyEntry.toObject(message.policyEntry, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "policyEntry";
                }
                if (message.severityLevels != null && $Object.hasOwnProperty.call(message, "severityLevels")) {
                    object.severityLevels = $root.patchtree.v1.SeverityLevels.toObject(message.severityLevels, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "severityLevels";
                }
                return object;
            };

            /**
             * Converts this Record to JSON.
             * @function toJSON
             * @memberof patchtree.v1.Record
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Record.prototype.toJSON = function() {
                return Record.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Record
             * @function getTypeUrl
             * @memberof patchtree.v1.Record
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Record.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.Record";
            };

            return Record;
        })();

        v1.Change = (function() {

            /**
             * Properties of a Change.
             * @typedef {Object} patchtree.v1.Change.$Properties
             * @property {string|null} [key] Change key
             * @property {Array.<string>|null} [languages] Change languages
             * @property {boolean|null} [deleted] Change deleted
             * @property {patchtree.v1.Record.$Properties|null} [record] Change record
             * @property {Array.<string>|null} [leftLanguages] Change leftLanguages
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Change.
             * @memberof patchtree.v1
             * @interface IChange
             * @augments patchtree.v1.Change.$Properties
             * @deprecated Use patchtree.v1.Change.$Properties instead.
             */

            /**
             * Shape of a Change.
             * @typedef {{
             *   key?: string|null;
             *   languages?: Array.<string>|null;
             *   deleted?: boolean|null;
             *   record?: patchtree.v1.Record.$Shape|null;
             *   leftLanguages?: Array.<string>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} patchtree.v1.Change.$Shape
             */

            /**
             * Constructs a new Change.
             * @memberof patchtree.v1
             * @classdesc Represents a Change.
             * @constructor
             * @param {patchtree.v1.Change.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Change = function (properties) {
                this.languages = [];
                this.leftLanguages = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Change key.
             * @member {string} key
             * @memberof patchtree.v1.Change
             * @instance
             */
            Change.prototype.key = "";

            /**
             * Change languages.
             * @member {Array.<string>} languages
             * @memberof patchtree.v1.Change
             * @instance
             */
            Change.prototype.languages = $util.emptyArray;

            /**
             * Change deleted.
             * @member {boolean} deleted
             * @memberof patchtree.v1.Change
             * @instance
             */
            Change.prototype.deleted = false;

            /**
             * Change record.
             * @member {patchtree.v1.Record.$Properties|null|undefined} record
             * @memberof patchtree.v1.Change
             * @instance
             */
            Change.prototype.record = null;

            /**
             * Change leftLanguages.
             * @member {Array.<string>} leftLanguages
             * @memberof patchtree.v1.Change
             * @instance
             */
            Change.prototype.leftLanguages = $util.emptyArray;

            /**
             * Creates a new Change instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.Change
             * @static
             * @param {patchtree.v1.Change.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.Change} Change instance
             * @type {{
             *   (properties: patchtree.v1.Change.$Shape): patchtree.v1.Change & patchtree.v1.Change.$Shape;
             *   (properties?: patchtree.v1.Change.$Properties): patchtree.v1.Change;
             * }}
             */
            Change.create = function(properties) {
                return new Change(properties);
            };

            /**
             * Encodes the specified Change message. Does not implicitly {@link patchtree.v1.Change.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.Change
             * @static
             * @param {patchtree.v1.Change.$Properties} message Change message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Change.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                if (message.languages != null && message.languages.length)
                    for (let i = 0; i < message.languages.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.languages[i]);
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted") && message.deleted !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.deleted);
                if (message.record != null && $Object.hasOwnProperty.call(message, "record"))
                    $root.patchtree.v1.Record.encode(message.record, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.leftLanguages != null && message.leftLanguages.length)
                    for (let i = 0; i < message.leftLanguages.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.leftLanguages[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Change message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.Change
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.Change & patchtree.v1.Change.$Shape} Change
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Change.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.Change();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.languages && message.languages.length))
                                message.languages = [];
                            message.languages.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.deleted = value;
                            else
                                delete message.deleted;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.record = $root.patchtree.v1.Record.decode(reader, reader.size(), $undefined, _depth + 1, message.record);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.leftLanguages && message.leftLanguages.length))
                                message.leftLanguages = [];
                            message.leftLanguages.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Change message.
             * @function verify
             * @memberof patchtree.v1.Change
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Change.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    if (!$util.isString(message.key))
                        return "key: string expected";
                if (message.languages != null && $Object.hasOwnProperty.call(message, "languages")) {
                    if (!$Array.isArray(message.languages))
                        return "languages: array expected";
                    for (let i = 0; i < message.languages.length; ++i)
                        if (!$util.isString(message.languages[i]))
                            return "languages: string[] expected";
                }
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted"))
                    if (typeof message.deleted !== "boolean")
                        return "deleted: boolean expected";
                if (message.record != null && $Object.hasOwnProperty.call(message, "record")) {
                    let error = $root.patchtree.v1.Record.verify(message.record, _depth + 1);
                    if (error)
                        return "record." + error;
                }
                if (message.leftLanguages != null && $Object.hasOwnProperty.call(message, "leftLanguages")) {
                    if (!$Array.isArray(message.leftLanguages))
                        return "leftLanguages: array expected";
                    for (let i = 0; i < message.leftLanguages.length; ++i)
                        if (!$util.isString(message.leftLanguages[i]))
                            return "leftLanguages: string[] expected";
                }
                return null;
            };

            /**
             * Creates a Change message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.Change
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.Change} Change
             */
            Change.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.Change)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.Change: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.Change();
                if (object.key != null)
                    if (typeof object.key !== "string" || object.key.length)
                        message.key = $String(object.key);
                if (object.languages) {
                    if (!$Array.isArray(object.languages))
                        throw $TypeError(".patchtree.v1.Change.languages: array expected");
                    message.languages = $Array(object.languages.length);
                    for (let i = 0; i < object.languages.length; ++i)
                        message.languages[i] = $String(object.languages[i]);
                }
                if (object.deleted != null)
                    if (object.deleted)
                        message.deleted = $Boolean(object.deleted);
                if (object.record != null) {
                    if (!$util.isObject(object.record))
                        throw $TypeError(".patchtree.v1.Change.record: object expected");
                    message.record = $root.patchtree.v1.Record.fromObject(object.record, _depth + 1);
                }
                if (object.leftLanguages) {
                    if (!$Array.isArray(object.leftLanguages))
                        throw $TypeError(".patchtree.v1.Change.leftLanguages: array expected");
                    message.leftLanguages = $Array(object.leftLanguages.length);
                    for (let i = 0; i < object.leftLanguages.length; ++i)
                        message.leftLanguages[i] = $String(object.leftLanguages[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Change message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.Change
             * @static
             * @param {patchtree.v1.Change} message Change
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Change.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.languages = [];
                    object.leftLanguages = [];
                }
                if (options.defaults) {
                    object.key = "";
                    object.deleted = false;
                    object.record = null;
                }
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = message.key;
                if (message.languages && message.languages.length) {
                    object.languages = $Array(message.languages.length);
                    for (let j = 0; j < message.languages.length; ++j)
                        object.languages[j] = message.languages[j];
                }
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted"))
                    object.deleted = message.deleted;
                if (message.record != null && $Object.hasOwnProperty.call(message, "record"))
                    object.record = $root.patchtree.v1.Record.toObject(message.record, options, _depth + 1);
                if (message.leftLanguages && message.leftLanguages.length) {
                    object.leftLanguages = $Array(message.leftLanguages.length);
                    for (let j = 0; j < message.leftLanguages.length; ++j)
                        object.leftLanguages[j] = message.leftLanguages[j];
                }
                return object;
            };

            /**
             * Converts this Change to JSON.
             * @function toJSON
             * @memberof patchtree.v1.Change
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Change.prototype.toJSON = function() {
                return Change.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Change
             * @function getTypeUrl
             * @memberof patchtree.v1.Change
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Change.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.Change";
            };

            return Change;
        })();

        /**
         * Rule enum.
         * @name patchtree.v1.Rule
         * @enum {number}
         * @property {number} RULE_UNSPECIFIED=0 RULE_UNSPECIFIED value
         * @property {number} RULE_CATALOG=1 RULE_CATALOG value
         * @property {number} RULE_POLICIES=2 RULE_POLICIES value
         * @property {number} RULE_CONTENT=3 RULE_CONTENT value
         */
        v1.Rule = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RULE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RULE_CATALOG"] = 1;
            values[valuesById[2] = "RULE_POLICIES"] = 2;
            values[valuesById[3] = "RULE_CONTENT"] = 3;
            return values;
        })();

        /**
         * Mode enum.
         * @name patchtree.v1.Mode
         * @enum {number}
         * @property {number} MODE_UNSPECIFIED=0 MODE_UNSPECIFIED value
         * @property {number} MODE_DIFFERENTIAL=1 MODE_DIFFERENTIAL value
         * @property {number} MODE_COMPLETE=2 MODE_COMPLETE value
         */
        v1.Mode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "MODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "MODE_DIFFERENTIAL"] = 1;
            values[valuesById[2] = "MODE_COMPLETE"] = 2;
            return values;
        })();

        v1.Checkpoint = (function() {

            /**
             * Properties of a Checkpoint.
             * @typedef {Object} patchtree.v1.Checkpoint.$Properties
             * @property {string|null} [storeId] Checkpoint storeId
             * @property {number|null} [seq] Checkpoint seq
             * @property {string|null} [filter] Checkpoint filter
             * @property {string|null} [completeAfterKey] Checkpoint completeAfterKey
             * @property {number|null} [completeUpto] Checkpoint completeUpto
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Checkpoint.
             * @memberof patchtree.v1
             * @interface ICheckpoint
             * @augments patchtree.v1.Checkpoint.$Properties
             * @deprecated Use patchtree.v1.Checkpoint.$Properties instead.
             */

            /**
             * Shape of a Checkpoint.
             * @typedef {patchtree.v1.Checkpoint.$Properties} patchtree.v1.Checkpoint.$Shape
             */

            /**
             * Constructs a new Checkpoint.
             * @memberof patchtree.v1
             * @classdesc Represents a Checkpoint.
             * @constructor
             * @param {patchtree.v1.Checkpoint.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Checkpoint = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Checkpoint storeId.
             * @member {string} storeId
             * @memberof patchtree.v1.Checkpoint
             * @instance
             */
            Checkpoint.prototype.storeId = "";

            /**
             * Checkpoint seq.
             * @member {number} seq
             * @memberof patchtree.v1.Checkpoint
             * @instance
             */
            Checkpoint.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Checkpoint filter.
             * @member {string} filter
             * @memberof patchtree.v1.Checkpoint
             * @instance
             */
            Checkpoint.prototype.filter = "";

            /**
             * Checkpoint completeAfterKey.
             * @member {string} completeAfterKey
             * @memberof patchtree.v1.Checkpoint
             * @instance
             */
            Checkpoint.prototype.completeAfterKey = "";

            /**
             * Checkpoint completeUpto.
             * @member {number} completeUpto
             * @memberof patchtree.v1.Checkpoint
             * @instance
             */
            Checkpoint.prototype.completeUpto = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Checkpoint instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.Checkpoint
             * @static
             * @param {patchtree.v1.Checkpoint.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.Checkpoint} Checkpoint instance
             * @type {{
             *   (properties: patchtree.v1.Checkpoint.$Shape): patchtree.v1.Checkpoint & patchtree.v1.Checkpoint.$Shape;
             *   (properties?: patchtree.v1.Checkpoint.$Properties): patchtree.v1.Checkpoint;
             * }}
             */
            Checkpoint.create = function(properties) {
                return new Checkpoint(properties);
            };

            /**
             * Encodes the specified Checkpoint message. Does not implicitly {@link patchtree.v1.Checkpoint.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.Checkpoint
             * @static
             * @param {patchtree.v1.Checkpoint.$Properties} message Checkpoint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Checkpoint.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.storeId != null && $Object.hasOwnProperty.call(message, "storeId") && message.storeId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.storeId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter") && message.filter !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.filter);
                if (message.completeAfterKey != null && $Object.hasOwnProperty.call(message, "completeAfterKey") && message.completeAfterKey !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.completeAfterKey);
                if (message.completeUpto != null && $Object.hasOwnProperty.call(message, "completeUpto") && (typeof message.completeUpto === "object" ? message.completeUpto.low || message.completeUpto.high : message.completeUpto !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.completeUpto);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Checkpoint message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.Checkpoint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.Checkpoint & patchtree.v1.Checkpoint.$Shape} Checkpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Checkpoint.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.Checkpoint();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.storeId = value;
                            else
                                delete message.storeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.filter = value;
                            else
                                delete message.filter;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.completeAfterKey = value;
                            else
                                delete message.completeAfterKey;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.completeUpto = value;
                            else
                                delete message.completeUpto;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Checkpoint message.
             * @function verify
             * @memberof patchtree.v1.Checkpoint
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Checkpoint.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.storeId != null && $Object.hasOwnProperty.call(message, "storeId"))
                    if (!$util.isString(message.storeId))
                        return "storeId: string expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter"))
                    if (!$util.isString(message.filter))
                        return "filter: string expected";
                if (message.completeAfterKey != null && $Object.hasOwnProperty.call(message, "completeAfterKey"))
                    if (!$util.isString(message.completeAfterKey))
                        return "completeAfterKey: string expected";
                if (message.completeUpto != null && $Object.hasOwnProperty.call(message, "completeUpto"))
                    if (!$util.isInteger(message.completeUpto) && !(message.completeUpto && $util.isInteger(message.completeUpto.low) && $util.isInteger(message.completeUpto.high)))
                        return "completeUpto: integer|Long expected";
                return null;
            };

            /**
             * Creates a Checkpoint message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.Checkpoint
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.Checkpoint} Checkpoint
             */
            Checkpoint.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.Checkpoint)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.Checkpoint: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.Checkpoint();
                if (object.storeId != null)
                    if (typeof object.storeId !== "string" || object.storeId.length)
                        message.storeId = $String(object.storeId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.filter != null)
                    if (typeof object.filter !== "string" || object.filter.length)
                        message.filter = $String(object.filter);
                if (object.completeAfterKey != null)
                    if (typeof object.completeAfterKey !== "string" || object.completeAfterKey.length)
                        message.completeAfterKey = $String(object.completeAfterKey);
                if (object.completeUpto != null)
                    if (typeof object.completeUpto === "object" ? object.completeUpto.low || object.completeUpto.high : $Number(object.completeUpto) !== 0)
                        if ($util.Long)
                            message.completeUpto = $util.Long.fromValue(object.completeUpto, true);
                        else if (typeof object.completeUpto === "string")
                            message.completeUpto = $parseInt(object.completeUpto, 10);
                        else if (typeof object.completeUpto === "number")
                            message.completeUpto = object.completeUpto;
                        else if (typeof object.completeUpto === "object")
                            message.completeUpto = new $util.LongBits(object.completeUpto.low >>> 0, object.completeUpto.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Checkpoint message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.Checkpoint
             * @static
             * @param {patchtree.v1.Checkpoint} message Checkpoint
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Checkpoint.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.storeId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.filter = "";
                    object.completeAfterKey = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.completeUpto = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.completeUpto = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.storeId != null && $Object.hasOwnProperty.call(message, "storeId"))
                    object.storeId = message.storeId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter"))
                    object.filter = message.filter;
                if (message.completeAfterKey != null && $Object.hasOwnProperty.call(message, "completeAfterKey"))
                    object.completeAfterKey = message.completeAfterKey;
                if (message.completeUpto != null && $Object.hasOwnProperty.call(message, "completeUpto"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.completeUpto = typeof message.completeUpto === "number" ? $BigInt(message.completeUpto) : $util.Long.fromBits(message.completeUpto.low >>> 0, message.completeUpto.high >>> 0, true).toBigInt();
                    else if (typeof message.completeUpto === "number")
                        object.completeUpto = options.longs === $String ? $String(message.completeUpto) : message.completeUpto;
                    else
                        object.completeUpto = options.longs === $String ? $util.Long.prototype.toString.call(message.completeUpto) : options.longs === $Number ? new $util.LongBits(message.completeUpto.low >>> 0, message.completeUpto.high >>> 0).toNumber(true) : message.completeUpto;
                return object;
            };

            /**
             * Converts this Checkpoint to JSON.
             * @function toJSON
             * @memberof patchtree.v1.Checkpoint
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Checkpoint.prototype.toJSON = function() {
                return Checkpoint.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Checkpoint
             * @function getTypeUrl
             * @memberof patchtree.v1.Checkpoint
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Checkpoint.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.Checkpoint";
            };

            return Checkpoint;
        })();

        v1.SyncRequest = (function() {

            /**
             * Properties of a SyncRequest.
             * @typedef {Object} patchtree.v1.SyncRequest.$Properties
             * @property {number|null} [protocolVersion] SyncRequest protocolVersion
             * @property {string|null} [childId] SyncRequest childId
             * @property {Array.<string>|null} [via] SyncRequest via
             * @property {patchtree.v1.Rule|null} [rule] SyncRequest rule
             * @property {patchtree.v1.Mode|null} [mode] SyncRequest mode
             * @property {patchtree.v1.Checkpoint.$Properties|null} [checkpoint] SyncRequest checkpoint
             * @property {Array.<string>|null} [languages] SyncRequest languages
             * @property {Array.<string>|null} [policyIds] SyncRequest policyIds
             * @property {number|null} [batchSize] SyncRequest batchSize
             * @property {Array.<string>|null} [heldListings] SyncRequest heldListings
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SyncRequest.
             * @memberof patchtree.v1
             * @interface ISyncRequest
             * @augments patchtree.v1.SyncRequest.$Properties
             * @deprecated Use patchtree.v1.SyncRequest.$Properties instead.
             */

            /**
             * Shape of a SyncRequest.
             * @typedef {patchtree.v1.SyncRequest.$Properties} patchtree.v1.SyncRequest.$Shape
             */

            /**
             * Constructs a new SyncRequest.
             * @memberof patchtree.v1
             * @classdesc Represents a SyncRequest.
             * @constructor
             * @param {patchtree.v1.SyncRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SyncRequest = function (properties) {
                this.via = [];
                this.languages = [];
                this.policyIds = [];
                this.heldListings = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SyncRequest protocolVersion.
             * @member {number} protocolVersion
             * @memberof patchtree.v1.SyncRequest
             * @instance
             */
            SyncRequest.prototype.protocolVersion = 0;

            /**
             * SyncRequest childId.
             * @member {string} childId
             * @memberof patchtree.v1.SyncRequest
             * @instance
             */
            SyncRequest.prototype.childId = "";

            /**
             * SyncRequest via.
             * @member {Array.<string>} via
             * @memberof patchtree.v1.SyncRequest
             * @instance
             */
            SyncRequest.prototype.via = $util.emptyArray;

            /**
             * SyncRequest rule.
             * @member {patchtree.v1.Rule} rule
             * @memberof patchtree.v1.SyncRequest
             * @instance
             */
            SyncRequest.prototype.rule = 0;

            /**
             * SyncRequest mode.
             * @member {patchtree.v1.Mode} mode
             * @memberof patchtree.v1.SyncRequest
             * @instance
             */
            SyncRequest.prototype.mode = 0;

            /**
             * SyncRequest checkpoint.
             * @member {patchtree.v1.Checkpoint.$Properties|null|undefined} checkpoint
             * @memberof patchtree.v1.SyncRequest
             * @instance
             */
            SyncRequest.prototype.checkpoint = null;

            /**
             * SyncRequest languages.
             * @member {Array.<string>} languages
             * @memberof patchtree.v1.SyncRequest
             * @instance
             */
            SyncRequest.prototype.languages = $util.emptyArray;

            /**
             * SyncRequest policyIds.
             * @member {Array.<string>} policyIds
             * @memberof patchtree.v1.SyncRequest
             * @instance
             */
            SyncRequest.prototype.policyIds = $util.emptyArray;

            /**
             * SyncRequest batchSize.
             * @member {number} batchSize
             * @memberof patchtree.v1.SyncRequest
             * @instance
             */
            SyncRequest.prototype.batchSize = 0;

            /**
             * SyncRequest heldListings.
             * @member {Array.<string>} heldListings
             * @memberof patchtree.v1.SyncRequest
             * @instance
             */
            SyncRequest.prototype.heldListings = $util.emptyArray;

            /**
             * Creates a new SyncRequest instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.SyncRequest
             * @static
             * @param {patchtree.v1.SyncRequest.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.SyncRequest} SyncRequest instance
             * @type {{
             *   (properties: patchtree.v1.SyncRequest.$Shape): patchtree.v1.SyncRequest & patchtree.v1.SyncRequest.$Shape;
             *   (properties?: patchtree.v1.SyncRequest.$Properties): patchtree.v1.SyncRequest;
             * }}
             */
            SyncRequest.create = function(properties) {
                return new SyncRequest(properties);
            };

            /**
             * Encodes the specified SyncRequest message. Does not implicitly {@link patchtree.v1.SyncRequest.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.SyncRequest
             * @static
             * @param {patchtree.v1.SyncRequest.$Properties} message SyncRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyncRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.childId != null && $Object.hasOwnProperty.call(message, "childId") && message.childId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.childId);
                if (message.via != null && message.via.length)
                    for (let i = 0; i < message.via.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.via[i]);
                if (message.rule != null && $Object.hasOwnProperty.call(message, "rule") && message.rule !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.rule);
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.mode);
                if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint"))
                    $root.patchtree.v1.Checkpoint.encode(message.checkpoint, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.languages != null && message.languages.length)
                    for (let i = 0; i < message.languages.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.languages[i]);
                if (message.policyIds != null && message.policyIds.length)
                    for (let i = 0; i < message.policyIds.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.policyIds[i]);
                if (message.batchSize != null && $Object.hasOwnProperty.call(message, "batchSize") && message.batchSize !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.batchSize);
                if (message.heldListings != null && message.heldListings.length)
                    for (let i = 0; i < message.heldListings.length; ++i)
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.heldListings[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SyncRequest message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.SyncRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.SyncRequest & patchtree.v1.SyncRequest.$Shape} SyncRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyncRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.SyncRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.childId = value;
                            else
                                delete message.childId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.via && message.via.length))
                                message.via = [];
                            message.via.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.rule = value;
                            else
                                delete message.rule;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.checkpoint = $root.patchtree.v1.Checkpoint.decode(reader, reader.size(), $undefined, _depth + 1, message.checkpoint);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.languages && message.languages.length))
                                message.languages = [];
                            message.languages.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.policyIds && message.policyIds.length))
                                message.policyIds = [];
                            message.policyIds.push(reader.stringVerify());
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.batchSize = value;
                            else
                                delete message.batchSize;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.heldListings && message.heldListings.length))
                                message.heldListings = [];
                            message.heldListings.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SyncRequest message.
             * @function verify
             * @memberof patchtree.v1.SyncRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SyncRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                if (message.childId != null && $Object.hasOwnProperty.call(message, "childId"))
                    if (!$util.isString(message.childId))
                        return "childId: string expected";
                if (message.via != null && $Object.hasOwnProperty.call(message, "via")) {
                    if (!$Array.isArray(message.via))
                        return "via: array expected";
                    for (let i = 0; i < message.via.length; ++i)
                        if (!$util.isString(message.via[i]))
                            return "via: string[] expected";
                }
                if (message.rule != null && $Object.hasOwnProperty.call(message, "rule"))
                    if (typeof message.rule !== "number" || (message.rule | 0) !== message.rule)
                        return "rule: enum value expected";
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    if (typeof message.mode !== "number" || (message.mode | 0) !== message.mode)
                        return "mode: enum value expected";
                if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint")) {
                    let error = $root.patchtree.v1.Checkpoint.verify(message.checkpoint, _depth + 1);
                    if (error)
                        return "checkpoint." + error;
                }
                if (message.languages != null && $Object.hasOwnProperty.call(message, "languages")) {
                    if (!$Array.isArray(message.languages))
                        return "languages: array expected";
                    for (let i = 0; i < message.languages.length; ++i)
                        if (!$util.isString(message.languages[i]))
                            return "languages: string[] expected";
                }
                if (message.policyIds != null && $Object.hasOwnProperty.call(message, "policyIds")) {
                    if (!$Array.isArray(message.policyIds))
                        return "policyIds: array expected";
                    for (let i = 0; i < message.policyIds.length; ++i)
                        if (!$util.isString(message.policyIds[i]))
                            return "policyIds: string[] expected";
                }
                if (message.batchSize != null && $Object.hasOwnProperty.call(message, "batchSize"))
                    if (!$util.isInteger(message.batchSize))
                        return "batchSize: integer expected";
                if (message.heldListings != null && $Object.hasOwnProperty.call(message, "heldListings")) {
                    if (!$Array.isArray(message.heldListings))
                        return "heldListings: array expected";
                    for (let i = 0; i < message.heldListings.length; ++i)
                        if (!$util.isString(message.heldListings[i]))
                            return "heldListings: string[] expected";
                }
                return null;
            };

            /**
             * Creates a SyncRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.SyncRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.SyncRequest} SyncRequest
             */
            SyncRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.SyncRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.SyncRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.SyncRequest();
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.childId != null)
                    if (typeof object.childId !== "string" || object.childId.length)
                        message.childId = $String(object.childId);
                if (object.via) {
                    if (!$Array.isArray(object.via))
                        throw $TypeError(".patchtree.v1.SyncRequest.via: array expected");
                    message.via = $Array(object.via.length);
                    for (let i = 0; i < object.via.length; ++i)
                        message.via[i] = $String(object.via[i]);
                }
                if (object.rule !== 0 && (typeof object.rule !== "string" || $root.patchtree.v1.Rule[object.rule] !== 0))
                    switch (object.rule) {
                    case "RULE_UNSPECIFIED":
                    case 0:
                        message.rule = 0;
                        break;
                    case "RULE_CATALOG":
                    case 1:
                        message.rule = 1;
                        break;
                    case "RULE_POLICIES":
                    case 2:
                        message.rule = 2;
                        break;
                    case "RULE_CONTENT":
                    case 3:
                        message.rule = 3;
                        break;
                    default:
                        if (typeof object.rule === "number" && (object.rule | 0) === object.rule)
                            message.rule = object.rule;
                    }
                if (object.mode !== 0 && (typeof object.mode !== "string" || $root.patchtree.v1.Mode[object.mode] !== 0))
                    switch (object.mode) {
                    case "MODE_UNSPECIFIED":
                    case 0:
                        message.mode = 0;
                        break;
                    case "MODE_DIFFERENTIAL":
                    case 1:
                        message.mode = 1;
                        break;
                    case "MODE_COMPLETE":
                    case 2:
                        message.mode = 2;
                        break;
                    default:
                        if (typeof object.mode === "number" && (object.mode | 0) === object.mode)
                            message.mode = object.mode;
                    }
                if (object.checkpoint != null) {
                    if (!$util.isObject(object.checkpoint))
                        throw $TypeError(".patchtree.v1.SyncRequest.checkpoint: object expected");
                    message.checkpoint = $root.patchtree.v1.Checkpoint.fromObject(object.checkpoint, _depth + 1);
                }
                if (object.languages) {
                    if (!$Array.isArray(object.languages))
                        throw $TypeError(".patchtree.v1.SyncRequest.languages: array expected");
                    message.languages = $Array(object.languages.length);
                    for (let i = 0; i < object.languages.length; ++i)
                        message.languages[i] = $String(object.languages[i]);
                }
                if (object.policyIds) {
                    if (!$Array.isArray(object.policyIds))
                        throw $TypeError(".patchtree.v1.SyncRequest.policyIds: array expected");
                    message.policyIds = $Array(object.policyIds.length);
                    for (let i = 0; i < object.policyIds.length; ++i)
                        message.policyIds[i] = $String(object.policyIds[i]);
                }
                if (object.batchSize != null)
                    if ($Number(object.batchSize) !== 0)
                        message.batchSize = object.batchSize >>> 0;
                if (object.heldListings) {
                    if (!$Array.isArray(object.heldListings))
                        throw $TypeError(".patchtree.v1.SyncRequest.heldListings: array expected");
                    message.heldListings = $Array(object.heldListings.length);
                    for (let i = 0; i < object.heldListings.length; ++i)
                        message.heldListings[i] = $String(object.heldListings[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a SyncRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.SyncRequest
             * @static
             * @param {patchtree.v1.SyncRequest} message SyncRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SyncRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.via = [];
                    object.languages = [];
                    object.policyIds = [];
                    object.heldListings = [];
                }
                if (options.defaults) {
                    object.protocolVersion = 0;
                    object.childId = "";
                    object.rule = options.enums === $String ? "RULE_UNSPECIFIED" : 0;
                    object.mode = options.enums === $String ? "MODE_UNSPECIFIED" : 0;
                    object.checkpoint = null;
                    object.batchSize = 0;
                }
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.childId != null && $Object.hasOwnProperty.call(message, "childId"))
                    object.childId = message.childId;
                if (message.via && message.via.length) {
                    object.via = $Array(message.via.length);
                    for (let j = 0; j < message.via.length; ++j)
                        object.via[j] = message.via[j];
                }
                if (message.rule != null && $Object.hasOwnProperty.call(message, "rule"))
                    object.rule = options.enums === $String ? $root.patchtree.v1.Rule[message.rule] === $undefined ? message.rule : $root.patchtree.v1.Rule[message.rule] : message.rule;
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = options.enums === $String ? $root.patchtree.v1.Mode[message.mode] === $undefined ? message.mode : $root.patchtree.v1.Mode[message.mode] : message.mode;
                if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint"))
                    object.checkpoint = $root.patchtree.v1.Checkpoint.toObject(message.checkpoint, options, _depth + 1);
                if (message.languages && message.languages.length) {
                    object.languages = $Array(message.languages.length);
                    for (let j = 0; j < message.languages.length; ++j)
                        object.languages[j] = message.languages[j];
                }
                if (message.policyIds && message.policyIds.length) {
                    object.policyIds = $Array(message.policyIds.length);
                    for (let j = 0; j < message.policyIds.length; ++j)
                        object.policyIds[j] = message.policyIds[j];
                }
                if (message.batchSize != null && $Object.hasOwnProperty.call(message, "batchSize"))
                    object.batchSize = message.batchSize;
                if (message.heldListings && message.heldListings.length) {
                    object.heldListings = $Array(message.heldListings.length);
                    for (let j = 0; j < message.heldListings.length; ++j)
                        object.heldListings[j] = message.heldListings[j];
                }
                return object;
            };

            /**
             * Converts this SyncRequest to JSON.
             * @function toJSON
             * @memberof patchtree.v1.SyncRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SyncRequest.prototype.toJSON = function() {
                return SyncRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SyncRequest
             * @function getTypeUrl
             * @memberof patchtree.v1.SyncRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SyncRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.SyncRequest";
            };

            return SyncRequest;
        })();

        v1.SetDigest = (function() {

            /**
             * Properties of a SetDigest.
             * @typedef {Object} patchtree.v1.SetDigest.$Properties
             * @property {number|null} [count] SetDigest count
             * @property {string|null} [digest] SetDigest digest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetDigest.
             * @memberof patchtree.v1
             * @interface ISetDigest
             * @augments patchtree.v1.SetDigest.$Properties
             * @deprecated Use patchtree.v1.SetDigest.$Properties instead.
             */

            /**
             * Shape of a SetDigest.
             * @typedef {patchtree.v1.SetDigest.$Properties} patchtree.v1.SetDigest.$Shape
             */

            /**
             * Constructs a new SetDigest.
             * @memberof patchtree.v1
             * @classdesc Represents a SetDigest.
             * @constructor
             * @param {patchtree.v1.SetDigest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetDigest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SetDigest count.
             * @member {number} count
             * @memberof patchtree.v1.SetDigest
             * @instance
             */
            SetDigest.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SetDigest digest.
             * @member {string} digest
             * @memberof patchtree.v1.SetDigest
             * @instance
             */
            SetDigest.prototype.digest = "";

            /**
             * Creates a new SetDigest instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.SetDigest
             * @static
             * @param {patchtree.v1.SetDigest.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.SetDigest} SetDigest instance
             * @type {{
             *   (properties: patchtree.v1.SetDigest.$Shape): patchtree.v1.SetDigest & patchtree.v1.SetDigest.$Shape;
             *   (properties?: patchtree.v1.SetDigest.$Properties): patchtree.v1.SetDigest;
             * }}
             */
            SetDigest.create = function(properties) {
                return new SetDigest(properties);
            };

            /**
             * Encodes the specified SetDigest message. Does not implicitly {@link patchtree.v1.SetDigest.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.SetDigest
             * @static
             * @param {patchtree.v1.SetDigest.$Properties} message SetDigest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetDigest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && (typeof message.count === "object" ? message.count.low || message.count.high : message.count !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.count);
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.digest);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SetDigest message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.SetDigest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.SetDigest & patchtree.v1.SetDigest.$Shape} SetDigest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetDigest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.SetDigest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.digest = value;
                            else
                                delete message.digest;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SetDigest message.
             * @function verify
             * @memberof patchtree.v1.SetDigest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SetDigest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    if (!$util.isInteger(message.count) && !(message.count && $util.isInteger(message.count.low) && $util.isInteger(message.count.high)))
                        return "count: integer|Long expected";
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                    if (!$util.isString(message.digest))
                        return "digest: string expected";
                return null;
            };

            /**
             * Creates a SetDigest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.SetDigest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.SetDigest} SetDigest
             */
            SetDigest.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.SetDigest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.SetDigest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.SetDigest();
                if (object.count != null)
                    if (typeof object.count === "object" ? object.count.low || object.count.high : $Number(object.count) !== 0)
                        if ($util.Long)
                            message.count = $util.Long.fromValue(object.count, true);
                        else if (typeof object.count === "string")
                            message.count = $parseInt(object.count, 10);
                        else if (typeof object.count === "number")
                            message.count = object.count;
                        else if (typeof object.count === "object")
                            message.count = new $util.LongBits(object.count.low >>> 0, object.count.high >>> 0).toNumber(true);
                if (object.digest != null)
                    if (typeof object.digest !== "string" || object.digest.length)
                        message.digest = $String(object.digest);
                return message;
            };

            /**
             * Creates a plain object from a SetDigest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.SetDigest
             * @static
             * @param {patchtree.v1.SetDigest} message SetDigest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SetDigest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.count = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.count = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.digest = "";
                }
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.count = typeof message.count === "number" ? $BigInt(message.count) : $util.Long.fromBits(message.count.low >>> 0, message.count.high >>> 0, true).toBigInt();
                    else if (typeof message.count === "number")
                        object.count = options.longs === $String ? $String(message.count) : message.count;
                    else
                        object.count = options.longs === $String ? $util.Long.prototype.toString.call(message.count) : options.longs === $Number ? new $util.LongBits(message.count.low >>> 0, message.count.high >>> 0).toNumber(true) : message.count;
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                    object.digest = message.digest;
                return object;
            };

            /**
             * Converts this SetDigest to JSON.
             * @function toJSON
             * @memberof patchtree.v1.SetDigest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SetDigest.prototype.toJSON = function() {
                return SetDigest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SetDigest
             * @function getTypeUrl
             * @memberof patchtree.v1.SetDigest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SetDigest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.SetDigest";
            };

            return SetDigest;
        })();

        v1.SyncStart = (function() {

            /**
             * Properties of a SyncStart.
             * @typedef {Object} patchtree.v1.SyncStart.$Properties
             * @property {number|null} [protocolVersion] SyncStart protocolVersion
             * @property {string|null} [parentId] SyncStart parentId
             * @property {string|null} [storeId] SyncStart storeId
             * @property {patchtree.v1.Mode|null} [mode] SyncStart mode
             * @property {string|null} [reason] SyncStart reason
             * @property {number|null} [uptoSeq] SyncStart uptoSeq
             * @property {string|null} [filter] SyncStart filter
             * @property {string|null} [parentIdentity] SyncStart parentIdentity
             * @property {Array.<patchtree.v1.PublisherDocs.$Properties>|null} [publishers] SyncStart publishers
             * @property {Array.<patchtree.v1.LanguageSet.$Properties>|null} [servedThrough] SyncStart servedThrough
             * @property {number|null} [viewId] SyncStart viewId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SyncStart.
             * @memberof patchtree.v1
             * @interface ISyncStart
             * @augments patchtree.v1.SyncStart.$Properties
             * @deprecated Use patchtree.v1.SyncStart.$Properties instead.
             */

            /**
             * Shape of a SyncStart.
             * @typedef {patchtree.v1.SyncStart.$Properties} patchtree.v1.SyncStart.$Shape
             */

            /**
             * Constructs a new SyncStart.
             * @memberof patchtree.v1
             * @classdesc Represents a SyncStart.
             * @constructor
             * @param {patchtree.v1.SyncStart.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SyncStart = function (properties) {
                this.publishers = [];
                this.servedThrough = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SyncStart protocolVersion.
             * @member {number} protocolVersion
             * @memberof patchtree.v1.SyncStart
             * @instance
             */
            SyncStart.prototype.protocolVersion = 0;

            /**
             * SyncStart parentId.
             * @member {string} parentId
             * @memberof patchtree.v1.SyncStart
             * @instance
             */
            SyncStart.prototype.parentId = "";

            /**
             * SyncStart storeId.
             * @member {string} storeId
             * @memberof patchtree.v1.SyncStart
             * @instance
             */
            SyncStart.prototype.storeId = "";

            /**
             * SyncStart mode.
             * @member {patchtree.v1.Mode} mode
             * @memberof patchtree.v1.SyncStart
             * @instance
             */
            SyncStart.prototype.mode = 0;

            /**
             * SyncStart reason.
             * @member {string} reason
             * @memberof patchtree.v1.SyncStart
             * @instance
             */
            SyncStart.prototype.reason = "";

            /**
             * SyncStart uptoSeq.
             * @member {number} uptoSeq
             * @memberof patchtree.v1.SyncStart
             * @instance
             */
            SyncStart.prototype.uptoSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SyncStart filter.
             * @member {string} filter
             * @memberof patchtree.v1.SyncStart
             * @instance
             */
            SyncStart.prototype.filter = "";

            /**
             * SyncStart parentIdentity.
             * @member {string} parentIdentity
             * @memberof patchtree.v1.SyncStart
             * @instance
             */
            SyncStart.prototype.parentIdentity = "";

            /**
             * SyncStart publishers.
             * @member {Array.<patchtree.v1.PublisherDocs.$Properties>} publishers
             * @memberof patchtree.v1.SyncStart
             * @instance
             */
            SyncStart.prototype.publishers = $util.emptyArray;

            /**
             * SyncStart servedThrough.
             * @member {Array.<patchtree.v1.LanguageSet.$Properties>} servedThrough
             * @memberof patchtree.v1.SyncStart
             * @instance
             */
            SyncStart.prototype.servedThrough = $util.emptyArray;

            /**
             * SyncStart viewId.
             * @member {number} viewId
             * @memberof patchtree.v1.SyncStart
             * @instance
             */
            SyncStart.prototype.viewId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new SyncStart instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.SyncStart
             * @static
             * @param {patchtree.v1.SyncStart.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.SyncStart} SyncStart instance
             * @type {{
             *   (properties: patchtree.v1.SyncStart.$Shape): patchtree.v1.SyncStart & patchtree.v1.SyncStart.$Shape;
             *   (properties?: patchtree.v1.SyncStart.$Properties): patchtree.v1.SyncStart;
             * }}
             */
            SyncStart.create = function(properties) {
                return new SyncStart(properties);
            };

            /**
             * Encodes the specified SyncStart message. Does not implicitly {@link patchtree.v1.SyncStart.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.SyncStart
             * @static
             * @param {patchtree.v1.SyncStart.$Properties} message SyncStart message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyncStart.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.parentId != null && $Object.hasOwnProperty.call(message, "parentId") && message.parentId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.parentId);
                if (message.storeId != null && $Object.hasOwnProperty.call(message, "storeId") && message.storeId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.storeId);
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.mode);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.reason);
                if (message.uptoSeq != null && $Object.hasOwnProperty.call(message, "uptoSeq") && (typeof message.uptoSeq === "object" ? message.uptoSeq.low || message.uptoSeq.high : message.uptoSeq !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.uptoSeq);
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter") && message.filter !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.filter);
                if (message.parentIdentity != null && $Object.hasOwnProperty.call(message, "parentIdentity") && message.parentIdentity !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.parentIdentity);
                if (message.publishers != null && message.publishers.length)
                    for (let i = 0; i < message.publishers.length; ++i)
                        $root.patchtree.v1.PublisherDocs.encode(message.publishers[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.servedThrough != null && message.servedThrough.length)
                    for (let i = 0; i < message.servedThrough.length; ++i)
                        $root.patchtree.v1.LanguageSet.encode(message.servedThrough[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.viewId != null && $Object.hasOwnProperty.call(message, "viewId") && (typeof message.viewId === "object" ? message.viewId.low || message.viewId.high : message.viewId !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.viewId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SyncStart message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.SyncStart
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.SyncStart & patchtree.v1.SyncStart.$Shape} SyncStart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyncStart.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.SyncStart();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.parentId = value;
                            else
                                delete message.parentId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.storeId = value;
                            else
                                delete message.storeId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.uptoSeq = value;
                            else
                                delete message.uptoSeq;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.filter = value;
                            else
                                delete message.filter;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.parentIdentity = value;
                            else
                                delete message.parentIdentity;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.publishers && message.publishers.length))
                                message.publishers = [];
                            message.publishers.push($root.patchtree.v1.PublisherDocs.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.servedThrough && message.servedThrough.length))
                                message.servedThrough = [];
                            message.servedThrough.push($root.patchtree.v1.LanguageSet.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.viewId = value;
                            else
                                delete message.viewId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SyncStart message.
             * @function verify
             * @memberof patchtree.v1.SyncStart
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SyncStart.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                if (message.parentId != null && $Object.hasOwnProperty.call(message, "parentId"))
                    if (!$util.isString(message.parentId))
                        return "parentId: string expected";
                if (message.storeId != null && $Object.hasOwnProperty.call(message, "storeId"))
                    if (!$util.isString(message.storeId))
                        return "storeId: string expected";
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    if (typeof message.mode !== "number" || (message.mode | 0) !== message.mode)
                        return "mode: enum value expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.uptoSeq != null && $Object.hasOwnProperty.call(message, "uptoSeq"))
                    if (!$util.isInteger(message.uptoSeq) && !(message.uptoSeq && $util.isInteger(message.uptoSeq.low) && $util.isInteger(message.uptoSeq.high)))
                        return "uptoSeq: integer|Long expected";
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter"))
                    if (!$util.isString(message.filter))
                        return "filter: string expected";
                if (message.parentIdentity != null && $Object.hasOwnProperty.call(message, "parentIdentity"))
                    if (!$util.isString(message.parentIdentity))
                        return "parentIdentity: string expected";
                if (message.publishers != null && $Object.hasOwnProperty.call(message, "publishers")) {
                    if (!$Array.isArray(message.publishers))
                        return "publishers: array expected";
                    for (let i = 0; i < message.publishers.length; ++i) {
                        let error = $root.patchtree.v1.PublisherDocs.verify(message.publishers[i], _depth + 1);
                        if (error)
                            return "publishers." + error;
                    }
                }
                if (message.servedThrough != null && $Object.hasOwnProperty.call(message, "servedThrough")) {
                    if (!$Array.isArray(message.servedThrough))
                        return "servedThrough: array expected";
                    for (let i = 0; i < message.servedThrough.length; ++i) {
                        let error = $root.patchtree.v1.LanguageSet.verify(message.servedThrough[i], _depth + 1);
                        if (error)
                            return "servedThrough." + error;
                    }
                }
                if (message.viewId != null && $Object.hasOwnProperty.call(message, "viewId"))
                    if (!$util.isInteger(message.viewId) && !(message.viewId && $util.isInteger(message.viewId.low) && $util.isInteger(message.viewId.high)))
                        return "viewId: integer|Long expected";
                return null;
            };

            /**
             * Creates a SyncStart message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.SyncStart
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.SyncStart} SyncStart
             */
            SyncStart.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.SyncStart)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.SyncStart: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.SyncStart();
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.parentId != null)
                    if (typeof object.parentId !== "string" || object.parentId.length)
                        message.parentId = $String(object.parentId);
                if (object.storeId != null)
                    if (typeof object.storeId !== "string" || object.storeId.length)
                        message.storeId = $String(object.storeId);
                if (object.mode !== 0 && (typeof object.mode !== "string" || $root.patchtree.v1.Mode[object.mode] !== 0))
                    switch (object.mode) {
                    case "MODE_UNSPECIFIED":
                    case 0:
                        message.mode = 0;
                        break;
                    case "MODE_DIFFERENTIAL":
                    case 1:
                        message.mode = 1;
                        break;
                    case "MODE_COMPLETE":
                    case 2:
                        message.mode = 2;
                        break;
                    default:
                        if (typeof object.mode === "number" && (object.mode | 0) === object.mode)
                            message.mode = object.mode;
                    }
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.uptoSeq != null)
                    if (typeof object.uptoSeq === "object" ? object.uptoSeq.low || object.uptoSeq.high : $Number(object.uptoSeq) !== 0)
                        if ($util.Long)
                            message.uptoSeq = $util.Long.fromValue(object.uptoSeq, true);
                        else if (typeof object.uptoSeq === "string")
                            message.uptoSeq = $parseInt(object.uptoSeq, 10);
                        else if (typeof object.uptoSeq === "number")
                            message.uptoSeq = object.uptoSeq;
                        else if (typeof object.uptoSeq === "object")
                            message.uptoSeq = new $util.LongBits(object.uptoSeq.low >>> 0, object.uptoSeq.high >>> 0).toNumber(true);
                if (object.filter != null)
                    if (typeof object.filter !== "string" || object.filter.length)
                        message.filter = $String(object.filter);
                if (object.parentIdentity != null)
                    if (typeof object.parentIdentity !== "string" || object.parentIdentity.length)
                        message.parentIdentity = $String(object.parentIdentity);
                if (object.publishers) {
                    if (!$Array.isArray(object.publishers))
                        throw $TypeError(".patchtree.v1.SyncStart.publishers: array expected");
                    message.publishers = $Array(object.publishers.length);
                    for (let i = 0; i < object.publishers.length; ++i) {
                        if (!$util.isObject(object.publishers[i]))
                            throw $TypeError(".patchtree.v1.SyncStart.publishers: object expected");
                        message.publishers[i] = $root.patchtree.v1.PublisherDocs.fromObject(object.publishers[i], _depth + 1);
                    }
                }
                if (object.servedThrough) {
                    if (!$Array.isArray(object.servedThrough))
                        throw $TypeError(".patchtree.v1.SyncStart.servedThrough: array expected");
                    message.servedThrough = $Array(object.servedThrough.length);
                    for (let i = 0; i < object.servedThrough.length; ++i) {
                        if (!$util.isObject(object.servedThrough[i]))
                            throw $TypeError(".patchtree.v1.SyncStart.servedThrough: object expected");
                        message.servedThrough[i] = $root.patchtree.v1.LanguageSet.fromObject(object.servedThrough[i], _depth + 1);
                    }
                }
                if (object.viewId != null)
                    if (typeof object.viewId === "object" ? object.viewId.low || object.viewId.high : $Number(object.viewId) !== 0)
                        if ($util.Long)
                            message.viewId = $util.Long.fromValue(object.viewId, true);
                        else if (typeof object.viewId === "string")
                            message.viewId = $parseInt(object.viewId, 10);
                        else if (typeof object.viewId === "number")
                            message.viewId = object.viewId;
                        else if (typeof object.viewId === "object")
                            message.viewId = new $util.LongBits(object.viewId.low >>> 0, object.viewId.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a SyncStart message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.SyncStart
             * @static
             * @param {patchtree.v1.SyncStart} message SyncStart
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SyncStart.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.publishers = [];
                    object.servedThrough = [];
                }
                if (options.defaults) {
                    object.protocolVersion = 0;
                    object.parentId = "";
                    object.storeId = "";
                    object.mode = options.enums === $String ? "MODE_UNSPECIFIED" : 0;
                    object.reason = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.uptoSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.uptoSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.filter = "";
                    object.parentIdentity = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.viewId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.viewId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.parentId != null && $Object.hasOwnProperty.call(message, "parentId"))
                    object.parentId = message.parentId;
                if (message.storeId != null && $Object.hasOwnProperty.call(message, "storeId"))
                    object.storeId = message.storeId;
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = options.enums === $String ? $root.patchtree.v1.Mode[message.mode] === $undefined ? message.mode : $root.patchtree.v1.Mode[message.mode] : message.mode;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.uptoSeq != null && $Object.hasOwnProperty.call(message, "uptoSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.uptoSeq = typeof message.uptoSeq === "number" ? $BigInt(message.uptoSeq) : $util.Long.fromBits(message.uptoSeq.low >>> 0, message.uptoSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.uptoSeq === "number")
                        object.uptoSeq = options.longs === $String ? $String(message.uptoSeq) : message.uptoSeq;
                    else
                        object.uptoSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.uptoSeq) : options.longs === $Number ? new $util.LongBits(message.uptoSeq.low >>> 0, message.uptoSeq.high >>> 0).toNumber(true) : message.uptoSeq;
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter"))
                    object.filter = message.filter;
                if (message.parentIdentity != null && $Object.hasOwnProperty.call(message, "parentIdentity"))
                    object.parentIdentity = message.parentIdentity;
                if (message.publishers && message.publishers.length) {
                    object.publishers = $Array(message.publishers.length);
                    for (let j = 0; j < message.publishers.length; ++j)
                        object.publishers[j] = $root.patchtree.v1.PublisherDocs.toObject(message.publishers[j], options, _depth + 1);
                }
                if (message.servedThrough && message.servedThrough.length) {
                    object.servedThrough = $Array(message.servedThrough.length);
                    for (let j = 0; j < message.servedThrough.length; ++j)
                        object.servedThrough[j] = $root.patchtree.v1.LanguageSet.toObject(message.servedThrough[j], options, _depth + 1);
                }
                if (message.viewId != null && $Object.hasOwnProperty.call(message, "viewId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.viewId = typeof message.viewId === "number" ? $BigInt(message.viewId) : $util.Long.fromBits(message.viewId.low >>> 0, message.viewId.high >>> 0, true).toBigInt();
                    else if (typeof message.viewId === "number")
                        object.viewId = options.longs === $String ? $String(message.viewId) : message.viewId;
                    else
                        object.viewId = options.longs === $String ? $util.Long.prototype.toString.call(message.viewId) : options.longs === $Number ? new $util.LongBits(message.viewId.low >>> 0, message.viewId.high >>> 0).toNumber(true) : message.viewId;
                return object;
            };

            /**
             * Converts this SyncStart to JSON.
             * @function toJSON
             * @memberof patchtree.v1.SyncStart
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SyncStart.prototype.toJSON = function() {
                return SyncStart.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SyncStart
             * @function getTypeUrl
             * @memberof patchtree.v1.SyncStart
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SyncStart.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.SyncStart";
            };

            return SyncStart;
        })();

        v1.PublisherDocs = (function() {

            /**
             * Properties of a PublisherDocs.
             * @typedef {Object} patchtree.v1.PublisherDocs.$Properties
             * @property {string|null} [publisherId] PublisherDocs publisherId
             * @property {Array.<string>|null} [roots] PublisherDocs roots
             * @property {string|null} [targets] PublisherDocs targets
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PublisherDocs.
             * @memberof patchtree.v1
             * @interface IPublisherDocs
             * @augments patchtree.v1.PublisherDocs.$Properties
             * @deprecated Use patchtree.v1.PublisherDocs.$Properties instead.
             */

            /**
             * Shape of a PublisherDocs.
             * @typedef {patchtree.v1.PublisherDocs.$Properties} patchtree.v1.PublisherDocs.$Shape
             */

            /**
             * Constructs a new PublisherDocs.
             * @memberof patchtree.v1
             * @classdesc Represents a PublisherDocs.
             * @constructor
             * @param {patchtree.v1.PublisherDocs.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PublisherDocs = function (properties) {
                this.roots = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PublisherDocs publisherId.
             * @member {string} publisherId
             * @memberof patchtree.v1.PublisherDocs
             * @instance
             */
            PublisherDocs.prototype.publisherId = "";

            /**
             * PublisherDocs roots.
             * @member {Array.<string>} roots
             * @memberof patchtree.v1.PublisherDocs
             * @instance
             */
            PublisherDocs.prototype.roots = $util.emptyArray;

            /**
             * PublisherDocs targets.
             * @member {string} targets
             * @memberof patchtree.v1.PublisherDocs
             * @instance
             */
            PublisherDocs.prototype.targets = "";

            /**
             * Creates a new PublisherDocs instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.PublisherDocs
             * @static
             * @param {patchtree.v1.PublisherDocs.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.PublisherDocs} PublisherDocs instance
             * @type {{
             *   (properties: patchtree.v1.PublisherDocs.$Shape): patchtree.v1.PublisherDocs & patchtree.v1.PublisherDocs.$Shape;
             *   (properties?: patchtree.v1.PublisherDocs.$Properties): patchtree.v1.PublisherDocs;
             * }}
             */
            PublisherDocs.create = function(properties) {
                return new PublisherDocs(properties);
            };

            /**
             * Encodes the specified PublisherDocs message. Does not implicitly {@link patchtree.v1.PublisherDocs.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.PublisherDocs
             * @static
             * @param {patchtree.v1.PublisherDocs.$Properties} message PublisherDocs message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PublisherDocs.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.publisherId != null && $Object.hasOwnProperty.call(message, "publisherId") && message.publisherId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.publisherId);
                if (message.roots != null && message.roots.length)
                    for (let i = 0; i < message.roots.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.roots[i]);
                if (message.targets != null && $Object.hasOwnProperty.call(message, "targets") && message.targets !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.targets);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PublisherDocs message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.PublisherDocs
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.PublisherDocs & patchtree.v1.PublisherDocs.$Shape} PublisherDocs
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PublisherDocs.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.PublisherDocs();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.publisherId = value;
                            else
                                delete message.publisherId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.roots && message.roots.length))
                                message.roots = [];
                            message.roots.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.targets = value;
                            else
                                delete message.targets;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a PublisherDocs message.
             * @function verify
             * @memberof patchtree.v1.PublisherDocs
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PublisherDocs.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.publisherId != null && $Object.hasOwnProperty.call(message, "publisherId"))
                    if (!$util.isString(message.publisherId))
                        return "publisherId: string expected";
                if (message.roots != null && $Object.hasOwnProperty.call(message, "roots")) {
                    if (!$Array.isArray(message.roots))
                        return "roots: array expected";
                    for (let i = 0; i < message.roots.length; ++i)
                        if (!$util.isString(message.roots[i]))
                            return "roots: string[] expected";
                }
                if (message.targets != null && $Object.hasOwnProperty.call(message, "targets"))
                    if (!$util.isString(message.targets))
                        return "targets: string expected";
                return null;
            };

            /**
             * Creates a PublisherDocs message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.PublisherDocs
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.PublisherDocs} PublisherDocs
             */
            PublisherDocs.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.PublisherDocs)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.PublisherDocs: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.PublisherDocs();
                if (object.publisherId != null)
                    if (typeof object.publisherId !== "string" || object.publisherId.length)
                        message.publisherId = $String(object.publisherId);
                if (object.roots) {
                    if (!$Array.isArray(object.roots))
                        throw $TypeError(".patchtree.v1.PublisherDocs.roots: array expected");
                    message.roots = $Array(object.roots.length);
                    for (let i = 0; i < object.roots.length; ++i)
                        message.roots[i] = $String(object.roots[i]);
                }
                if (object.targets != null)
                    if (typeof object.targets !== "string" || object.targets.length)
                        message.targets = $String(object.targets);
                return message;
            };

            /**
             * Creates a plain object from a PublisherDocs message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.PublisherDocs
             * @static
             * @param {patchtree.v1.PublisherDocs} message PublisherDocs
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PublisherDocs.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.roots = [];
                if (options.defaults) {
                    object.publisherId = "";
                    object.targets = "";
                }
                if (message.publisherId != null && $Object.hasOwnProperty.call(message, "publisherId"))
                    object.publisherId = message.publisherId;
                if (message.roots && message.roots.length) {
                    object.roots = $Array(message.roots.length);
                    for (let j = 0; j < message.roots.length; ++j)
                        object.roots[j] = message.roots[j];
                }
                if (message.targets != null && $Object.hasOwnProperty.call(message, "targets"))
                    object.targets = message.targets;
                return object;
            };

            /**
             * Converts this PublisherDocs to JSON.
             * @function toJSON
             * @memberof patchtree.v1.PublisherDocs
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PublisherDocs.prototype.toJSON = function() {
                return PublisherDocs.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PublisherDocs
             * @function getTypeUrl
             * @memberof patchtree.v1.PublisherDocs
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PublisherDocs.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.PublisherDocs";
            };

            return PublisherDocs;
        })();

        v1.LanguageSet = (function() {

            /**
             * Properties of a LanguageSet.
             * @typedef {Object} patchtree.v1.LanguageSet.$Properties
             * @property {Array.<string>|null} [languages] LanguageSet languages
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LanguageSet.
             * @memberof patchtree.v1
             * @interface ILanguageSet
             * @augments patchtree.v1.LanguageSet.$Properties
             * @deprecated Use patchtree.v1.LanguageSet.$Properties instead.
             */

            /**
             * Shape of a LanguageSet.
             * @typedef {patchtree.v1.LanguageSet.$Properties} patchtree.v1.LanguageSet.$Shape
             */

            /**
             * Constructs a new LanguageSet.
             * @memberof patchtree.v1
             * @classdesc Represents a LanguageSet.
             * @constructor
             * @param {patchtree.v1.LanguageSet.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LanguageSet = function (properties) {
                this.languages = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LanguageSet languages.
             * @member {Array.<string>} languages
             * @memberof patchtree.v1.LanguageSet
             * @instance
             */
            LanguageSet.prototype.languages = $util.emptyArray;

            /**
             * Creates a new LanguageSet instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.LanguageSet
             * @static
             * @param {patchtree.v1.LanguageSet.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.LanguageSet} LanguageSet instance
             * @type {{
             *   (properties: patchtree.v1.LanguageSet.$Shape): patchtree.v1.LanguageSet & patchtree.v1.LanguageSet.$Shape;
             *   (properties?: patchtree.v1.LanguageSet.$Properties): patchtree.v1.LanguageSet;
             * }}
             */
            LanguageSet.create = function(properties) {
                return new LanguageSet(properties);
            };

            /**
             * Encodes the specified LanguageSet message. Does not implicitly {@link patchtree.v1.LanguageSet.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.LanguageSet
             * @static
             * @param {patchtree.v1.LanguageSet.$Properties} message LanguageSet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LanguageSet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.languages != null && message.languages.length)
                    for (let i = 0; i < message.languages.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.languages[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LanguageSet message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.LanguageSet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.LanguageSet & patchtree.v1.LanguageSet.$Shape} LanguageSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LanguageSet.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.LanguageSet();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.languages && message.languages.length))
                                message.languages = [];
                            message.languages.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LanguageSet message.
             * @function verify
             * @memberof patchtree.v1.LanguageSet
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LanguageSet.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.languages != null && $Object.hasOwnProperty.call(message, "languages")) {
                    if (!$Array.isArray(message.languages))
                        return "languages: array expected";
                    for (let i = 0; i < message.languages.length; ++i)
                        if (!$util.isString(message.languages[i]))
                            return "languages: string[] expected";
                }
                return null;
            };

            /**
             * Creates a LanguageSet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.LanguageSet
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.LanguageSet} LanguageSet
             */
            LanguageSet.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.LanguageSet)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.LanguageSet: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.LanguageSet();
                if (object.languages) {
                    if (!$Array.isArray(object.languages))
                        throw $TypeError(".patchtree.v1.LanguageSet.languages: array expected");
                    message.languages = $Array(object.languages.length);
                    for (let i = 0; i < object.languages.length; ++i)
                        message.languages[i] = $String(object.languages[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a LanguageSet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.LanguageSet
             * @static
             * @param {patchtree.v1.LanguageSet} message LanguageSet
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LanguageSet.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.languages = [];
                if (message.languages && message.languages.length) {
                    object.languages = $Array(message.languages.length);
                    for (let j = 0; j < message.languages.length; ++j)
                        object.languages[j] = message.languages[j];
                }
                return object;
            };

            /**
             * Converts this LanguageSet to JSON.
             * @function toJSON
             * @memberof patchtree.v1.LanguageSet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LanguageSet.prototype.toJSON = function() {
                return LanguageSet.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LanguageSet
             * @function getTypeUrl
             * @memberof patchtree.v1.LanguageSet
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LanguageSet.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.LanguageSet";
            };

            return LanguageSet;
        })();

        v1.Listing = (function() {

            /**
             * Properties of a Listing.
             * @typedef {Object} patchtree.v1.Listing.$Properties
             * @property {Uint8Array|null} [data] Listing data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Listing.
             * @memberof patchtree.v1
             * @interface IListing
             * @augments patchtree.v1.Listing.$Properties
             * @deprecated Use patchtree.v1.Listing.$Properties instead.
             */

            /**
             * Shape of a Listing.
             * @typedef {patchtree.v1.Listing.$Properties} patchtree.v1.Listing.$Shape
             */

            /**
             * Constructs a new Listing.
             * @memberof patchtree.v1
             * @classdesc Represents a Listing.
             * @constructor
             * @param {patchtree.v1.Listing.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Listing = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Listing data.
             * @member {Uint8Array} data
             * @memberof patchtree.v1.Listing
             * @instance
             */
            Listing.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new Listing instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.Listing
             * @static
             * @param {patchtree.v1.Listing.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.Listing} Listing instance
             * @type {{
             *   (properties: patchtree.v1.Listing.$Shape): patchtree.v1.Listing & patchtree.v1.Listing.$Shape;
             *   (properties?: patchtree.v1.Listing.$Properties): patchtree.v1.Listing;
             * }}
             */
            Listing.create = function(properties) {
                return new Listing(properties);
            };

            /**
             * Encodes the specified Listing message. Does not implicitly {@link patchtree.v1.Listing.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.Listing
             * @static
             * @param {patchtree.v1.Listing.$Properties} message Listing message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Listing.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Listing message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.Listing
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.Listing & patchtree.v1.Listing.$Shape} Listing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Listing.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.Listing();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Listing message.
             * @function verify
             * @memberof patchtree.v1.Listing
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Listing.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                        return "data: buffer expected";
                return null;
            };

            /**
             * Creates a Listing message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.Listing
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.Listing} Listing
             */
            Listing.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.Listing)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.Listing: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.Listing();
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                return message;
            };

            /**
             * Creates a plain object from a Listing message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.Listing
             * @static
             * @param {patchtree.v1.Listing} message Listing
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Listing.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                return object;
            };

            /**
             * Converts this Listing to JSON.
             * @function toJSON
             * @memberof patchtree.v1.Listing
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Listing.prototype.toJSON = function() {
                return Listing.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Listing
             * @function getTypeUrl
             * @memberof patchtree.v1.Listing
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Listing.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.Listing";
            };

            return Listing;
        })();

        v1.SyncBatch = (function() {

            /**
             * Properties of a SyncBatch.
             * @typedef {Object} patchtree.v1.SyncBatch.$Properties
             * @property {Array.<patchtree.v1.Change.$Properties>|null} [changes] SyncBatch changes
             * @property {number|null} [lastSeq] SyncBatch lastSeq
             * @property {string|null} [lastKey] SyncBatch lastKey
             * @property {string|null} [fromKey] SyncBatch fromKey
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SyncBatch.
             * @memberof patchtree.v1
             * @interface ISyncBatch
             * @augments patchtree.v1.SyncBatch.$Properties
             * @deprecated Use patchtree.v1.SyncBatch.$Properties instead.
             */

            /**
             * Shape of a SyncBatch.
             * @typedef {{
             *   changes?: Array.<patchtree.v1.Change.$Shape>|null;
             *   lastSeq?: number|null;
             *   lastKey?: string|null;
             *   fromKey?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} patchtree.v1.SyncBatch.$Shape
             */

            /**
             * Constructs a new SyncBatch.
             * @memberof patchtree.v1
             * @classdesc Represents a SyncBatch.
             * @constructor
             * @param {patchtree.v1.SyncBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SyncBatch = function (properties) {
                this.changes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SyncBatch changes.
             * @member {Array.<patchtree.v1.Change.$Properties>} changes
             * @memberof patchtree.v1.SyncBatch
             * @instance
             */
            SyncBatch.prototype.changes = $util.emptyArray;

            /**
             * SyncBatch lastSeq.
             * @member {number} lastSeq
             * @memberof patchtree.v1.SyncBatch
             * @instance
             */
            SyncBatch.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SyncBatch lastKey.
             * @member {string} lastKey
             * @memberof patchtree.v1.SyncBatch
             * @instance
             */
            SyncBatch.prototype.lastKey = "";

            /**
             * SyncBatch fromKey.
             * @member {string} fromKey
             * @memberof patchtree.v1.SyncBatch
             * @instance
             */
            SyncBatch.prototype.fromKey = "";

            /**
             * Creates a new SyncBatch instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.SyncBatch
             * @static
             * @param {patchtree.v1.SyncBatch.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.SyncBatch} SyncBatch instance
             * @type {{
             *   (properties: patchtree.v1.SyncBatch.$Shape): patchtree.v1.SyncBatch & patchtree.v1.SyncBatch.$Shape;
             *   (properties?: patchtree.v1.SyncBatch.$Properties): patchtree.v1.SyncBatch;
             * }}
             */
            SyncBatch.create = function(properties) {
                return new SyncBatch(properties);
            };

            /**
             * Encodes the specified SyncBatch message. Does not implicitly {@link patchtree.v1.SyncBatch.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.SyncBatch
             * @static
             * @param {patchtree.v1.SyncBatch.$Properties} message SyncBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyncBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.changes != null && message.changes.length)
                    for (let i = 0; i < message.changes.length; ++i)
                        $root.patchtree.v1.Change.encode(message.changes[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.lastSeq);
                if (message.lastKey != null && $Object.hasOwnProperty.call(message, "lastKey") && message.lastKey !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.lastKey);
                if (message.fromKey != null && $Object.hasOwnProperty.call(message, "fromKey") && message.fromKey !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.fromKey);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SyncBatch message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.SyncBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.SyncBatch & patchtree.v1.SyncBatch.$Shape} SyncBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyncBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.SyncBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.changes && message.changes.length))
                                message.changes = [];
                            message.changes.push($root.patchtree.v1.Change.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeq = value;
                            else
                                delete message.lastSeq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.lastKey = value;
                            else
                                delete message.lastKey;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.fromKey = value;
                            else
                                delete message.fromKey;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SyncBatch message.
             * @function verify
             * @memberof patchtree.v1.SyncBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SyncBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.changes != null && $Object.hasOwnProperty.call(message, "changes")) {
                    if (!$Array.isArray(message.changes))
                        return "changes: array expected";
                    for (let i = 0; i < message.changes.length; ++i) {
                        let error = $root.patchtree.v1.Change.verify(message.changes[i], _depth + 1);
                        if (error)
                            return "changes." + error;
                    }
                }
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                    if (!$util.isInteger(message.lastSeq) && !(message.lastSeq && $util.isInteger(message.lastSeq.low) && $util.isInteger(message.lastSeq.high)))
                        return "lastSeq: integer|Long expected";
                if (message.lastKey != null && $Object.hasOwnProperty.call(message, "lastKey"))
                    if (!$util.isString(message.lastKey))
                        return "lastKey: string expected";
                if (message.fromKey != null && $Object.hasOwnProperty.call(message, "fromKey"))
                    if (!$util.isString(message.fromKey))
                        return "fromKey: string expected";
                return null;
            };

            /**
             * Creates a SyncBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.SyncBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.SyncBatch} SyncBatch
             */
            SyncBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.SyncBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.SyncBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.SyncBatch();
                if (object.changes) {
                    if (!$Array.isArray(object.changes))
                        throw $TypeError(".patchtree.v1.SyncBatch.changes: array expected");
                    message.changes = $Array(object.changes.length);
                    for (let i = 0; i < object.changes.length; ++i) {
                        if (!$util.isObject(object.changes[i]))
                            throw $TypeError(".patchtree.v1.SyncBatch.changes: object expected");
                        message.changes[i] = $root.patchtree.v1.Change.fromObject(object.changes[i], _depth + 1);
                    }
                }
                if (object.lastSeq != null)
                    if (typeof object.lastSeq === "object" ? object.lastSeq.low || object.lastSeq.high : $Number(object.lastSeq) !== 0)
                        if ($util.Long)
                            message.lastSeq = $util.Long.fromValue(object.lastSeq, true);
                        else if (typeof object.lastSeq === "string")
                            message.lastSeq = $parseInt(object.lastSeq, 10);
                        else if (typeof object.lastSeq === "number")
                            message.lastSeq = object.lastSeq;
                        else if (typeof object.lastSeq === "object")
                            message.lastSeq = new $util.LongBits(object.lastSeq.low >>> 0, object.lastSeq.high >>> 0).toNumber(true);
                if (object.lastKey != null)
                    if (typeof object.lastKey !== "string" || object.lastKey.length)
                        message.lastKey = $String(object.lastKey);
                if (object.fromKey != null)
                    if (typeof object.fromKey !== "string" || object.fromKey.length)
                        message.fromKey = $String(object.fromKey);
                return message;
            };

            /**
             * Creates a plain object from a SyncBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.SyncBatch
             * @static
             * @param {patchtree.v1.SyncBatch} message SyncBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SyncBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.changes = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lastSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.lastKey = "";
                    object.fromKey = "";
                }
                if (message.changes && message.changes.length) {
                    object.changes = $Array(message.changes.length);
                    for (let j = 0; j < message.changes.length; ++j)
                        object.changes[j] = $root.patchtree.v1.Change.toObject(message.changes[j], options, _depth + 1);
                }
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastSeq = typeof message.lastSeq === "number" ? $BigInt(message.lastSeq) : $util.Long.fromBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.lastSeq === "number")
                        object.lastSeq = options.longs === $String ? $String(message.lastSeq) : message.lastSeq;
                    else
                        object.lastSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeq) : options.longs === $Number ? new $util.LongBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0).toNumber(true) : message.lastSeq;
                if (message.lastKey != null && $Object.hasOwnProperty.call(message, "lastKey"))
                    object.lastKey = message.lastKey;
                if (message.fromKey != null && $Object.hasOwnProperty.call(message, "fromKey"))
                    object.fromKey = message.fromKey;
                return object;
            };

            /**
             * Converts this SyncBatch to JSON.
             * @function toJSON
             * @memberof patchtree.v1.SyncBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SyncBatch.prototype.toJSON = function() {
                return SyncBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SyncBatch
             * @function getTypeUrl
             * @memberof patchtree.v1.SyncBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SyncBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.SyncBatch";
            };

            return SyncBatch;
        })();

        v1.SyncEnd = (function() {

            /**
             * Properties of a SyncEnd.
             * @typedef {Object} patchtree.v1.SyncEnd.$Properties
             * @property {number|null} [uptoSeq] SyncEnd uptoSeq
             * @property {patchtree.v1.SetDigest.$Properties|null} [digest] SyncEnd digest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SyncEnd.
             * @memberof patchtree.v1
             * @interface ISyncEnd
             * @augments patchtree.v1.SyncEnd.$Properties
             * @deprecated Use patchtree.v1.SyncEnd.$Properties instead.
             */

            /**
             * Shape of a SyncEnd.
             * @typedef {patchtree.v1.SyncEnd.$Properties} patchtree.v1.SyncEnd.$Shape
             */

            /**
             * Constructs a new SyncEnd.
             * @memberof patchtree.v1
             * @classdesc Represents a SyncEnd.
             * @constructor
             * @param {patchtree.v1.SyncEnd.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SyncEnd = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SyncEnd uptoSeq.
             * @member {number} uptoSeq
             * @memberof patchtree.v1.SyncEnd
             * @instance
             */
            SyncEnd.prototype.uptoSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SyncEnd digest.
             * @member {patchtree.v1.SetDigest.$Properties|null|undefined} digest
             * @memberof patchtree.v1.SyncEnd
             * @instance
             */
            SyncEnd.prototype.digest = null;

            /**
             * Creates a new SyncEnd instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.SyncEnd
             * @static
             * @param {patchtree.v1.SyncEnd.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.SyncEnd} SyncEnd instance
             * @type {{
             *   (properties: patchtree.v1.SyncEnd.$Shape): patchtree.v1.SyncEnd & patchtree.v1.SyncEnd.$Shape;
             *   (properties?: patchtree.v1.SyncEnd.$Properties): patchtree.v1.SyncEnd;
             * }}
             */
            SyncEnd.create = function(properties) {
                return new SyncEnd(properties);
            };

            /**
             * Encodes the specified SyncEnd message. Does not implicitly {@link patchtree.v1.SyncEnd.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.SyncEnd
             * @static
             * @param {patchtree.v1.SyncEnd.$Properties} message SyncEnd message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyncEnd.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.uptoSeq != null && $Object.hasOwnProperty.call(message, "uptoSeq") && (typeof message.uptoSeq === "object" ? message.uptoSeq.low || message.uptoSeq.high : message.uptoSeq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.uptoSeq);
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                    $root.patchtree.v1.SetDigest.encode(message.digest, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SyncEnd message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.SyncEnd
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.SyncEnd & patchtree.v1.SyncEnd.$Shape} SyncEnd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyncEnd.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.SyncEnd();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.uptoSeq = value;
                            else
                                delete message.uptoSeq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.digest = $root.patchtree.v1.SetDigest.decode(reader, reader.size(), $undefined, _depth + 1, message.digest);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SyncEnd message.
             * @function verify
             * @memberof patchtree.v1.SyncEnd
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SyncEnd.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.uptoSeq != null && $Object.hasOwnProperty.call(message, "uptoSeq"))
                    if (!$util.isInteger(message.uptoSeq) && !(message.uptoSeq && $util.isInteger(message.uptoSeq.low) && $util.isInteger(message.uptoSeq.high)))
                        return "uptoSeq: integer|Long expected";
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest")) {
                    let error = $root.patchtree.v1.SetDigest.verify(message.digest, _depth + 1);
                    if (error)
                        return "digest." + error;
                }
                return null;
            };

            /**
             * Creates a SyncEnd message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.SyncEnd
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.SyncEnd} SyncEnd
             */
            SyncEnd.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.SyncEnd)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.SyncEnd: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.SyncEnd();
                if (object.uptoSeq != null)
                    if (typeof object.uptoSeq === "object" ? object.uptoSeq.low || object.uptoSeq.high : $Number(object.uptoSeq) !== 0)
                        if ($util.Long)
                            message.uptoSeq = $util.Long.fromValue(object.uptoSeq, true);
                        else if (typeof object.uptoSeq === "string")
                            message.uptoSeq = $parseInt(object.uptoSeq, 10);
                        else if (typeof object.uptoSeq === "number")
                            message.uptoSeq = object.uptoSeq;
                        else if (typeof object.uptoSeq === "object")
                            message.uptoSeq = new $util.LongBits(object.uptoSeq.low >>> 0, object.uptoSeq.high >>> 0).toNumber(true);
                if (object.digest != null) {
                    if (!$util.isObject(object.digest))
                        throw $TypeError(".patchtree.v1.SyncEnd.digest: object expected");
                    message.digest = $root.patchtree.v1.SetDigest.fromObject(object.digest, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SyncEnd message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.SyncEnd
             * @static
             * @param {patchtree.v1.SyncEnd} message SyncEnd
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SyncEnd.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.uptoSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.uptoSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.digest = null;
                }
                if (message.uptoSeq != null && $Object.hasOwnProperty.call(message, "uptoSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.uptoSeq = typeof message.uptoSeq === "number" ? $BigInt(message.uptoSeq) : $util.Long.fromBits(message.uptoSeq.low >>> 0, message.uptoSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.uptoSeq === "number")
                        object.uptoSeq = options.longs === $String ? $String(message.uptoSeq) : message.uptoSeq;
                    else
                        object.uptoSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.uptoSeq) : options.longs === $Number ? new $util.LongBits(message.uptoSeq.low >>> 0, message.uptoSeq.high >>> 0).toNumber(true) : message.uptoSeq;
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                    object.digest = $root.patchtree.v1.SetDigest.toObject(message.digest, options, _depth + 1);
                return object;
            };

            /**
             * Converts this SyncEnd to JSON.
             * @function toJSON
             * @memberof patchtree.v1.SyncEnd
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SyncEnd.prototype.toJSON = function() {
                return SyncEnd.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SyncEnd
             * @function getTypeUrl
             * @memberof patchtree.v1.SyncEnd
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SyncEnd.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.SyncEnd";
            };

            return SyncEnd;
        })();

        v1.SyncError = (function() {

            /**
             * Properties of a SyncError.
             * @typedef {Object} patchtree.v1.SyncError.$Properties
             * @property {string|null} [code] SyncError code
             * @property {string|null} [message] SyncError message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SyncError.
             * @memberof patchtree.v1
             * @interface ISyncError
             * @augments patchtree.v1.SyncError.$Properties
             * @deprecated Use patchtree.v1.SyncError.$Properties instead.
             */

            /**
             * Shape of a SyncError.
             * @typedef {patchtree.v1.SyncError.$Properties} patchtree.v1.SyncError.$Shape
             */

            /**
             * Constructs a new SyncError.
             * @memberof patchtree.v1
             * @classdesc Represents a SyncError.
             * @constructor
             * @param {patchtree.v1.SyncError.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SyncError = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SyncError code.
             * @member {string} code
             * @memberof patchtree.v1.SyncError
             * @instance
             */
            SyncError.prototype.code = "";

            /**
             * SyncError message.
             * @member {string} message
             * @memberof patchtree.v1.SyncError
             * @instance
             */
            SyncError.prototype.message = "";

            /**
             * Creates a new SyncError instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.SyncError
             * @static
             * @param {patchtree.v1.SyncError.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.SyncError} SyncError instance
             * @type {{
             *   (properties: patchtree.v1.SyncError.$Shape): patchtree.v1.SyncError & patchtree.v1.SyncError.$Shape;
             *   (properties?: patchtree.v1.SyncError.$Properties): patchtree.v1.SyncError;
             * }}
             */
            SyncError.create = function(properties) {
                return new SyncError(properties);
            };

            /**
             * Encodes the specified SyncError message. Does not implicitly {@link patchtree.v1.SyncError.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.SyncError
             * @static
             * @param {patchtree.v1.SyncError.$Properties} message SyncError message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyncError.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SyncError message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.SyncError
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.SyncError & patchtree.v1.SyncError.$Shape} SyncError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyncError.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.SyncError();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SyncError message.
             * @function verify
             * @memberof patchtree.v1.SyncError
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SyncError.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            /**
             * Creates a SyncError message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.SyncError
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.SyncError} SyncError
             */
            SyncError.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.SyncError)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.SyncError: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.SyncError();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from a SyncError message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.SyncError
             * @static
             * @param {patchtree.v1.SyncError} message SyncError
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SyncError.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = "";
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this SyncError to JSON.
             * @function toJSON
             * @memberof patchtree.v1.SyncError
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SyncError.prototype.toJSON = function() {
                return SyncError.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SyncError
             * @function getTypeUrl
             * @memberof patchtree.v1.SyncError
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SyncError.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.SyncError";
            };

            return SyncError;
        })();

        v1.SyncFrame = (function() {

            /**
             * Properties of a SyncFrame.
             * @typedef {Object} patchtree.v1.SyncFrame.$Properties
             * @property {patchtree.v1.SyncStart.$Properties|null} [start] SyncFrame start
             * @property {patchtree.v1.SyncBatch.$Properties|null} [batch] SyncFrame batch
             * @property {patchtree.v1.SyncEnd.$Properties|null} [end] SyncFrame end
             * @property {patchtree.v1.SyncError.$Properties|null} [error] SyncFrame error
             * @property {patchtree.v1.Listing.$Properties|null} [listing] SyncFrame listing
             * @property {"start"|"batch"|"end"|"error"|"listing"} [frame] SyncFrame frame
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SyncFrame.
             * @memberof patchtree.v1
             * @interface ISyncFrame
             * @augments patchtree.v1.SyncFrame.$Properties
             * @deprecated Use patchtree.v1.SyncFrame.$Properties instead.
             */

            /**
             * Narrowed shape of a SyncFrame.
             * @typedef {{
             *   start?: patchtree.v1.SyncStart.$Shape|null;
             *   batch?: patchtree.v1.SyncBatch.$Shape|null;
             *   end?: patchtree.v1.SyncEnd.$Shape|null;
             *   error?: patchtree.v1.SyncError.$Shape|null;
             *   listing?: patchtree.v1.Listing.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ frame?: undefined; start?: null; batch?: null; end?: null; error?: null; listing?: null }|{ frame?: "start"; start: patchtree.v1.SyncStart.$Shape; batch?: null; end?: null; error?: null; listing?: null }|{ frame?: "batch"; start?: null; batch: patchtree.v1.SyncBatch.$Shape; end?: null; error?: null; listing?: null }|{ frame?: "end"; start?: null; batch?: null; end: patchtree.v1.SyncEnd.$Shape; error?: null; listing?: null }|{ frame?: "error"; start?: null; batch?: null; end?: null; error: patchtree.v1.SyncError.$Shape; listing?: null }|{ frame?: "listing"; start?: null; batch?: null; end?: null; error?: null; listing: patchtree.v1.Listing.$Shape })
             * )} patchtree.v1.SyncFrame.$Shape
             */

            /**
             * Constructs a new SyncFrame.
             * @memberof patchtree.v1
             * @classdesc Represents a SyncFrame.
             * @constructor
             * @param {patchtree.v1.SyncFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SyncFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SyncFrame start.
             * @member {patchtree.v1.SyncStart.$Properties|null|undefined} start
             * @memberof patchtree.v1.SyncFrame
             * @instance
             */
            SyncFrame.prototype.start = null;

            /**
             * SyncFrame batch.
             * @member {patchtree.v1.SyncBatch.$Properties|null|undefined} batch
             * @memberof patchtree.v1.SyncFrame
             * @instance
             */
            SyncFrame.prototype.batch = null;

            /**
             * SyncFrame end.
             * @member {patchtree.v1.SyncEnd.$Properties|null|undefined} end
             * @memberof patchtree.v1.SyncFrame
             * @instance
             */
            SyncFrame.prototype.end = null;

            /**
             * SyncFrame error.
             * @member {patchtree.v1.SyncError.$Properties|null|undefined} error
             * @memberof patchtree.v1.SyncFrame
             * @instance
             */
            SyncFrame.prototype.error = null;

            /**
             * SyncFrame listing.
             * @member {patchtree.v1.Listing.$Properties|null|undefined} listing
             * @memberof patchtree.v1.SyncFrame
             * @instance
             */
            SyncFrame.prototype.listing = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * SyncFrame frame.
             * @member {"start"|"batch"|"end"|"error"|"listing"|undefined} frame
             * @memberof patchtree.v1.SyncFrame
             * @instance
             */
            $Object.defineProperty(SyncFrame.prototype, "frame", {
                get: $util.oneOfGetter($oneOfFields = ["start", "batch", "end", "error", "listing"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SyncFrame instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.SyncFrame
             * @static
             * @param {patchtree.v1.SyncFrame.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.SyncFrame} SyncFrame instance
             * @type {{
             *   (properties: patchtree.v1.SyncFrame.$Shape): patchtree.v1.SyncFrame & patchtree.v1.SyncFrame.$Shape;
             *   (properties?: patchtree.v1.SyncFrame.$Properties): patchtree.v1.SyncFrame;
             * }}
             */
            SyncFrame.create = function(properties) {
                return new SyncFrame(properties);
            };

            /**
             * Encodes the specified SyncFrame message. Does not implicitly {@link patchtree.v1.SyncFrame.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.SyncFrame
             * @static
             * @param {patchtree.v1.SyncFrame.$Properties} message SyncFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyncFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    $root.patchtree.v1.SyncStart.encode(message.start, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.batch != null && $Object.hasOwnProperty.call(message, "batch"))
                    $root.patchtree.v1.SyncBatch.encode(message.batch, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    $root.patchtree.v1.SyncEnd.encode(message.end, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.patchtree.v1.SyncError.encode(message.error, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.listing != null && $Object.hasOwnProperty.call(message, "listing"))
                    $root.patchtree.v1.Listing.encode(message.listing, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SyncFrame message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.SyncFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.SyncFrame & patchtree.v1.SyncFrame.$Shape} SyncFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyncFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.SyncFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.start = $root.patchtree.v1.SyncStart.decode(reader, reader.size(), $undefined, _depth + 1, message.start);
                            message.frame = "start";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.batch = $root.patchtree.v1.SyncBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.batch);
                            message.frame = "batch";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.end = $root.patchtree.v1.SyncEnd.decode(reader, reader.size(), $undefined, _depth + 1, message.end);
                            message.frame = "end";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.patchtree.v1.SyncError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.frame = "error";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.listing = $root.patchtree.v1.Listing.decode(reader, reader.size(), $undefined, _depth + 1, message.listing);
                            message.frame = "listing";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SyncFrame message.
             * @function verify
             * @memberof patchtree.v1.SyncFrame
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SyncFrame.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.start != null && $Object.hasOwnProperty.call(message, "start")) {
                    properties.frame = 1;
                    {
                        let error = $root.patchtree.v1.SyncStart.verify(message.start, _depth + 1);
                        if (error)
                            return "start." + error;
                    }
                }
                if (message.batch != null && $Object.hasOwnProperty.call(message, "batch")) {
                    if (properties.frame === 1)
                        return "frame: multiple values";
                    properties.frame = 1;
                    {
                        let error = $root.patchtree.v1.SyncBatch.verify(message.batch, _depth + 1);
                        if (error)
                            return "batch." + error;
                    }
                }
                if (message.end != null && $Object.hasOwnProperty.call(message, "end")) {
                    if (properties.frame === 1)
                        return "frame: multiple values";
                    properties.frame = 1;
                    {
                        let error = $root.patchtree.v1.SyncEnd.verify(message.end, _depth + 1);
                        if (error)
                            return "end." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    if (properties.frame === 1)
                        return "frame: multiple values";
                    properties.frame = 1;
                    {
                        let error = $root.patchtree.v1.SyncError.verify(message.error, _depth + 1);
                        if (error)
                            return "error." + error;
                    }
                }
                if (message.listing != null && $Object.hasOwnProperty.call(message, "listing")) {
                    if (properties.frame === 1)
                        return "frame: multiple values";
                    properties.frame = 1;
                    {
                        let error = $root.patchtree.v1.Listing.verify(message.listing, _depth + 1);
                        if (error)
                            return "listing." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a SyncFrame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.SyncFrame
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.SyncFrame} SyncFrame
             */
            SyncFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.SyncFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.SyncFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.SyncFrame();
                if (object.start != null) {
                    if (!$util.isObject(object.start))
                        throw $TypeError(".patchtree.v1.SyncFrame.start: object expected");
                    message.start = $root.patchtree.v1.SyncStart.fromObject(object.start, _depth + 1);
                }
                if (object.batch != null) {
                    if (!$util.isObject(object.batch))
                        throw $TypeError(".patchtree.v1.SyncFrame.batch: object expected");
                    message.batch = $root.patchtree.v1.SyncBatch.fromObject(object.batch, _depth + 1);
                }
                if (object.end != null) {
                    if (!$util.isObject(object.end))
                        throw $TypeError(".patchtree.v1.SyncFrame.end: object expected");
                    message.end = $root.patchtree.v1.SyncEnd.fromObject(object.end, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".patchtree.v1.SyncFrame.error: object expected");
                    message.error = $root.patchtree.v1.SyncError.fromObject(object.error, _depth + 1);
                }
                if (object.listing != null) {
                    if (!$util.isObject(object.listing))
                        throw $TypeError(".patchtree.v1.SyncFrame.listing: object expected");
                    message.listing = $root.patchtree.v1.Listing.fromObject(object.listing, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SyncFrame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.SyncFrame
             * @static
             * @param {patchtree.v1.SyncFrame} message SyncFrame
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SyncFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.start != null && $Object.hasOwnProperty.call(message, "start")) {
                    object.start = $root.patchtree.v1.SyncStart.toObject(message.start, options, _depth + 1);
                    if (options.oneofs)
                        object.frame = "start";
                }
                if (message.batch != null && $Object.hasOwnProperty.call(message, "batch")) {
                    object.batch = $root.patchtree.v1.SyncBatch.toObject(message.batch, options, _depth + 1);
                    if (options.oneofs)
                        object.frame = "batch";
                }
                if (message.end != null && $Object.hasOwnProperty.call(message, "end")) {
                    object.end = $root.patchtree.v1.SyncEnd.toObject(message.end, options, _depth + 1);
                    if (options.oneofs)
                        object.frame = "end";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.patchtree.v1.SyncError.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.frame = "error";
                }
                if (message.listing != null && $Object.hasOwnProperty.call(message, "listing")) {
                    object.listing = $root.patchtree.v1.Listing.toObject(message.listing, options, _depth + 1);
                    if (options.oneofs)
                        object.frame = "listing";
                }
                return object;
            };

            /**
             * Converts this SyncFrame to JSON.
             * @function toJSON
             * @memberof patchtree.v1.SyncFrame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SyncFrame.prototype.toJSON = function() {
                return SyncFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SyncFrame
             * @function getTypeUrl
             * @memberof patchtree.v1.SyncFrame
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SyncFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.SyncFrame";
            };

            return SyncFrame;
        })();

        v1.VerifyRequest = (function() {

            /**
             * Properties of a VerifyRequest.
             * @typedef {Object} patchtree.v1.VerifyRequest.$Properties
             * @property {number|null} [protocolVersion] VerifyRequest protocolVersion
             * @property {string|null} [childId] VerifyRequest childId
             * @property {patchtree.v1.Rule|null} [rule] VerifyRequest rule
             * @property {Array.<string>|null} [languages] VerifyRequest languages
             * @property {Array.<string>|null} [keys] VerifyRequest keys
             * @property {Array.<string>|null} [policyIds] VerifyRequest policyIds
             * @property {number|null} [samplePercent] VerifyRequest samplePercent
             * @property {number|null} [samplePerMillion] VerifyRequest samplePerMillion
             * @property {string|null} [pageAfter] VerifyRequest pageAfter
             * @property {number|null} [pageLimit] VerifyRequest pageLimit
             * @property {number|null} [viewId] VerifyRequest viewId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VerifyRequest.
             * @memberof patchtree.v1
             * @interface IVerifyRequest
             * @augments patchtree.v1.VerifyRequest.$Properties
             * @deprecated Use patchtree.v1.VerifyRequest.$Properties instead.
             */

            /**
             * Shape of a VerifyRequest.
             * @typedef {patchtree.v1.VerifyRequest.$Properties} patchtree.v1.VerifyRequest.$Shape
             */

            /**
             * Constructs a new VerifyRequest.
             * @memberof patchtree.v1
             * @classdesc Represents a VerifyRequest.
             * @constructor
             * @param {patchtree.v1.VerifyRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VerifyRequest = function (properties) {
                this.languages = [];
                this.keys = [];
                this.policyIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VerifyRequest protocolVersion.
             * @member {number} protocolVersion
             * @memberof patchtree.v1.VerifyRequest
             * @instance
             */
            VerifyRequest.prototype.protocolVersion = 0;

            /**
             * VerifyRequest childId.
             * @member {string} childId
             * @memberof patchtree.v1.VerifyRequest
             * @instance
             */
            VerifyRequest.prototype.childId = "";

            /**
             * VerifyRequest rule.
             * @member {patchtree.v1.Rule} rule
             * @memberof patchtree.v1.VerifyRequest
             * @instance
             */
            VerifyRequest.prototype.rule = 0;

            /**
             * VerifyRequest languages.
             * @member {Array.<string>} languages
             * @memberof patchtree.v1.VerifyRequest
             * @instance
             */
            VerifyRequest.prototype.languages = $util.emptyArray;

            /**
             * VerifyRequest keys.
             * @member {Array.<string>} keys
             * @memberof patchtree.v1.VerifyRequest
             * @instance
             */
            VerifyRequest.prototype.keys = $util.emptyArray;

            /**
             * VerifyRequest policyIds.
             * @member {Array.<string>} policyIds
             * @memberof patchtree.v1.VerifyRequest
             * @instance
             */
            VerifyRequest.prototype.policyIds = $util.emptyArray;

            /**
             * VerifyRequest samplePercent.
             * @member {number} samplePercent
             * @memberof patchtree.v1.VerifyRequest
             * @instance
             */
            VerifyRequest.prototype.samplePercent = 0;

            /**
             * VerifyRequest samplePerMillion.
             * @member {number} samplePerMillion
             * @memberof patchtree.v1.VerifyRequest
             * @instance
             */
            VerifyRequest.prototype.samplePerMillion = 0;

            /**
             * VerifyRequest pageAfter.
             * @member {string} pageAfter
             * @memberof patchtree.v1.VerifyRequest
             * @instance
             */
            VerifyRequest.prototype.pageAfter = "";

            /**
             * VerifyRequest pageLimit.
             * @member {number} pageLimit
             * @memberof patchtree.v1.VerifyRequest
             * @instance
             */
            VerifyRequest.prototype.pageLimit = 0;

            /**
             * VerifyRequest viewId.
             * @member {number} viewId
             * @memberof patchtree.v1.VerifyRequest
             * @instance
             */
            VerifyRequest.prototype.viewId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new VerifyRequest instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.VerifyRequest
             * @static
             * @param {patchtree.v1.VerifyRequest.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.VerifyRequest} VerifyRequest instance
             * @type {{
             *   (properties: patchtree.v1.VerifyRequest.$Shape): patchtree.v1.VerifyRequest & patchtree.v1.VerifyRequest.$Shape;
             *   (properties?: patchtree.v1.VerifyRequest.$Properties): patchtree.v1.VerifyRequest;
             * }}
             */
            VerifyRequest.create = function(properties) {
                return new VerifyRequest(properties);
            };

            /**
             * Encodes the specified VerifyRequest message. Does not implicitly {@link patchtree.v1.VerifyRequest.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.VerifyRequest
             * @static
             * @param {patchtree.v1.VerifyRequest.$Properties} message VerifyRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VerifyRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.childId != null && $Object.hasOwnProperty.call(message, "childId") && message.childId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.childId);
                if (message.rule != null && $Object.hasOwnProperty.call(message, "rule") && message.rule !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.rule);
                if (message.languages != null && message.languages.length)
                    for (let i = 0; i < message.languages.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.languages[i]);
                if (message.keys != null && message.keys.length)
                    for (let i = 0; i < message.keys.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.keys[i]);
                if (message.policyIds != null && message.policyIds.length)
                    for (let i = 0; i < message.policyIds.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.policyIds[i]);
                if (message.samplePercent != null && $Object.hasOwnProperty.call(message, "samplePercent") && message.samplePercent !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.samplePercent);
                if (message.samplePerMillion != null && $Object.hasOwnProperty.call(message, "samplePerMillion") && message.samplePerMillion !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.samplePerMillion);
                if (message.pageAfter != null && $Object.hasOwnProperty.call(message, "pageAfter") && message.pageAfter !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.pageAfter);
                if (message.pageLimit != null && $Object.hasOwnProperty.call(message, "pageLimit") && message.pageLimit !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.pageLimit);
                if (message.viewId != null && $Object.hasOwnProperty.call(message, "viewId") && (typeof message.viewId === "object" ? message.viewId.low || message.viewId.high : message.viewId !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.viewId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VerifyRequest message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.VerifyRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.VerifyRequest & patchtree.v1.VerifyRequest.$Shape} VerifyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VerifyRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.VerifyRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.childId = value;
                            else
                                delete message.childId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.rule = value;
                            else
                                delete message.rule;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.languages && message.languages.length))
                                message.languages = [];
                            message.languages.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.keys && message.keys.length))
                                message.keys = [];
                            message.keys.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.policyIds && message.policyIds.length))
                                message.policyIds = [];
                            message.policyIds.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.samplePercent = value;
                            else
                                delete message.samplePercent;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.samplePerMillion = value;
                            else
                                delete message.samplePerMillion;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.pageAfter = value;
                            else
                                delete message.pageAfter;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pageLimit = value;
                            else
                                delete message.pageLimit;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.viewId = value;
                            else
                                delete message.viewId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a VerifyRequest message.
             * @function verify
             * @memberof patchtree.v1.VerifyRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VerifyRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                if (message.childId != null && $Object.hasOwnProperty.call(message, "childId"))
                    if (!$util.isString(message.childId))
                        return "childId: string expected";
                if (message.rule != null && $Object.hasOwnProperty.call(message, "rule"))
                    if (typeof message.rule !== "number" || (message.rule | 0) !== message.rule)
                        return "rule: enum value expected";
                if (message.languages != null && $Object.hasOwnProperty.call(message, "languages")) {
                    if (!$Array.isArray(message.languages))
                        return "languages: array expected";
                    for (let i = 0; i < message.languages.length; ++i)
                        if (!$util.isString(message.languages[i]))
                            return "languages: string[] expected";
                }
                if (message.keys != null && $Object.hasOwnProperty.call(message, "keys")) {
                    if (!$Array.isArray(message.keys))
                        return "keys: array expected";
                    for (let i = 0; i < message.keys.length; ++i)
                        if (!$util.isString(message.keys[i]))
                            return "keys: string[] expected";
                }
                if (message.policyIds != null && $Object.hasOwnProperty.call(message, "policyIds")) {
                    if (!$Array.isArray(message.policyIds))
                        return "policyIds: array expected";
                    for (let i = 0; i < message.policyIds.length; ++i)
                        if (!$util.isString(message.policyIds[i]))
                            return "policyIds: string[] expected";
                }
                if (message.samplePercent != null && $Object.hasOwnProperty.call(message, "samplePercent"))
                    if (!$util.isInteger(message.samplePercent))
                        return "samplePercent: integer expected";
                if (message.samplePerMillion != null && $Object.hasOwnProperty.call(message, "samplePerMillion"))
                    if (!$util.isInteger(message.samplePerMillion))
                        return "samplePerMillion: integer expected";
                if (message.pageAfter != null && $Object.hasOwnProperty.call(message, "pageAfter"))
                    if (!$util.isString(message.pageAfter))
                        return "pageAfter: string expected";
                if (message.pageLimit != null && $Object.hasOwnProperty.call(message, "pageLimit"))
                    if (!$util.isInteger(message.pageLimit))
                        return "pageLimit: integer expected";
                if (message.viewId != null && $Object.hasOwnProperty.call(message, "viewId"))
                    if (!$util.isInteger(message.viewId) && !(message.viewId && $util.isInteger(message.viewId.low) && $util.isInteger(message.viewId.high)))
                        return "viewId: integer|Long expected";
                return null;
            };

            /**
             * Creates a VerifyRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.VerifyRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.VerifyRequest} VerifyRequest
             */
            VerifyRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.VerifyRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.VerifyRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.VerifyRequest();
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.childId != null)
                    if (typeof object.childId !== "string" || object.childId.length)
                        message.childId = $String(object.childId);
                if (object.rule !== 0 && (typeof object.rule !== "string" || $root.patchtree.v1.Rule[object.rule] !== 0))
                    switch (object.rule) {
                    case "RULE_UNSPECIFIED":
                    case 0:
                        message.rule = 0;
                        break;
                    case "RULE_CATALOG":
                    case 1:
                        message.rule = 1;
                        break;
                    case "RULE_POLICIES":
                    case 2:
                        message.rule = 2;
                        break;
                    case "RULE_CONTENT":
                    case 3:
                        message.rule = 3;
                        break;
                    default:
                        if (typeof object.rule === "number" && (object.rule | 0) === object.rule)
                            message.rule = object.rule;
                    }
                if (object.languages) {
                    if (!$Array.isArray(object.languages))
                        throw $TypeError(".patchtree.v1.VerifyRequest.languages: array expected");
                    message.languages = $Array(object.languages.length);
                    for (let i = 0; i < object.languages.length; ++i)
                        message.languages[i] = $String(object.languages[i]);
                }
                if (object.keys) {
                    if (!$Array.isArray(object.keys))
                        throw $TypeError(".patchtree.v1.VerifyRequest.keys: array expected");
                    message.keys = $Array(object.keys.length);
                    for (let i = 0; i < object.keys.length; ++i)
                        message.keys[i] = $String(object.keys[i]);
                }
                if (object.policyIds) {
                    if (!$Array.isArray(object.policyIds))
                        throw $TypeError(".patchtree.v1.VerifyRequest.policyIds: array expected");
                    message.policyIds = $Array(object.policyIds.length);
                    for (let i = 0; i < object.policyIds.length; ++i)
                        message.policyIds[i] = $String(object.policyIds[i]);
                }
                if (object.samplePercent != null)
                    if ($Number(object.samplePercent) !== 0)
                        message.samplePercent = object.samplePercent >>> 0;
                if (object.samplePerMillion != null)
                    if ($Number(object.samplePerMillion) !== 0)
                        message.samplePerMillion = object.samplePerMillion >>> 0;
                if (object.pageAfter != null)
                    if (typeof object.pageAfter !== "string" || object.pageAfter.length)
                        message.pageAfter = $String(object.pageAfter);
                if (object.pageLimit != null)
                    if ($Number(object.pageLimit) !== 0)
                        message.pageLimit = object.pageLimit >>> 0;
                if (object.viewId != null)
                    if (typeof object.viewId === "object" ? object.viewId.low || object.viewId.high : $Number(object.viewId) !== 0)
                        if ($util.Long)
                            message.viewId = $util.Long.fromValue(object.viewId, true);
                        else if (typeof object.viewId === "string")
                            message.viewId = $parseInt(object.viewId, 10);
                        else if (typeof object.viewId === "number")
                            message.viewId = object.viewId;
                        else if (typeof object.viewId === "object")
                            message.viewId = new $util.LongBits(object.viewId.low >>> 0, object.viewId.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a VerifyRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.VerifyRequest
             * @static
             * @param {patchtree.v1.VerifyRequest} message VerifyRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VerifyRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.languages = [];
                    object.keys = [];
                    object.policyIds = [];
                }
                if (options.defaults) {
                    object.protocolVersion = 0;
                    object.childId = "";
                    object.rule = options.enums === $String ? "RULE_UNSPECIFIED" : 0;
                    object.samplePercent = 0;
                    object.samplePerMillion = 0;
                    object.pageAfter = "";
                    object.pageLimit = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.viewId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.viewId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.childId != null && $Object.hasOwnProperty.call(message, "childId"))
                    object.childId = message.childId;
                if (message.rule != null && $Object.hasOwnProperty.call(message, "rule"))
                    object.rule = options.enums === $String ? $root.patchtree.v1.Rule[message.rule] === $undefined ? message.rule : $root.patchtree.v1.Rule[message.rule] : message.rule;
                if (message.languages && message.languages.length) {
                    object.languages = $Array(message.languages.length);
                    for (let j = 0; j < message.languages.length; ++j)
                        object.languages[j] = message.languages[j];
                }
                if (message.keys && message.keys.length) {
                    object.keys = $Array(message.keys.length);
                    for (let j = 0; j < message.keys.length; ++j)
                        object.keys[j] = message.keys[j];
                }
                if (message.policyIds && message.policyIds.length) {
                    object.policyIds = $Array(message.policyIds.length);
                    for (let j = 0; j < message.policyIds.length; ++j)
                        object.policyIds[j] = message.policyIds[j];
                }
                if (message.samplePercent != null && $Object.hasOwnProperty.call(message, "samplePercent"))
                    object.samplePercent = message.samplePercent;
                if (message.samplePerMillion != null && $Object.hasOwnProperty.call(message, "samplePerMillion"))
                    object.samplePerMillion = message.samplePerMillion;
                if (message.pageAfter != null && $Object.hasOwnProperty.call(message, "pageAfter"))
                    object.pageAfter = message.pageAfter;
                if (message.pageLimit != null && $Object.hasOwnProperty.call(message, "pageLimit"))
                    object.pageLimit = message.pageLimit;
                if (message.viewId != null && $Object.hasOwnProperty.call(message, "viewId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.viewId = typeof message.viewId === "number" ? $BigInt(message.viewId) : $util.Long.fromBits(message.viewId.low >>> 0, message.viewId.high >>> 0, true).toBigInt();
                    else if (typeof message.viewId === "number")
                        object.viewId = options.longs === $String ? $String(message.viewId) : message.viewId;
                    else
                        object.viewId = options.longs === $String ? $util.Long.prototype.toString.call(message.viewId) : options.longs === $Number ? new $util.LongBits(message.viewId.low >>> 0, message.viewId.high >>> 0).toNumber(true) : message.viewId;
                return object;
            };

            /**
             * Converts this VerifyRequest to JSON.
             * @function toJSON
             * @memberof patchtree.v1.VerifyRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VerifyRequest.prototype.toJSON = function() {
                return VerifyRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VerifyRequest
             * @function getTypeUrl
             * @memberof patchtree.v1.VerifyRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VerifyRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.VerifyRequest";
            };

            return VerifyRequest;
        })();

        v1.KeyHash = (function() {

            /**
             * Properties of a KeyHash.
             * @typedef {Object} patchtree.v1.KeyHash.$Properties
             * @property {string|null} [key] KeyHash key
             * @property {string|null} [hash] KeyHash hash
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KeyHash.
             * @memberof patchtree.v1
             * @interface IKeyHash
             * @augments patchtree.v1.KeyHash.$Properties
             * @deprecated Use patchtree.v1.KeyHash.$Properties instead.
             */

            /**
             * Shape of a KeyHash.
             * @typedef {patchtree.v1.KeyHash.$Properties} patchtree.v1.KeyHash.$Shape
             */

            /**
             * Constructs a new KeyHash.
             * @memberof patchtree.v1
             * @classdesc Represents a KeyHash.
             * @constructor
             * @param {patchtree.v1.KeyHash.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KeyHash = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * KeyHash key.
             * @member {string} key
             * @memberof patchtree.v1.KeyHash
             * @instance
             */
            KeyHash.prototype.key = "";

            /**
             * KeyHash hash.
             * @member {string} hash
             * @memberof patchtree.v1.KeyHash
             * @instance
             */
            KeyHash.prototype.hash = "";

            /**
             * Creates a new KeyHash instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.KeyHash
             * @static
             * @param {patchtree.v1.KeyHash.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.KeyHash} KeyHash instance
             * @type {{
             *   (properties: patchtree.v1.KeyHash.$Shape): patchtree.v1.KeyHash & patchtree.v1.KeyHash.$Shape;
             *   (properties?: patchtree.v1.KeyHash.$Properties): patchtree.v1.KeyHash;
             * }}
             */
            KeyHash.create = function(properties) {
                return new KeyHash(properties);
            };

            /**
             * Encodes the specified KeyHash message. Does not implicitly {@link patchtree.v1.KeyHash.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.KeyHash
             * @static
             * @param {patchtree.v1.KeyHash.$Properties} message KeyHash message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeyHash.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.hash);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a KeyHash message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.KeyHash
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.KeyHash & patchtree.v1.KeyHash.$Shape} KeyHash
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeyHash.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.KeyHash();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hash = value;
                            else
                                delete message.hash;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a KeyHash message.
             * @function verify
             * @memberof patchtree.v1.KeyHash
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            KeyHash.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    if (!$util.isString(message.key))
                        return "key: string expected";
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                    if (!$util.isString(message.hash))
                        return "hash: string expected";
                return null;
            };

            /**
             * Creates a KeyHash message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.KeyHash
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.KeyHash} KeyHash
             */
            KeyHash.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.KeyHash)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.KeyHash: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.KeyHash();
                if (object.key != null)
                    if (typeof object.key !== "string" || object.key.length)
                        message.key = $String(object.key);
                if (object.hash != null)
                    if (typeof object.hash !== "string" || object.hash.length)
                        message.hash = $String(object.hash);
                return message;
            };

            /**
             * Creates a plain object from a KeyHash message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.KeyHash
             * @static
             * @param {patchtree.v1.KeyHash} message KeyHash
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KeyHash.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.key = "";
                    object.hash = "";
                }
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = message.key;
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                    object.hash = message.hash;
                return object;
            };

            /**
             * Converts this KeyHash to JSON.
             * @function toJSON
             * @memberof patchtree.v1.KeyHash
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KeyHash.prototype.toJSON = function() {
                return KeyHash.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for KeyHash
             * @function getTypeUrl
             * @memberof patchtree.v1.KeyHash
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KeyHash.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.KeyHash";
            };

            return KeyHash;
        })();

        v1.VerifyResponse = (function() {

            /**
             * Properties of a VerifyResponse.
             * @typedef {Object} patchtree.v1.VerifyResponse.$Properties
             * @property {Array.<patchtree.v1.KeyHash.$Properties>|null} [hashes] VerifyResponse hashes
             * @property {string|null} [nextPageAfter] VerifyResponse nextPageAfter
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VerifyResponse.
             * @memberof patchtree.v1
             * @interface IVerifyResponse
             * @augments patchtree.v1.VerifyResponse.$Properties
             * @deprecated Use patchtree.v1.VerifyResponse.$Properties instead.
             */

            /**
             * Shape of a VerifyResponse.
             * @typedef {patchtree.v1.VerifyResponse.$Properties} patchtree.v1.VerifyResponse.$Shape
             */

            /**
             * Constructs a new VerifyResponse.
             * @memberof patchtree.v1
             * @classdesc Represents a VerifyResponse.
             * @constructor
             * @param {patchtree.v1.VerifyResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VerifyResponse = function (properties) {
                this.hashes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VerifyResponse hashes.
             * @member {Array.<patchtree.v1.KeyHash.$Properties>} hashes
             * @memberof patchtree.v1.VerifyResponse
             * @instance
             */
            VerifyResponse.prototype.hashes = $util.emptyArray;

            /**
             * VerifyResponse nextPageAfter.
             * @member {string} nextPageAfter
             * @memberof patchtree.v1.VerifyResponse
             * @instance
             */
            VerifyResponse.prototype.nextPageAfter = "";

            /**
             * Creates a new VerifyResponse instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.VerifyResponse
             * @static
             * @param {patchtree.v1.VerifyResponse.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.VerifyResponse} VerifyResponse instance
             * @type {{
             *   (properties: patchtree.v1.VerifyResponse.$Shape): patchtree.v1.VerifyResponse & patchtree.v1.VerifyResponse.$Shape;
             *   (properties?: patchtree.v1.VerifyResponse.$Properties): patchtree.v1.VerifyResponse;
             * }}
             */
            VerifyResponse.create = function(properties) {
                return new VerifyResponse(properties);
            };

            /**
             * Encodes the specified VerifyResponse message. Does not implicitly {@link patchtree.v1.VerifyResponse.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.VerifyResponse
             * @static
             * @param {patchtree.v1.VerifyResponse.$Properties} message VerifyResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VerifyResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hashes != null && message.hashes.length)
                    for (let i = 0; i < message.hashes.length; ++i)
                        $root.patchtree.v1.KeyHash.encode(message.hashes[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.nextPageAfter != null && $Object.hasOwnProperty.call(message, "nextPageAfter") && message.nextPageAfter !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.nextPageAfter);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VerifyResponse message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.VerifyResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.VerifyResponse & patchtree.v1.VerifyResponse.$Shape} VerifyResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VerifyResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.VerifyResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.hashes && message.hashes.length))
                                message.hashes = [];
                            message.hashes.push($root.patchtree.v1.KeyHash.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nextPageAfter = value;
                            else
                                delete message.nextPageAfter;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a VerifyResponse message.
             * @function verify
             * @memberof patchtree.v1.VerifyResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VerifyResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.hashes != null && $Object.hasOwnProperty.call(message, "hashes")) {
                    if (!$Array.isArray(message.hashes))
                        return "hashes: array expected";
                    for (let i = 0; i < message.hashes.length; ++i) {
                        let error = $root.patchtree.v1.KeyHash.verify(message.hashes[i], _depth + 1);
                        if (error)
                            return "hashes." + error;
                    }
                }
                if (message.nextPageAfter != null && $Object.hasOwnProperty.call(message, "nextPageAfter"))
                    if (!$util.isString(message.nextPageAfter))
                        return "nextPageAfter: string expected";
                return null;
            };

            /**
             * Creates a VerifyResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.VerifyResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.VerifyResponse} VerifyResponse
             */
            VerifyResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.VerifyResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.VerifyResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.VerifyResponse();
                if (object.hashes) {
                    if (!$Array.isArray(object.hashes))
                        throw $TypeError(".patchtree.v1.VerifyResponse.hashes: array expected");
                    message.hashes = $Array(object.hashes.length);
                    for (let i = 0; i < object.hashes.length; ++i) {
                        if (!$util.isObject(object.hashes[i]))
                            throw $TypeError(".patchtree.v1.VerifyResponse.hashes: object expected");
                        message.hashes[i] = $root.patchtree.v1.KeyHash.fromObject(object.hashes[i], _depth + 1);
                    }
                }
                if (object.nextPageAfter != null)
                    if (typeof object.nextPageAfter !== "string" || object.nextPageAfter.length)
                        message.nextPageAfter = $String(object.nextPageAfter);
                return message;
            };

            /**
             * Creates a plain object from a VerifyResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.VerifyResponse
             * @static
             * @param {patchtree.v1.VerifyResponse} message VerifyResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VerifyResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.hashes = [];
                if (options.defaults)
                    object.nextPageAfter = "";
                if (message.hashes && message.hashes.length) {
                    object.hashes = $Array(message.hashes.length);
                    for (let j = 0; j < message.hashes.length; ++j)
                        object.hashes[j] = $root.patchtree.v1.KeyHash.toObject(message.hashes[j], options, _depth + 1);
                }
                if (message.nextPageAfter != null && $Object.hasOwnProperty.call(message, "nextPageAfter"))
                    object.nextPageAfter = message.nextPageAfter;
                return object;
            };

            /**
             * Converts this VerifyResponse to JSON.
             * @function toJSON
             * @memberof patchtree.v1.VerifyResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VerifyResponse.prototype.toJSON = function() {
                return VerifyResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VerifyResponse
             * @function getTypeUrl
             * @memberof patchtree.v1.VerifyResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VerifyResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.VerifyResponse";
            };

            return VerifyResponse;
        })();

        v1.FetchRequest = (function() {

            /**
             * Properties of a FetchRequest.
             * @typedef {Object} patchtree.v1.FetchRequest.$Properties
             * @property {number|null} [protocolVersion] FetchRequest protocolVersion
             * @property {string|null} [childId] FetchRequest childId
             * @property {patchtree.v1.Rule|null} [rule] FetchRequest rule
             * @property {Array.<string>|null} [languages] FetchRequest languages
             * @property {Array.<string>|null} [keys] FetchRequest keys
             * @property {Array.<string>|null} [policyIds] FetchRequest policyIds
             * @property {number|null} [viewId] FetchRequest viewId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FetchRequest.
             * @memberof patchtree.v1
             * @interface IFetchRequest
             * @augments patchtree.v1.FetchRequest.$Properties
             * @deprecated Use patchtree.v1.FetchRequest.$Properties instead.
             */

            /**
             * Shape of a FetchRequest.
             * @typedef {patchtree.v1.FetchRequest.$Properties} patchtree.v1.FetchRequest.$Shape
             */

            /**
             * Constructs a new FetchRequest.
             * @memberof patchtree.v1
             * @classdesc Represents a FetchRequest.
             * @constructor
             * @param {patchtree.v1.FetchRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FetchRequest = function (properties) {
                this.languages = [];
                this.keys = [];
                this.policyIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FetchRequest protocolVersion.
             * @member {number} protocolVersion
             * @memberof patchtree.v1.FetchRequest
             * @instance
             */
            FetchRequest.prototype.protocolVersion = 0;

            /**
             * FetchRequest childId.
             * @member {string} childId
             * @memberof patchtree.v1.FetchRequest
             * @instance
             */
            FetchRequest.prototype.childId = "";

            /**
             * FetchRequest rule.
             * @member {patchtree.v1.Rule} rule
             * @memberof patchtree.v1.FetchRequest
             * @instance
             */
            FetchRequest.prototype.rule = 0;

            /**
             * FetchRequest languages.
             * @member {Array.<string>} languages
             * @memberof patchtree.v1.FetchRequest
             * @instance
             */
            FetchRequest.prototype.languages = $util.emptyArray;

            /**
             * FetchRequest keys.
             * @member {Array.<string>} keys
             * @memberof patchtree.v1.FetchRequest
             * @instance
             */
            FetchRequest.prototype.keys = $util.emptyArray;

            /**
             * FetchRequest policyIds.
             * @member {Array.<string>} policyIds
             * @memberof patchtree.v1.FetchRequest
             * @instance
             */
            FetchRequest.prototype.policyIds = $util.emptyArray;

            /**
             * FetchRequest viewId.
             * @member {number} viewId
             * @memberof patchtree.v1.FetchRequest
             * @instance
             */
            FetchRequest.prototype.viewId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new FetchRequest instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.FetchRequest
             * @static
             * @param {patchtree.v1.FetchRequest.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.FetchRequest} FetchRequest instance
             * @type {{
             *   (properties: patchtree.v1.FetchRequest.$Shape): patchtree.v1.FetchRequest & patchtree.v1.FetchRequest.$Shape;
             *   (properties?: patchtree.v1.FetchRequest.$Properties): patchtree.v1.FetchRequest;
             * }}
             */
            FetchRequest.create = function(properties) {
                return new FetchRequest(properties);
            };

            /**
             * Encodes the specified FetchRequest message. Does not implicitly {@link patchtree.v1.FetchRequest.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.FetchRequest
             * @static
             * @param {patchtree.v1.FetchRequest.$Properties} message FetchRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FetchRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.childId != null && $Object.hasOwnProperty.call(message, "childId") && message.childId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.childId);
                if (message.rule != null && $Object.hasOwnProperty.call(message, "rule") && message.rule !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.rule);
                if (message.languages != null && message.languages.length)
                    for (let i = 0; i < message.languages.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.languages[i]);
                if (message.keys != null && message.keys.length)
                    for (let i = 0; i < message.keys.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.keys[i]);
                if (message.policyIds != null && message.policyIds.length)
                    for (let i = 0; i < message.policyIds.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.policyIds[i]);
                if (message.viewId != null && $Object.hasOwnProperty.call(message, "viewId") && (typeof message.viewId === "object" ? message.viewId.low || message.viewId.high : message.viewId !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.viewId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FetchRequest message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.FetchRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.FetchRequest & patchtree.v1.FetchRequest.$Shape} FetchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FetchRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.FetchRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.childId = value;
                            else
                                delete message.childId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.rule = value;
                            else
                                delete message.rule;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.languages && message.languages.length))
                                message.languages = [];
                            message.languages.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.keys && message.keys.length))
                                message.keys = [];
                            message.keys.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.policyIds && message.policyIds.length))
                                message.policyIds = [];
                            message.policyIds.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.viewId = value;
                            else
                                delete message.viewId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a FetchRequest message.
             * @function verify
             * @memberof patchtree.v1.FetchRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FetchRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                if (message.childId != null && $Object.hasOwnProperty.call(message, "childId"))
                    if (!$util.isString(message.childId))
                        return "childId: string expected";
                if (message.rule != null && $Object.hasOwnProperty.call(message, "rule"))
                    if (typeof message.rule !== "number" || (message.rule | 0) !== message.rule)
                        return "rule: enum value expected";
                if (message.languages != null && $Object.hasOwnProperty.call(message, "languages")) {
                    if (!$Array.isArray(message.languages))
                        return "languages: array expected";
                    for (let i = 0; i < message.languages.length; ++i)
                        if (!$util.isString(message.languages[i]))
                            return "languages: string[] expected";
                }
                if (message.keys != null && $Object.hasOwnProperty.call(message, "keys")) {
                    if (!$Array.isArray(message.keys))
                        return "keys: array expected";
                    for (let i = 0; i < message.keys.length; ++i)
                        if (!$util.isString(message.keys[i]))
                            return "keys: string[] expected";
                }
                if (message.policyIds != null && $Object.hasOwnProperty.call(message, "policyIds")) {
                    if (!$Array.isArray(message.policyIds))
                        return "policyIds: array expected";
                    for (let i = 0; i < message.policyIds.length; ++i)
                        if (!$util.isString(message.policyIds[i]))
                            return "policyIds: string[] expected";
                }
                if (message.viewId != null && $Object.hasOwnProperty.call(message, "viewId"))
                    if (!$util.isInteger(message.viewId) && !(message.viewId && $util.isInteger(message.viewId.low) && $util.isInteger(message.viewId.high)))
                        return "viewId: integer|Long expected";
                return null;
            };

            /**
             * Creates a FetchRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.FetchRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.FetchRequest} FetchRequest
             */
            FetchRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.FetchRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.FetchRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.FetchRequest();
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.childId != null)
                    if (typeof object.childId !== "string" || object.childId.length)
                        message.childId = $String(object.childId);
                if (object.rule !== 0 && (typeof object.rule !== "string" || $root.patchtree.v1.Rule[object.rule] !== 0))
                    switch (object.rule) {
                    case "RULE_UNSPECIFIED":
                    case 0:
                        message.rule = 0;
                        break;
                    case "RULE_CATALOG":
                    case 1:
                        message.rule = 1;
                        break;
                    case "RULE_POLICIES":
                    case 2:
                        message.rule = 2;
                        break;
                    case "RULE_CONTENT":
                    case 3:
                        message.rule = 3;
                        break;
                    default:
                        if (typeof object.rule === "number" && (object.rule | 0) === object.rule)
                            message.rule = object.rule;
                    }
                if (object.languages) {
                    if (!$Array.isArray(object.languages))
                        throw $TypeError(".patchtree.v1.FetchRequest.languages: array expected");
                    message.languages = $Array(object.languages.length);
                    for (let i = 0; i < object.languages.length; ++i)
                        message.languages[i] = $String(object.languages[i]);
                }
                if (object.keys) {
                    if (!$Array.isArray(object.keys))
                        throw $TypeError(".patchtree.v1.FetchRequest.keys: array expected");
                    message.keys = $Array(object.keys.length);
                    for (let i = 0; i < object.keys.length; ++i)
                        message.keys[i] = $String(object.keys[i]);
                }
                if (object.policyIds) {
                    if (!$Array.isArray(object.policyIds))
                        throw $TypeError(".patchtree.v1.FetchRequest.policyIds: array expected");
                    message.policyIds = $Array(object.policyIds.length);
                    for (let i = 0; i < object.policyIds.length; ++i)
                        message.policyIds[i] = $String(object.policyIds[i]);
                }
                if (object.viewId != null)
                    if (typeof object.viewId === "object" ? object.viewId.low || object.viewId.high : $Number(object.viewId) !== 0)
                        if ($util.Long)
                            message.viewId = $util.Long.fromValue(object.viewId, true);
                        else if (typeof object.viewId === "string")
                            message.viewId = $parseInt(object.viewId, 10);
                        else if (typeof object.viewId === "number")
                            message.viewId = object.viewId;
                        else if (typeof object.viewId === "object")
                            message.viewId = new $util.LongBits(object.viewId.low >>> 0, object.viewId.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a FetchRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.FetchRequest
             * @static
             * @param {patchtree.v1.FetchRequest} message FetchRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FetchRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.languages = [];
                    object.keys = [];
                    object.policyIds = [];
                }
                if (options.defaults) {
                    object.protocolVersion = 0;
                    object.childId = "";
                    object.rule = options.enums === $String ? "RULE_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.viewId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.viewId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.childId != null && $Object.hasOwnProperty.call(message, "childId"))
                    object.childId = message.childId;
                if (message.rule != null && $Object.hasOwnProperty.call(message, "rule"))
                    object.rule = options.enums === $String ? $root.patchtree.v1.Rule[message.rule] === $undefined ? message.rule : $root.patchtree.v1.Rule[message.rule] : message.rule;
                if (message.languages && message.languages.length) {
                    object.languages = $Array(message.languages.length);
                    for (let j = 0; j < message.languages.length; ++j)
                        object.languages[j] = message.languages[j];
                }
                if (message.keys && message.keys.length) {
                    object.keys = $Array(message.keys.length);
                    for (let j = 0; j < message.keys.length; ++j)
                        object.keys[j] = message.keys[j];
                }
                if (message.policyIds && message.policyIds.length) {
                    object.policyIds = $Array(message.policyIds.length);
                    for (let j = 0; j < message.policyIds.length; ++j)
                        object.policyIds[j] = message.policyIds[j];
                }
                if (message.viewId != null && $Object.hasOwnProperty.call(message, "viewId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.viewId = typeof message.viewId === "number" ? $BigInt(message.viewId) : $util.Long.fromBits(message.viewId.low >>> 0, message.viewId.high >>> 0, true).toBigInt();
                    else if (typeof message.viewId === "number")
                        object.viewId = options.longs === $String ? $String(message.viewId) : message.viewId;
                    else
                        object.viewId = options.longs === $String ? $util.Long.prototype.toString.call(message.viewId) : options.longs === $Number ? new $util.LongBits(message.viewId.low >>> 0, message.viewId.high >>> 0).toNumber(true) : message.viewId;
                return object;
            };

            /**
             * Converts this FetchRequest to JSON.
             * @function toJSON
             * @memberof patchtree.v1.FetchRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FetchRequest.prototype.toJSON = function() {
                return FetchRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FetchRequest
             * @function getTypeUrl
             * @memberof patchtree.v1.FetchRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FetchRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.FetchRequest";
            };

            return FetchRequest;
        })();

        v1.FetchResponse = (function() {

            /**
             * Properties of a FetchResponse.
             * @typedef {Object} patchtree.v1.FetchResponse.$Properties
             * @property {Array.<patchtree.v1.Change.$Properties>|null} [changes] FetchResponse changes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FetchResponse.
             * @memberof patchtree.v1
             * @interface IFetchResponse
             * @augments patchtree.v1.FetchResponse.$Properties
             * @deprecated Use patchtree.v1.FetchResponse.$Properties instead.
             */

            /**
             * Shape of a FetchResponse.
             * @typedef {{
             *   changes?: Array.<patchtree.v1.Change.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} patchtree.v1.FetchResponse.$Shape
             */

            /**
             * Constructs a new FetchResponse.
             * @memberof patchtree.v1
             * @classdesc Represents a FetchResponse.
             * @constructor
             * @param {patchtree.v1.FetchResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FetchResponse = function (properties) {
                this.changes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FetchResponse changes.
             * @member {Array.<patchtree.v1.Change.$Properties>} changes
             * @memberof patchtree.v1.FetchResponse
             * @instance
             */
            FetchResponse.prototype.changes = $util.emptyArray;

            /**
             * Creates a new FetchResponse instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.FetchResponse
             * @static
             * @param {patchtree.v1.FetchResponse.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.FetchResponse} FetchResponse instance
             * @type {{
             *   (properties: patchtree.v1.FetchResponse.$Shape): patchtree.v1.FetchResponse & patchtree.v1.FetchResponse.$Shape;
             *   (properties?: patchtree.v1.FetchResponse.$Properties): patchtree.v1.FetchResponse;
             * }}
             */
            FetchResponse.create = function(properties) {
                return new FetchResponse(properties);
            };

            /**
             * Encodes the specified FetchResponse message. Does not implicitly {@link patchtree.v1.FetchResponse.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.FetchResponse
             * @static
             * @param {patchtree.v1.FetchResponse.$Properties} message FetchResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FetchResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.changes != null && message.changes.length)
                    for (let i = 0; i < message.changes.length; ++i)
                        $root.patchtree.v1.Change.encode(message.changes[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FetchResponse message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.FetchResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.FetchResponse & patchtree.v1.FetchResponse.$Shape} FetchResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FetchResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.FetchResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.changes && message.changes.length))
                                message.changes = [];
                            message.changes.push($root.patchtree.v1.Change.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a FetchResponse message.
             * @function verify
             * @memberof patchtree.v1.FetchResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FetchResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.changes != null && $Object.hasOwnProperty.call(message, "changes")) {
                    if (!$Array.isArray(message.changes))
                        return "changes: array expected";
                    for (let i = 0; i < message.changes.length; ++i) {
                        let error = $root.patchtree.v1.Change.verify(message.changes[i], _depth + 1);
                        if (error)
                            return "changes." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a FetchResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.FetchResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.FetchResponse} FetchResponse
             */
            FetchResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.FetchResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.FetchResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.FetchResponse();
                if (object.changes) {
                    if (!$Array.isArray(object.changes))
                        throw $TypeError(".patchtree.v1.FetchResponse.changes: array expected");
                    message.changes = $Array(object.changes.length);
                    for (let i = 0; i < object.changes.length; ++i) {
                        if (!$util.isObject(object.changes[i]))
                            throw $TypeError(".patchtree.v1.FetchResponse.changes: object expected");
                        message.changes[i] = $root.patchtree.v1.Change.fromObject(object.changes[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a FetchResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.FetchResponse
             * @static
             * @param {patchtree.v1.FetchResponse} message FetchResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FetchResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.changes = [];
                if (message.changes && message.changes.length) {
                    object.changes = $Array(message.changes.length);
                    for (let j = 0; j < message.changes.length; ++j)
                        object.changes[j] = $root.patchtree.v1.Change.toObject(message.changes[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this FetchResponse to JSON.
             * @function toJSON
             * @memberof patchtree.v1.FetchResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FetchResponse.prototype.toJSON = function() {
                return FetchResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FetchResponse
             * @function getTypeUrl
             * @memberof patchtree.v1.FetchResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FetchResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.FetchResponse";
            };

            return FetchResponse;
        })();

        v1.LanguageReport = (function() {

            /**
             * Properties of a LanguageReport.
             * @typedef {Object} patchtree.v1.LanguageReport.$Properties
             * @property {number|null} [protocolVersion] LanguageReport protocolVersion
             * @property {string|null} [childId] LanguageReport childId
             * @property {Array.<string>|null} [languages] LanguageReport languages
             * @property {Array.<patchtree.v1.ChildLanguages.$Properties>|null} [descendants] LanguageReport descendants
             * @property {string|null} [identity] LanguageReport identity
             * @property {string|null} [nodeId] LanguageReport nodeId
             * @property {patchtree.v1.SignedStatement.$Properties|null} [statement] LanguageReport statement
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LanguageReport.
             * @memberof patchtree.v1
             * @interface ILanguageReport
             * @augments patchtree.v1.LanguageReport.$Properties
             * @deprecated Use patchtree.v1.LanguageReport.$Properties instead.
             */

            /**
             * Shape of a LanguageReport.
             * @typedef {patchtree.v1.LanguageReport.$Properties} patchtree.v1.LanguageReport.$Shape
             */

            /**
             * Constructs a new LanguageReport.
             * @memberof patchtree.v1
             * @classdesc Represents a LanguageReport.
             * @constructor
             * @param {patchtree.v1.LanguageReport.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LanguageReport = function (properties) {
                this.languages = [];
                this.descendants = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LanguageReport protocolVersion.
             * @member {number} protocolVersion
             * @memberof patchtree.v1.LanguageReport
             * @instance
             */
            LanguageReport.prototype.protocolVersion = 0;

            /**
             * LanguageReport childId.
             * @member {string} childId
             * @memberof patchtree.v1.LanguageReport
             * @instance
             */
            LanguageReport.prototype.childId = "";

            /**
             * LanguageReport languages.
             * @member {Array.<string>} languages
             * @memberof patchtree.v1.LanguageReport
             * @instance
             */
            LanguageReport.prototype.languages = $util.emptyArray;

            /**
             * LanguageReport descendants.
             * @member {Array.<patchtree.v1.ChildLanguages.$Properties>} descendants
             * @memberof patchtree.v1.LanguageReport
             * @instance
             */
            LanguageReport.prototype.descendants = $util.emptyArray;

            /**
             * LanguageReport identity.
             * @member {string} identity
             * @memberof patchtree.v1.LanguageReport
             * @instance
             */
            LanguageReport.prototype.identity = "";

            /**
             * LanguageReport nodeId.
             * @member {string} nodeId
             * @memberof patchtree.v1.LanguageReport
             * @instance
             */
            LanguageReport.prototype.nodeId = "";

            /**
             * LanguageReport statement.
             * @member {patchtree.v1.SignedStatement.$Properties|null|undefined} statement
             * @memberof patchtree.v1.LanguageReport
             * @instance
             */
            LanguageReport.prototype.statement = null;

            /**
             * Creates a new LanguageReport instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.LanguageReport
             * @static
             * @param {patchtree.v1.LanguageReport.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.LanguageReport} LanguageReport instance
             * @type {{
             *   (properties: patchtree.v1.LanguageReport.$Shape): patchtree.v1.LanguageReport & patchtree.v1.LanguageReport.$Shape;
             *   (properties?: patchtree.v1.LanguageReport.$Properties): patchtree.v1.LanguageReport;
             * }}
             */
            LanguageReport.create = function(properties) {
                return new LanguageReport(properties);
            };

            /**
             * Encodes the specified LanguageReport message. Does not implicitly {@link patchtree.v1.LanguageReport.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.LanguageReport
             * @static
             * @param {patchtree.v1.LanguageReport.$Properties} message LanguageReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LanguageReport.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.childId != null && $Object.hasOwnProperty.call(message, "childId") && message.childId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.childId);
                if (message.languages != null && message.languages.length)
                    for (let i = 0; i < message.languages.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.languages[i]);
                if (message.descendants != null && message.descendants.length)
                    for (let i = 0; i < message.descendants.length; ++i)
                        $root.patchtree.v1.ChildLanguages.encode(message.descendants[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity") && message.identity !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.identity);
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.nodeId);
                if (message.statement != null && $Object.hasOwnProperty.call(message, "statement"))
                    $root.patchtree.v1.SignedStatement.encode(message.statement, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LanguageReport message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.LanguageReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.LanguageReport & patchtree.v1.LanguageReport.$Shape} LanguageReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LanguageReport.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.LanguageReport();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.childId = value;
                            else
                                delete message.childId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.languages && message.languages.length))
                                message.languages = [];
                            message.languages.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.descendants && message.descendants.length))
                                message.descendants = [];
                            message.descendants.push($root.patchtree.v1.ChildLanguages.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.identity = value;
                            else
                                delete message.identity;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.statement = $root.patchtree.v1.SignedStatement.decode(reader, reader.size(), $undefined, _depth + 1, message.statement);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LanguageReport message.
             * @function verify
             * @memberof patchtree.v1.LanguageReport
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LanguageReport.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                if (message.childId != null && $Object.hasOwnProperty.call(message, "childId"))
                    if (!$util.isString(message.childId))
                        return "childId: string expected";
                if (message.languages != null && $Object.hasOwnProperty.call(message, "languages")) {
                    if (!$Array.isArray(message.languages))
                        return "languages: array expected";
                    for (let i = 0; i < message.languages.length; ++i)
                        if (!$util.isString(message.languages[i]))
                            return "languages: string[] expected";
                }
                if (message.descendants != null && $Object.hasOwnProperty.call(message, "descendants")) {
                    if (!$Array.isArray(message.descendants))
                        return "descendants: array expected";
                    for (let i = 0; i < message.descendants.length; ++i) {
                        let error = $root.patchtree.v1.ChildLanguages.verify(message.descendants[i], _depth + 1);
                        if (error)
                            return "descendants." + error;
                    }
                }
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity"))
                    if (!$util.isString(message.identity))
                        return "identity: string expected";
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    if (!$util.isString(message.nodeId))
                        return "nodeId: string expected";
                if (message.statement != null && $Object.hasOwnProperty.call(message, "statement")) {
                    let error = $root.patchtree.v1.SignedStatement.verify(message.statement, _depth + 1);
                    if (error)
                        return "statement." + error;
                }
                return null;
            };

            /**
             * Creates a LanguageReport message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.LanguageReport
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.LanguageReport} LanguageReport
             */
            LanguageReport.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.LanguageReport)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.LanguageReport: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.LanguageReport();
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.childId != null)
                    if (typeof object.childId !== "string" || object.childId.length)
                        message.childId = $String(object.childId);
                if (object.languages) {
                    if (!$Array.isArray(object.languages))
                        throw $TypeError(".patchtree.v1.LanguageReport.languages: array expected");
                    message.languages = $Array(object.languages.length);
                    for (let i = 0; i < object.languages.length; ++i)
                        message.languages[i] = $String(object.languages[i]);
                }
                if (object.descendants) {
                    if (!$Array.isArray(object.descendants))
                        throw $TypeError(".patchtree.v1.LanguageReport.descendants: array expected");
                    message.descendants = $Array(object.descendants.length);
                    for (let i = 0; i < object.descendants.length; ++i) {
                        if (!$util.isObject(object.descendants[i]))
                            throw $TypeError(".patchtree.v1.LanguageReport.descendants: object expected");
                        message.descendants[i] = $root.patchtree.v1.ChildLanguages.fromObject(object.descendants[i], _depth + 1);
                    }
                }
                if (object.identity != null)
                    if (typeof object.identity !== "string" || object.identity.length)
                        message.identity = $String(object.identity);
                if (object.nodeId != null)
                    if (typeof object.nodeId !== "string" || object.nodeId.length)
                        message.nodeId = $String(object.nodeId);
                if (object.statement != null) {
                    if (!$util.isObject(object.statement))
                        throw $TypeError(".patchtree.v1.LanguageReport.statement: object expected");
                    message.statement = $root.patchtree.v1.SignedStatement.fromObject(object.statement, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a LanguageReport message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.LanguageReport
             * @static
             * @param {patchtree.v1.LanguageReport} message LanguageReport
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LanguageReport.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.languages = [];
                    object.descendants = [];
                }
                if (options.defaults) {
                    object.protocolVersion = 0;
                    object.childId = "";
                    object.identity = "";
                    object.nodeId = "";
                    object.statement = null;
                }
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.childId != null && $Object.hasOwnProperty.call(message, "childId"))
                    object.childId = message.childId;
                if (message.languages && message.languages.length) {
                    object.languages = $Array(message.languages.length);
                    for (let j = 0; j < message.languages.length; ++j)
                        object.languages[j] = message.languages[j];
                }
                if (message.descendants && message.descendants.length) {
                    object.descendants = $Array(message.descendants.length);
                    for (let j = 0; j < message.descendants.length; ++j)
                        object.descendants[j] = $root.patchtree.v1.ChildLanguages.toObject(message.descendants[j], options, _depth + 1);
                }
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity"))
                    object.identity = message.identity;
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    object.nodeId = message.nodeId;
                if (message.statement != null && $Object.hasOwnProperty.call(message, "statement"))
                    object.statement = $root.patchtree.v1.SignedStatement.toObject(message.statement, options, _depth + 1);
                return object;
            };

            /**
             * Converts this LanguageReport to JSON.
             * @function toJSON
             * @memberof patchtree.v1.LanguageReport
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LanguageReport.prototype.toJSON = function() {
                return LanguageReport.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LanguageReport
             * @function getTypeUrl
             * @memberof patchtree.v1.LanguageReport
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LanguageReport.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.LanguageReport";
            };

            return LanguageReport;
        })();

        v1.ChildLanguages = (function() {

            /**
             * Properties of a ChildLanguages.
             * @typedef {Object} patchtree.v1.ChildLanguages.$Properties
             * @property {string|null} [nodeId] ChildLanguages nodeId
             * @property {Array.<string>|null} [languages] ChildLanguages languages
             * @property {string|null} [identity] ChildLanguages identity
             * @property {patchtree.v1.SignedStatement.$Properties|null} [statement] ChildLanguages statement
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChildLanguages.
             * @memberof patchtree.v1
             * @interface IChildLanguages
             * @augments patchtree.v1.ChildLanguages.$Properties
             * @deprecated Use patchtree.v1.ChildLanguages.$Properties instead.
             */

            /**
             * Shape of a ChildLanguages.
             * @typedef {patchtree.v1.ChildLanguages.$Properties} patchtree.v1.ChildLanguages.$Shape
             */

            /**
             * Constructs a new ChildLanguages.
             * @memberof patchtree.v1
             * @classdesc Represents a ChildLanguages.
             * @constructor
             * @param {patchtree.v1.ChildLanguages.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChildLanguages = function (properties) {
                this.languages = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChildLanguages nodeId.
             * @member {string} nodeId
             * @memberof patchtree.v1.ChildLanguages
             * @instance
             */
            ChildLanguages.prototype.nodeId = "";

            /**
             * ChildLanguages languages.
             * @member {Array.<string>} languages
             * @memberof patchtree.v1.ChildLanguages
             * @instance
             */
            ChildLanguages.prototype.languages = $util.emptyArray;

            /**
             * ChildLanguages identity.
             * @member {string} identity
             * @memberof patchtree.v1.ChildLanguages
             * @instance
             */
            ChildLanguages.prototype.identity = "";

            /**
             * ChildLanguages statement.
             * @member {patchtree.v1.SignedStatement.$Properties|null|undefined} statement
             * @memberof patchtree.v1.ChildLanguages
             * @instance
             */
            ChildLanguages.prototype.statement = null;

            /**
             * Creates a new ChildLanguages instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.ChildLanguages
             * @static
             * @param {patchtree.v1.ChildLanguages.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.ChildLanguages} ChildLanguages instance
             * @type {{
             *   (properties: patchtree.v1.ChildLanguages.$Shape): patchtree.v1.ChildLanguages & patchtree.v1.ChildLanguages.$Shape;
             *   (properties?: patchtree.v1.ChildLanguages.$Properties): patchtree.v1.ChildLanguages;
             * }}
             */
            ChildLanguages.create = function(properties) {
                return new ChildLanguages(properties);
            };

            /**
             * Encodes the specified ChildLanguages message. Does not implicitly {@link patchtree.v1.ChildLanguages.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.ChildLanguages
             * @static
             * @param {patchtree.v1.ChildLanguages.$Properties} message ChildLanguages message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChildLanguages.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.nodeId);
                if (message.languages != null && message.languages.length)
                    for (let i = 0; i < message.languages.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.languages[i]);
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity") && message.identity !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.identity);
                if (message.statement != null && $Object.hasOwnProperty.call(message, "statement"))
                    $root.patchtree.v1.SignedStatement.encode(message.statement, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ChildLanguages message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.ChildLanguages
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.ChildLanguages & patchtree.v1.ChildLanguages.$Shape} ChildLanguages
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChildLanguages.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.ChildLanguages();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.languages && message.languages.length))
                                message.languages = [];
                            message.languages.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.identity = value;
                            else
                                delete message.identity;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.statement = $root.patchtree.v1.SignedStatement.decode(reader, reader.size(), $undefined, _depth + 1, message.statement);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ChildLanguages message.
             * @function verify
             * @memberof patchtree.v1.ChildLanguages
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ChildLanguages.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    if (!$util.isString(message.nodeId))
                        return "nodeId: string expected";
                if (message.languages != null && $Object.hasOwnProperty.call(message, "languages")) {
                    if (!$Array.isArray(message.languages))
                        return "languages: array expected";
                    for (let i = 0; i < message.languages.length; ++i)
                        if (!$util.isString(message.languages[i]))
                            return "languages: string[] expected";
                }
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity"))
                    if (!$util.isString(message.identity))
                        return "identity: string expected";
                if (message.statement != null && $Object.hasOwnProperty.call(message, "statement")) {
                    let error = $root.patchtree.v1.SignedStatement.verify(message.statement, _depth + 1);
                    if (error)
                        return "statement." + error;
                }
                return null;
            };

            /**
             * Creates a ChildLanguages message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.ChildLanguages
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.ChildLanguages} ChildLanguages
             */
            ChildLanguages.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.ChildLanguages)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.ChildLanguages: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.ChildLanguages();
                if (object.nodeId != null)
                    if (typeof object.nodeId !== "string" || object.nodeId.length)
                        message.nodeId = $String(object.nodeId);
                if (object.languages) {
                    if (!$Array.isArray(object.languages))
                        throw $TypeError(".patchtree.v1.ChildLanguages.languages: array expected");
                    message.languages = $Array(object.languages.length);
                    for (let i = 0; i < object.languages.length; ++i)
                        message.languages[i] = $String(object.languages[i]);
                }
                if (object.identity != null)
                    if (typeof object.identity !== "string" || object.identity.length)
                        message.identity = $String(object.identity);
                if (object.statement != null) {
                    if (!$util.isObject(object.statement))
                        throw $TypeError(".patchtree.v1.ChildLanguages.statement: object expected");
                    message.statement = $root.patchtree.v1.SignedStatement.fromObject(object.statement, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ChildLanguages message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.ChildLanguages
             * @static
             * @param {patchtree.v1.ChildLanguages} message ChildLanguages
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ChildLanguages.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.languages = [];
                if (options.defaults) {
                    object.nodeId = "";
                    object.identity = "";
                    object.statement = null;
                }
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    object.nodeId = message.nodeId;
                if (message.languages && message.languages.length) {
                    object.languages = $Array(message.languages.length);
                    for (let j = 0; j < message.languages.length; ++j)
                        object.languages[j] = message.languages[j];
                }
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity"))
                    object.identity = message.identity;
                if (message.statement != null && $Object.hasOwnProperty.call(message, "statement"))
                    object.statement = $root.patchtree.v1.SignedStatement.toObject(message.statement, options, _depth + 1);
                return object;
            };

            /**
             * Converts this ChildLanguages to JSON.
             * @function toJSON
             * @memberof patchtree.v1.ChildLanguages
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ChildLanguages.prototype.toJSON = function() {
                return ChildLanguages.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ChildLanguages
             * @function getTypeUrl
             * @memberof patchtree.v1.ChildLanguages
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ChildLanguages.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.ChildLanguages";
            };

            return ChildLanguages;
        })();

        v1.NodeStatement = (function() {

            /**
             * Properties of a NodeStatement.
             * @typedef {Object} patchtree.v1.NodeStatement.$Properties
             * @property {string|null} [publicKey] NodeStatement publicKey
             * @property {string|null} [parentIdentity] NodeStatement parentIdentity
             * @property {string|null} [nodeId] NodeStatement nodeId
             * @property {Array.<string>|null} [languages] NodeStatement languages
             * @property {string|null} [issued] NodeStatement issued
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeStatement.
             * @memberof patchtree.v1
             * @interface INodeStatement
             * @augments patchtree.v1.NodeStatement.$Properties
             * @deprecated Use patchtree.v1.NodeStatement.$Properties instead.
             */

            /**
             * Shape of a NodeStatement.
             * @typedef {patchtree.v1.NodeStatement.$Properties} patchtree.v1.NodeStatement.$Shape
             */

            /**
             * Constructs a new NodeStatement.
             * @memberof patchtree.v1
             * @classdesc Represents a NodeStatement.
             * @constructor
             * @param {patchtree.v1.NodeStatement.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NodeStatement = function (properties) {
                this.languages = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodeStatement publicKey.
             * @member {string} publicKey
             * @memberof patchtree.v1.NodeStatement
             * @instance
             */
            NodeStatement.prototype.publicKey = "";

            /**
             * NodeStatement parentIdentity.
             * @member {string} parentIdentity
             * @memberof patchtree.v1.NodeStatement
             * @instance
             */
            NodeStatement.prototype.parentIdentity = "";

            /**
             * NodeStatement nodeId.
             * @member {string} nodeId
             * @memberof patchtree.v1.NodeStatement
             * @instance
             */
            NodeStatement.prototype.nodeId = "";

            /**
             * NodeStatement languages.
             * @member {Array.<string>} languages
             * @memberof patchtree.v1.NodeStatement
             * @instance
             */
            NodeStatement.prototype.languages = $util.emptyArray;

            /**
             * NodeStatement issued.
             * @member {string} issued
             * @memberof patchtree.v1.NodeStatement
             * @instance
             */
            NodeStatement.prototype.issued = "";

            /**
             * Creates a new NodeStatement instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.NodeStatement
             * @static
             * @param {patchtree.v1.NodeStatement.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.NodeStatement} NodeStatement instance
             * @type {{
             *   (properties: patchtree.v1.NodeStatement.$Shape): patchtree.v1.NodeStatement & patchtree.v1.NodeStatement.$Shape;
             *   (properties?: patchtree.v1.NodeStatement.$Properties): patchtree.v1.NodeStatement;
             * }}
             */
            NodeStatement.create = function(properties) {
                return new NodeStatement(properties);
            };

            /**
             * Encodes the specified NodeStatement message. Does not implicitly {@link patchtree.v1.NodeStatement.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.NodeStatement
             * @static
             * @param {patchtree.v1.NodeStatement.$Properties} message NodeStatement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeStatement.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey") && message.publicKey !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.publicKey);
                if (message.parentIdentity != null && $Object.hasOwnProperty.call(message, "parentIdentity") && message.parentIdentity !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.parentIdentity);
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.nodeId);
                if (message.languages != null && message.languages.length)
                    for (let i = 0; i < message.languages.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.languages[i]);
                if (message.issued != null && $Object.hasOwnProperty.call(message, "issued") && message.issued !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.issued);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NodeStatement message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.NodeStatement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.NodeStatement & patchtree.v1.NodeStatement.$Shape} NodeStatement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeStatement.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.NodeStatement();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.publicKey = value;
                            else
                                delete message.publicKey;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.parentIdentity = value;
                            else
                                delete message.parentIdentity;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.languages && message.languages.length))
                                message.languages = [];
                            message.languages.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.issued = value;
                            else
                                delete message.issued;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a NodeStatement message.
             * @function verify
             * @memberof patchtree.v1.NodeStatement
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NodeStatement.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey"))
                    if (!$util.isString(message.publicKey))
                        return "publicKey: string expected";
                if (message.parentIdentity != null && $Object.hasOwnProperty.call(message, "parentIdentity"))
                    if (!$util.isString(message.parentIdentity))
                        return "parentIdentity: string expected";
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    if (!$util.isString(message.nodeId))
                        return "nodeId: string expected";
                if (message.languages != null && $Object.hasOwnProperty.call(message, "languages")) {
                    if (!$Array.isArray(message.languages))
                        return "languages: array expected";
                    for (let i = 0; i < message.languages.length; ++i)
                        if (!$util.isString(message.languages[i]))
                            return "languages: string[] expected";
                }
                if (message.issued != null && $Object.hasOwnProperty.call(message, "issued"))
                    if (!$util.isString(message.issued))
                        return "issued: string expected";
                return null;
            };

            /**
             * Creates a NodeStatement message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.NodeStatement
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.NodeStatement} NodeStatement
             */
            NodeStatement.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.NodeStatement)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.NodeStatement: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.NodeStatement();
                if (object.publicKey != null)
                    if (typeof object.publicKey !== "string" || object.publicKey.length)
                        message.publicKey = $String(object.publicKey);
                if (object.parentIdentity != null)
                    if (typeof object.parentIdentity !== "string" || object.parentIdentity.length)
                        message.parentIdentity = $String(object.parentIdentity);
                if (object.nodeId != null)
                    if (typeof object.nodeId !== "string" || object.nodeId.length)
                        message.nodeId = $String(object.nodeId);
                if (object.languages) {
                    if (!$Array.isArray(object.languages))
                        throw $TypeError(".patchtree.v1.NodeStatement.languages: array expected");
                    message.languages = $Array(object.languages.length);
                    for (let i = 0; i < object.languages.length; ++i)
                        message.languages[i] = $String(object.languages[i]);
                }
                if (object.issued != null)
                    if (typeof object.issued !== "string" || object.issued.length)
                        message.issued = $String(object.issued);
                return message;
            };

            /**
             * Creates a plain object from a NodeStatement message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.NodeStatement
             * @static
             * @param {patchtree.v1.NodeStatement} message NodeStatement
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodeStatement.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.languages = [];
                if (options.defaults) {
                    object.publicKey = "";
                    object.parentIdentity = "";
                    object.nodeId = "";
                    object.issued = "";
                }
                if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey"))
                    object.publicKey = message.publicKey;
                if (message.parentIdentity != null && $Object.hasOwnProperty.call(message, "parentIdentity"))
                    object.parentIdentity = message.parentIdentity;
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    object.nodeId = message.nodeId;
                if (message.languages && message.languages.length) {
                    object.languages = $Array(message.languages.length);
                    for (let j = 0; j < message.languages.length; ++j)
                        object.languages[j] = message.languages[j];
                }
                if (message.issued != null && $Object.hasOwnProperty.call(message, "issued"))
                    object.issued = message.issued;
                return object;
            };

            /**
             * Converts this NodeStatement to JSON.
             * @function toJSON
             * @memberof patchtree.v1.NodeStatement
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodeStatement.prototype.toJSON = function() {
                return NodeStatement.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodeStatement
             * @function getTypeUrl
             * @memberof patchtree.v1.NodeStatement
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeStatement.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.NodeStatement";
            };

            return NodeStatement;
        })();

        v1.SignedStatement = (function() {

            /**
             * Properties of a SignedStatement.
             * @typedef {Object} patchtree.v1.SignedStatement.$Properties
             * @property {Uint8Array|null} [statement] SignedStatement statement
             * @property {Uint8Array|null} [signature] SignedStatement signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedStatement.
             * @memberof patchtree.v1
             * @interface ISignedStatement
             * @augments patchtree.v1.SignedStatement.$Properties
             * @deprecated Use patchtree.v1.SignedStatement.$Properties instead.
             */

            /**
             * Shape of a SignedStatement.
             * @typedef {patchtree.v1.SignedStatement.$Properties} patchtree.v1.SignedStatement.$Shape
             */

            /**
             * Constructs a new SignedStatement.
             * @memberof patchtree.v1
             * @classdesc Represents a SignedStatement.
             * @constructor
             * @param {patchtree.v1.SignedStatement.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedStatement = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignedStatement statement.
             * @member {Uint8Array} statement
             * @memberof patchtree.v1.SignedStatement
             * @instance
             */
            SignedStatement.prototype.statement = $util.newBuffer([]);

            /**
             * SignedStatement signature.
             * @member {Uint8Array} signature
             * @memberof patchtree.v1.SignedStatement
             * @instance
             */
            SignedStatement.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new SignedStatement instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.SignedStatement
             * @static
             * @param {patchtree.v1.SignedStatement.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.SignedStatement} SignedStatement instance
             * @type {{
             *   (properties: patchtree.v1.SignedStatement.$Shape): patchtree.v1.SignedStatement & patchtree.v1.SignedStatement.$Shape;
             *   (properties?: patchtree.v1.SignedStatement.$Properties): patchtree.v1.SignedStatement;
             * }}
             */
            SignedStatement.create = function(properties) {
                return new SignedStatement(properties);
            };

            /**
             * Encodes the specified SignedStatement message. Does not implicitly {@link patchtree.v1.SignedStatement.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.SignedStatement
             * @static
             * @param {patchtree.v1.SignedStatement.$Properties} message SignedStatement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedStatement.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.statement != null && $Object.hasOwnProperty.call(message, "statement") && message.statement.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.statement);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignedStatement message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.SignedStatement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.SignedStatement & patchtree.v1.SignedStatement.$Shape} SignedStatement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedStatement.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.SignedStatement();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.statement = value;
                            else
                                delete message.statement;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SignedStatement message.
             * @function verify
             * @memberof patchtree.v1.SignedStatement
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SignedStatement.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.statement != null && $Object.hasOwnProperty.call(message, "statement"))
                    if (!(message.statement && typeof message.statement.length === "number" || $util.isString(message.statement)))
                        return "statement: buffer expected";
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                        return "signature: buffer expected";
                return null;
            };

            /**
             * Creates a SignedStatement message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.SignedStatement
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.SignedStatement} SignedStatement
             */
            SignedStatement.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.SignedStatement)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.SignedStatement: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.SignedStatement();
                if (object.statement != null)
                    if (object.statement.length)
                        if (typeof object.statement === "string")
                            $util.base64.decode(object.statement, message.statement = $util.newBuffer($util.base64.length(object.statement)), 0);
                        else if (object.statement.length >= 0)
                            message.statement = object.statement;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            /**
             * Creates a plain object from a SignedStatement message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.SignedStatement
             * @static
             * @param {patchtree.v1.SignedStatement} message SignedStatement
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SignedStatement.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.statement = "";
                    else {
                        object.statement = [];
                        if (options.bytes !== $Array)
                            object.statement = $util.newBuffer(object.statement);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.statement != null && $Object.hasOwnProperty.call(message, "statement"))
                    object.statement = options.bytes === $String ? $util.base64.encode(message.statement, 0, message.statement.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.statement) : message.statement;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            /**
             * Converts this SignedStatement to JSON.
             * @function toJSON
             * @memberof patchtree.v1.SignedStatement
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignedStatement.prototype.toJSON = function() {
                return SignedStatement.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SignedStatement
             * @function getTypeUrl
             * @memberof patchtree.v1.SignedStatement
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SignedStatement.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.SignedStatement";
            };

            return SignedStatement;
        })();

        v1.LanguageAck = (function() {

            /**
             * Properties of a LanguageAck.
             * @typedef {Object} patchtree.v1.LanguageAck.$Properties
             * @property {Array.<string>|null} [unmanaged] LanguageAck unmanaged
             * @property {Array.<patchtree.v1.RuleSetting.$Properties>|null} [rules] LanguageAck rules
             * @property {Array.<patchtree.v1.RunNow.$Properties>|null} [runNow] LanguageAck runNow
             * @property {string|null} [parentId] LanguageAck parentId
             * @property {string|null} [parentIdentity] LanguageAck parentIdentity
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LanguageAck.
             * @memberof patchtree.v1
             * @interface ILanguageAck
             * @augments patchtree.v1.LanguageAck.$Properties
             * @deprecated Use patchtree.v1.LanguageAck.$Properties instead.
             */

            /**
             * Shape of a LanguageAck.
             * @typedef {patchtree.v1.LanguageAck.$Properties} patchtree.v1.LanguageAck.$Shape
             */

            /**
             * Constructs a new LanguageAck.
             * @memberof patchtree.v1
             * @classdesc Represents a LanguageAck.
             * @constructor
             * @param {patchtree.v1.LanguageAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LanguageAck = function (properties) {
                this.unmanaged = [];
                this.rules = [];
                this.runNow = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LanguageAck unmanaged.
             * @member {Array.<string>} unmanaged
             * @memberof patchtree.v1.LanguageAck
             * @instance
             */
            LanguageAck.prototype.unmanaged = $util.emptyArray;

            /**
             * LanguageAck rules.
             * @member {Array.<patchtree.v1.RuleSetting.$Properties>} rules
             * @memberof patchtree.v1.LanguageAck
             * @instance
             */
            LanguageAck.prototype.rules = $util.emptyArray;

            /**
             * LanguageAck runNow.
             * @member {Array.<patchtree.v1.RunNow.$Properties>} runNow
             * @memberof patchtree.v1.LanguageAck
             * @instance
             */
            LanguageAck.prototype.runNow = $util.emptyArray;

            /**
             * LanguageAck parentId.
             * @member {string} parentId
             * @memberof patchtree.v1.LanguageAck
             * @instance
             */
            LanguageAck.prototype.parentId = "";

            /**
             * LanguageAck parentIdentity.
             * @member {string} parentIdentity
             * @memberof patchtree.v1.LanguageAck
             * @instance
             */
            LanguageAck.prototype.parentIdentity = "";

            /**
             * Creates a new LanguageAck instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.LanguageAck
             * @static
             * @param {patchtree.v1.LanguageAck.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.LanguageAck} LanguageAck instance
             * @type {{
             *   (properties: patchtree.v1.LanguageAck.$Shape): patchtree.v1.LanguageAck & patchtree.v1.LanguageAck.$Shape;
             *   (properties?: patchtree.v1.LanguageAck.$Properties): patchtree.v1.LanguageAck;
             * }}
             */
            LanguageAck.create = function(properties) {
                return new LanguageAck(properties);
            };

            /**
             * Encodes the specified LanguageAck message. Does not implicitly {@link patchtree.v1.LanguageAck.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.LanguageAck
             * @static
             * @param {patchtree.v1.LanguageAck.$Properties} message LanguageAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LanguageAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.unmanaged != null && message.unmanaged.length)
                    for (let i = 0; i < message.unmanaged.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.unmanaged[i]);
                if (message.rules != null && message.rules.length)
                    for (let i = 0; i < message.rules.length; ++i)
                        $root.patchtree.v1.RuleSetting.encode(message.rules[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.runNow != null && message.runNow.length)
                    for (let i = 0; i < message.runNow.length; ++i)
                        $root.patchtree.v1.RunNow.encode(message.runNow[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.parentId != null && $Object.hasOwnProperty.call(message, "parentId") && message.parentId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.parentId);
                if (message.parentIdentity != null && $Object.hasOwnProperty.call(message, "parentIdentity") && message.parentIdentity !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.parentIdentity);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LanguageAck message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.LanguageAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.LanguageAck & patchtree.v1.LanguageAck.$Shape} LanguageAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LanguageAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.LanguageAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.unmanaged && message.unmanaged.length))
                                message.unmanaged = [];
                            message.unmanaged.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.rules && message.rules.length))
                                message.rules = [];
                            message.rules.push($root.patchtree.v1.RuleSetting.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.runNow && message.runNow.length))
                                message.runNow = [];
                            message.runNow.push($root.patchtree.v1.RunNow.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.parentId = value;
                            else
                                delete message.parentId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.parentIdentity = value;
                            else
                                delete message.parentIdentity;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LanguageAck message.
             * @function verify
             * @memberof patchtree.v1.LanguageAck
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LanguageAck.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.unmanaged != null && $Object.hasOwnProperty.call(message, "unmanaged")) {
                    if (!$Array.isArray(message.unmanaged))
                        return "unmanaged: array expected";
                    for (let i = 0; i < message.unmanaged.length; ++i)
                        if (!$util.isString(message.unmanaged[i]))
                            return "unmanaged: string[] expected";
                }
                if (message.rules != null && $Object.hasOwnProperty.call(message, "rules")) {
                    if (!$Array.isArray(message.rules))
                        return "rules: array expected";
                    for (let i = 0; i < message.rules.length; ++i) {
                        let error = $root.patchtree.v1.RuleSetting.verify(message.rules[i], _depth + 1);
                        if (error)
                            return "rules." + error;
                    }
                }
                if (message.runNow != null && $Object.hasOwnProperty.call(message, "runNow")) {
                    if (!$Array.isArray(message.runNow))
                        return "runNow: array expected";
                    for (let i = 0; i < message.runNow.length; ++i) {
                        let error = $root.patchtree.v1.RunNow.verify(message.runNow[i], _depth + 1);
                        if (error)
                            return "runNow." + error;
                    }
                }
                if (message.parentId != null && $Object.hasOwnProperty.call(message, "parentId"))
                    if (!$util.isString(message.parentId))
                        return "parentId: string expected";
                if (message.parentIdentity != null && $Object.hasOwnProperty.call(message, "parentIdentity"))
                    if (!$util.isString(message.parentIdentity))
                        return "parentIdentity: string expected";
                return null;
            };

            /**
             * Creates a LanguageAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.LanguageAck
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.LanguageAck} LanguageAck
             */
            LanguageAck.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.LanguageAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.LanguageAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.LanguageAck();
                if (object.unmanaged) {
                    if (!$Array.isArray(object.unmanaged))
                        throw $TypeError(".patchtree.v1.LanguageAck.unmanaged: array expected");
                    message.unmanaged = $Array(object.unmanaged.length);
                    for (let i = 0; i < object.unmanaged.length; ++i)
                        message.unmanaged[i] = $String(object.unmanaged[i]);
                }
                if (object.rules) {
                    if (!$Array.isArray(object.rules))
                        throw $TypeError(".patchtree.v1.LanguageAck.rules: array expected");
                    message.rules = $Array(object.rules.length);
                    for (let i = 0; i < object.rules.length; ++i) {
                        if (!$util.isObject(object.rules[i]))
                            throw $TypeError(".patchtree.v1.LanguageAck.rules: object expected");
                        message.rules[i] = $root.patchtree.v1.RuleSetting.fromObject(object.rules[i], _depth + 1);
                    }
                }
                if (object.runNow) {
                    if (!$Array.isArray(object.runNow))
                        throw $TypeError(".patchtree.v1.LanguageAck.runNow: array expected");
                    message.runNow = $Array(object.runNow.length);
                    for (let i = 0; i < object.runNow.length; ++i) {
                        if (!$util.isObject(object.runNow[i]))
                            throw $TypeError(".patchtree.v1.LanguageAck.runNow: object expected");
                        message.runNow[i] = $root.patchtree.v1.RunNow.fromObject(object.runNow[i], _depth + 1);
                    }
                }
                if (object.parentId != null)
                    if (typeof object.parentId !== "string" || object.parentId.length)
                        message.parentId = $String(object.parentId);
                if (object.parentIdentity != null)
                    if (typeof object.parentIdentity !== "string" || object.parentIdentity.length)
                        message.parentIdentity = $String(object.parentIdentity);
                return message;
            };

            /**
             * Creates a plain object from a LanguageAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.LanguageAck
             * @static
             * @param {patchtree.v1.LanguageAck} message LanguageAck
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LanguageAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.unmanaged = [];
                    object.rules = [];
                    object.runNow = [];
                }
                if (options.defaults) {
                    object.parentId = "";
                    object.parentIdentity = "";
                }
                if (message.unmanaged && message.unmanaged.length) {
                    object.unmanaged = $Array(message.unmanaged.length);
                    for (let j = 0; j < message.unmanaged.length; ++j)
                        object.unmanaged[j] = message.unmanaged[j];
                }
                if (message.rules && message.rules.length) {
                    object.rules = $Array(message.rules.length);
                    for (let j = 0; j < message.rules.length; ++j)
                        object.rules[j] = $root.patchtree.v1.RuleSetting.toObject(message.rules[j], options, _depth + 1);
                }
                if (message.runNow && message.runNow.length) {
                    object.runNow = $Array(message.runNow.length);
                    for (let j = 0; j < message.runNow.length; ++j)
                        object.runNow[j] = $root.patchtree.v1.RunNow.toObject(message.runNow[j], options, _depth + 1);
                }
                if (message.parentId != null && $Object.hasOwnProperty.call(message, "parentId"))
                    object.parentId = message.parentId;
                if (message.parentIdentity != null && $Object.hasOwnProperty.call(message, "parentIdentity"))
                    object.parentIdentity = message.parentIdentity;
                return object;
            };

            /**
             * Converts this LanguageAck to JSON.
             * @function toJSON
             * @memberof patchtree.v1.LanguageAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LanguageAck.prototype.toJSON = function() {
                return LanguageAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LanguageAck
             * @function getTypeUrl
             * @memberof patchtree.v1.LanguageAck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LanguageAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.LanguageAck";
            };

            return LanguageAck;
        })();

        v1.RuleSetting = (function() {

            /**
             * Properties of a RuleSetting.
             * @typedef {Object} patchtree.v1.RuleSetting.$Properties
             * @property {string|null} [name] RuleSetting name
             * @property {patchtree.v1.Mode|null} [mode] RuleSetting mode
             * @property {string|null} [schedule] RuleSetting schedule
             * @property {boolean|null} [verify] RuleSetting verify
             * @property {number|null} [verifyPercent] RuleSetting verifyPercent
             * @property {Array.<string>|null} [policyIds] RuleSetting policyIds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RuleSetting.
             * @memberof patchtree.v1
             * @interface IRuleSetting
             * @augments patchtree.v1.RuleSetting.$Properties
             * @deprecated Use patchtree.v1.RuleSetting.$Properties instead.
             */

            /**
             * Shape of a RuleSetting.
             * @typedef {patchtree.v1.RuleSetting.$Properties} patchtree.v1.RuleSetting.$Shape
             */

            /**
             * Constructs a new RuleSetting.
             * @memberof patchtree.v1
             * @classdesc Represents a RuleSetting.
             * @constructor
             * @param {patchtree.v1.RuleSetting.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RuleSetting = function (properties) {
                this.policyIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RuleSetting name.
             * @member {string} name
             * @memberof patchtree.v1.RuleSetting
             * @instance
             */
            RuleSetting.prototype.name = "";

            /**
             * RuleSetting mode.
             * @member {patchtree.v1.Mode} mode
             * @memberof patchtree.v1.RuleSetting
             * @instance
             */
            RuleSetting.prototype.mode = 0;

            /**
             * RuleSetting schedule.
             * @member {string} schedule
             * @memberof patchtree.v1.RuleSetting
             * @instance
             */
            RuleSetting.prototype.schedule = "";

            /**
             * RuleSetting verify.
             * @member {boolean} verify
             * @memberof patchtree.v1.RuleSetting
             * @instance
             */
            RuleSetting.prototype.verify = false;

            /**
             * RuleSetting verifyPercent.
             * @member {number} verifyPercent
             * @memberof patchtree.v1.RuleSetting
             * @instance
             */
            RuleSetting.prototype.verifyPercent = 0;

            /**
             * RuleSetting policyIds.
             * @member {Array.<string>} policyIds
             * @memberof patchtree.v1.RuleSetting
             * @instance
             */
            RuleSetting.prototype.policyIds = $util.emptyArray;

            /**
             * Creates a new RuleSetting instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.RuleSetting
             * @static
             * @param {patchtree.v1.RuleSetting.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.RuleSetting} RuleSetting instance
             * @type {{
             *   (properties: patchtree.v1.RuleSetting.$Shape): patchtree.v1.RuleSetting & patchtree.v1.RuleSetting.$Shape;
             *   (properties?: patchtree.v1.RuleSetting.$Properties): patchtree.v1.RuleSetting;
             * }}
             */
            RuleSetting.create = function(properties) {
                return new RuleSetting(properties);
            };

            /**
             * Encodes the specified RuleSetting message. Does not implicitly {@link patchtree.v1.RuleSetting.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.RuleSetting
             * @static
             * @param {patchtree.v1.RuleSetting.$Properties} message RuleSetting message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RuleSetting.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.mode);
                if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule") && message.schedule !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.schedule);
                if (message.verify != null && $Object.hasOwnProperty.call(message, "verify") && message.verify !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.verify);
                if (message.verifyPercent != null && $Object.hasOwnProperty.call(message, "verifyPercent") && message.verifyPercent !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.verifyPercent);
                if (message.policyIds != null && message.policyIds.length)
                    for (let i = 0; i < message.policyIds.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.policyIds[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RuleSetting message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.RuleSetting
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.RuleSetting & patchtree.v1.RuleSetting.$Shape} RuleSetting
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RuleSetting.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.RuleSetting();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.schedule = value;
                            else
                                delete message.schedule;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.verify = value;
                            else
                                delete message.verify;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.verifyPercent = value;
                            else
                                delete message.verifyPercent;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.policyIds && message.policyIds.length))
                                message.policyIds = [];
                            message.policyIds.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RuleSetting message.
             * @function verify
             * @memberof patchtree.v1.RuleSetting
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RuleSetting.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    if (typeof message.mode !== "number" || (message.mode | 0) !== message.mode)
                        return "mode: enum value expected";
                if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule"))
                    if (!$util.isString(message.schedule))
                        return "schedule: string expected";
                if (message.verify != null && $Object.hasOwnProperty.call(message, "verify"))
                    if (typeof message.verify !== "boolean")
                        return "verify: boolean expected";
                if (message.verifyPercent != null && $Object.hasOwnProperty.call(message, "verifyPercent"))
                    if (!$util.isInteger(message.verifyPercent))
                        return "verifyPercent: integer expected";
                if (message.policyIds != null && $Object.hasOwnProperty.call(message, "policyIds")) {
                    if (!$Array.isArray(message.policyIds))
                        return "policyIds: array expected";
                    for (let i = 0; i < message.policyIds.length; ++i)
                        if (!$util.isString(message.policyIds[i]))
                            return "policyIds: string[] expected";
                }
                return null;
            };

            /**
             * Creates a RuleSetting message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.RuleSetting
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.RuleSetting} RuleSetting
             */
            RuleSetting.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.RuleSetting)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.RuleSetting: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.RuleSetting();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.mode !== 0 && (typeof object.mode !== "string" || $root.patchtree.v1.Mode[object.mode] !== 0))
                    switch (object.mode) {
                    case "MODE_UNSPECIFIED":
                    case 0:
                        message.mode = 0;
                        break;
                    case "MODE_DIFFERENTIAL":
                    case 1:
                        message.mode = 1;
                        break;
                    case "MODE_COMPLETE":
                    case 2:
                        message.mode = 2;
                        break;
                    default:
                        if (typeof object.mode === "number" && (object.mode | 0) === object.mode)
                            message.mode = object.mode;
                    }
                if (object.schedule != null)
                    if (typeof object.schedule !== "string" || object.schedule.length)
                        message.schedule = $String(object.schedule);
                if (object.verify != null)
                    if (object.verify)
                        message.verify = $Boolean(object.verify);
                if (object.verifyPercent != null)
                    if ($Number(object.verifyPercent) !== 0)
                        message.verifyPercent = object.verifyPercent >>> 0;
                if (object.policyIds) {
                    if (!$Array.isArray(object.policyIds))
                        throw $TypeError(".patchtree.v1.RuleSetting.policyIds: array expected");
                    message.policyIds = $Array(object.policyIds.length);
                    for (let i = 0; i < object.policyIds.length; ++i)
                        message.policyIds[i] = $String(object.policyIds[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a RuleSetting message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.RuleSetting
             * @static
             * @param {patchtree.v1.RuleSetting} message RuleSetting
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RuleSetting.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.policyIds = [];
                if (options.defaults) {
                    object.name = "";
                    object.mode = options.enums === $String ? "MODE_UNSPECIFIED" : 0;
                    object.schedule = "";
                    object.verify = false;
                    object.verifyPercent = 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = options.enums === $String ? $root.patchtree.v1.Mode[message.mode] === $undefined ? message.mode : $root.patchtree.v1.Mode[message.mode] : message.mode;
                if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule"))
                    object.schedule = message.schedule;
                if (message.verify != null && $Object.hasOwnProperty.call(message, "verify"))
                    object.verify = message.verify;
                if (message.verifyPercent != null && $Object.hasOwnProperty.call(message, "verifyPercent"))
                    object.verifyPercent = message.verifyPercent;
                if (message.policyIds && message.policyIds.length) {
                    object.policyIds = $Array(message.policyIds.length);
                    for (let j = 0; j < message.policyIds.length; ++j)
                        object.policyIds[j] = message.policyIds[j];
                }
                return object;
            };

            /**
             * Converts this RuleSetting to JSON.
             * @function toJSON
             * @memberof patchtree.v1.RuleSetting
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RuleSetting.prototype.toJSON = function() {
                return RuleSetting.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RuleSetting
             * @function getTypeUrl
             * @memberof patchtree.v1.RuleSetting
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RuleSetting.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.RuleSetting";
            };

            return RuleSetting;
        })();

        v1.RunNow = (function() {

            /**
             * Properties of a RunNow.
             * @typedef {Object} patchtree.v1.RunNow.$Properties
             * @property {string|null} [rule] RunNow rule
             * @property {number|null} [counter] RunNow counter
             * @property {patchtree.v1.Mode|null} [mode] RunNow mode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunNow.
             * @memberof patchtree.v1
             * @interface IRunNow
             * @augments patchtree.v1.RunNow.$Properties
             * @deprecated Use patchtree.v1.RunNow.$Properties instead.
             */

            /**
             * Shape of a RunNow.
             * @typedef {patchtree.v1.RunNow.$Properties} patchtree.v1.RunNow.$Shape
             */

            /**
             * Constructs a new RunNow.
             * @memberof patchtree.v1
             * @classdesc Represents a RunNow.
             * @constructor
             * @param {patchtree.v1.RunNow.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RunNow = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunNow rule.
             * @member {string} rule
             * @memberof patchtree.v1.RunNow
             * @instance
             */
            RunNow.prototype.rule = "";

            /**
             * RunNow counter.
             * @member {number} counter
             * @memberof patchtree.v1.RunNow
             * @instance
             */
            RunNow.prototype.counter = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RunNow mode.
             * @member {patchtree.v1.Mode} mode
             * @memberof patchtree.v1.RunNow
             * @instance
             */
            RunNow.prototype.mode = 0;

            /**
             * Creates a new RunNow instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.RunNow
             * @static
             * @param {patchtree.v1.RunNow.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.RunNow} RunNow instance
             * @type {{
             *   (properties: patchtree.v1.RunNow.$Shape): patchtree.v1.RunNow & patchtree.v1.RunNow.$Shape;
             *   (properties?: patchtree.v1.RunNow.$Properties): patchtree.v1.RunNow;
             * }}
             */
            RunNow.create = function(properties) {
                return new RunNow(properties);
            };

            /**
             * Encodes the specified RunNow message. Does not implicitly {@link patchtree.v1.RunNow.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.RunNow
             * @static
             * @param {patchtree.v1.RunNow.$Properties} message RunNow message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunNow.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.rule != null && $Object.hasOwnProperty.call(message, "rule") && message.rule !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.rule);
                if (message.counter != null && $Object.hasOwnProperty.call(message, "counter") && (typeof message.counter === "object" ? message.counter.low || message.counter.high : message.counter !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.counter);
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.mode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RunNow message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.RunNow
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.RunNow & patchtree.v1.RunNow.$Shape} RunNow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunNow.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.RunNow();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.rule = value;
                            else
                                delete message.rule;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.counter = value;
                            else
                                delete message.counter;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RunNow message.
             * @function verify
             * @memberof patchtree.v1.RunNow
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RunNow.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.rule != null && $Object.hasOwnProperty.call(message, "rule"))
                    if (!$util.isString(message.rule))
                        return "rule: string expected";
                if (message.counter != null && $Object.hasOwnProperty.call(message, "counter"))
                    if (!$util.isInteger(message.counter) && !(message.counter && $util.isInteger(message.counter.low) && $util.isInteger(message.counter.high)))
                        return "counter: integer|Long expected";
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    if (typeof message.mode !== "number" || (message.mode | 0) !== message.mode)
                        return "mode: enum value expected";
                return null;
            };

            /**
             * Creates a RunNow message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.RunNow
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.RunNow} RunNow
             */
            RunNow.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.RunNow)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.RunNow: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.RunNow();
                if (object.rule != null)
                    if (typeof object.rule !== "string" || object.rule.length)
                        message.rule = $String(object.rule);
                if (object.counter != null)
                    if (typeof object.counter === "object" ? object.counter.low || object.counter.high : $Number(object.counter) !== 0)
                        if ($util.Long)
                            message.counter = $util.Long.fromValue(object.counter, true);
                        else if (typeof object.counter === "string")
                            message.counter = $parseInt(object.counter, 10);
                        else if (typeof object.counter === "number")
                            message.counter = object.counter;
                        else if (typeof object.counter === "object")
                            message.counter = new $util.LongBits(object.counter.low >>> 0, object.counter.high >>> 0).toNumber(true);
                if (object.mode !== 0 && (typeof object.mode !== "string" || $root.patchtree.v1.Mode[object.mode] !== 0))
                    switch (object.mode) {
                    case "MODE_UNSPECIFIED":
                    case 0:
                        message.mode = 0;
                        break;
                    case "MODE_DIFFERENTIAL":
                    case 1:
                        message.mode = 1;
                        break;
                    case "MODE_COMPLETE":
                    case 2:
                        message.mode = 2;
                        break;
                    default:
                        if (typeof object.mode === "number" && (object.mode | 0) === object.mode)
                            message.mode = object.mode;
                    }
                return message;
            };

            /**
             * Creates a plain object from a RunNow message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.RunNow
             * @static
             * @param {patchtree.v1.RunNow} message RunNow
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunNow.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.rule = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.counter = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.counter = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.mode = options.enums === $String ? "MODE_UNSPECIFIED" : 0;
                }
                if (message.rule != null && $Object.hasOwnProperty.call(message, "rule"))
                    object.rule = message.rule;
                if (message.counter != null && $Object.hasOwnProperty.call(message, "counter"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.counter = typeof message.counter === "number" ? $BigInt(message.counter) : $util.Long.fromBits(message.counter.low >>> 0, message.counter.high >>> 0, true).toBigInt();
                    else if (typeof message.counter === "number")
                        object.counter = options.longs === $String ? $String(message.counter) : message.counter;
                    else
                        object.counter = options.longs === $String ? $util.Long.prototype.toString.call(message.counter) : options.longs === $Number ? new $util.LongBits(message.counter.low >>> 0, message.counter.high >>> 0).toNumber(true) : message.counter;
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = options.enums === $String ? $root.patchtree.v1.Mode[message.mode] === $undefined ? message.mode : $root.patchtree.v1.Mode[message.mode] : message.mode;
                return object;
            };

            /**
             * Converts this RunNow to JSON.
             * @function toJSON
             * @memberof patchtree.v1.RunNow
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunNow.prototype.toJSON = function() {
                return RunNow.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RunNow
             * @function getTypeUrl
             * @memberof patchtree.v1.RunNow
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RunNow.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.RunNow";
            };

            return RunNow;
        })();

        v1.RunReport = (function() {

            /**
             * Properties of a RunReport.
             * @typedef {Object} patchtree.v1.RunReport.$Properties
             * @property {number|null} [protocolVersion] RunReport protocolVersion
             * @property {string|null} [childId] RunReport childId
             * @property {string|null} [rule] RunReport rule
             * @property {string|null} [trigger] RunReport trigger
             * @property {patchtree.v1.Mode|null} [mode] RunReport mode
             * @property {string|null} [reason] RunReport reason
             * @property {string|null} [started] RunReport started
             * @property {number|null} [durationMs] RunReport durationMs
             * @property {number|null} [received] RunReport received
             * @property {number|null} [applied] RunReport applied
             * @property {number|null} [deleted] RunReport deleted
             * @property {number|null} [bytes] RunReport bytes
             * @property {boolean|null} [digestEqual] RunReport digestEqual
             * @property {number|null} [sampled] RunReport sampled
             * @property {number|null} [mismatched] RunReport mismatched
             * @property {number|null} [repaired] RunReport repaired
             * @property {boolean|null} [fellBackToComplete] RunReport fellBackToComplete
             * @property {string|null} [errorCode] RunReport errorCode
             * @property {string|null} [errorMessage] RunReport errorMessage
             * @property {boolean|null} [ok] RunReport ok
             * @property {string|null} [status] RunReport status
             * @property {number|null} [runId] RunReport runId
             * @property {number|null} [uptoSeq] RunReport uptoSeq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunReport.
             * @memberof patchtree.v1
             * @interface IRunReport
             * @augments patchtree.v1.RunReport.$Properties
             * @deprecated Use patchtree.v1.RunReport.$Properties instead.
             */

            /**
             * Shape of a RunReport.
             * @typedef {patchtree.v1.RunReport.$Properties} patchtree.v1.RunReport.$Shape
             */

            /**
             * Constructs a new RunReport.
             * @memberof patchtree.v1
             * @classdesc Represents a RunReport.
             * @constructor
             * @param {patchtree.v1.RunReport.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RunReport = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunReport protocolVersion.
             * @member {number} protocolVersion
             * @memberof patchtree.v1.RunReport
             * @instance
             */
            RunReport.prototype.protocolVersion = 0;

            /**
             * RunReport childId.
             * @member {string} childId
             * @memberof patchtree.v1.RunReport
             * @instance
             */
            RunReport.prototype.childId = "";

            /**
             * RunReport rule.
             * @member {string} rule
             * @memberof patchtree.v1.RunReport
             * @instance
             */
            RunReport.prototype.rule = "";

            /**
             * RunReport trigger.
             * @member {string} trigger
             * @memberof patchtree.v1.RunReport
             * @instance
             */
            RunReport.prototype.trigger = "";

            /**
             * RunReport mode.
             * @member {patchtree.v1.Mode} mode
             * @memberof patchtree.v1.RunReport
             * @instance
             */
            RunReport.prototype.mode = 0;

            /**
             * RunReport reason.
             * @member {string} reason
             * @memberof patchtree.v1.RunReport
             * @instance
             */
            RunReport.prototype.reason = "";

            /**
             * RunReport started.
             * @member {string} started
             * @memberof patchtree.v1.RunReport
             * @instance
             */
            RunReport.prototype.started = "";

            /**
             * RunReport durationMs.
             * @member {number} durationMs
             * @memberof patchtree.v1.RunReport
             * @instance
             */
            RunReport.prototype.durationMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RunReport received.
             * @member {number} received
             * @memberof patchtree.v1.RunReport
             * @instance
             */
            RunReport.prototype.received = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RunReport applied.
             * @member {number} applied
             * @memberof patchtree.v1.RunReport
             * @instance
             */
            RunReport.prototype.applied = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RunReport deleted.
             * @member {number} deleted
             * @memberof patchtree.v1.RunReport
             * @instance
             */
            RunReport.prototype.deleted = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RunReport bytes.
             * @member {number} bytes
             * @memberof patchtree.v1.RunReport
             * @instance
             */
            RunReport.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RunReport digestEqual.
             * @member {boolean} digestEqual
             * @memberof patchtree.v1.RunReport
             * @instance
             */
            RunReport.prototype.digestEqual = false;

            /**
             * RunReport sampled.
             * @member {number} sampled
             * @memberof patchtree.v1.RunReport
             * @instance
             */
            RunReport.prototype.sampled = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RunReport mismatched.
             * @member {number} mismatched
             * @memberof patchtree.v1.RunReport
             * @instance
             */
            RunReport.prototype.mismatched = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RunReport repaired.
             * @member {number} repaired
             * @memberof patchtree.v1.RunReport
             * @instance
             */
            RunReport.prototype.repaired = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RunReport fellBackToComplete.
             * @member {boolean} fellBackToComplete
             * @memberof patchtree.v1.RunReport
             * @instance
             */
            RunReport.prototype.fellBackToComplete = false;

            /**
             * RunReport errorCode.
             * @member {string} errorCode
             * @memberof patchtree.v1.RunReport
             * @instance
             */
            RunReport.prototype.errorCode = "";

            /**
             * RunReport errorMessage.
             * @member {string} errorMessage
             * @memberof patchtree.v1.RunReport
             * @instance
             */
            RunReport.prototype.errorMessage = "";

            /**
             * RunReport ok.
             * @member {boolean} ok
             * @memberof patchtree.v1.RunReport
             * @instance
             */
            RunReport.prototype.ok = false;

            /**
             * RunReport status.
             * @member {string} status
             * @memberof patchtree.v1.RunReport
             * @instance
             */
            RunReport.prototype.status = "";

            /**
             * RunReport runId.
             * @member {number} runId
             * @memberof patchtree.v1.RunReport
             * @instance
             */
            RunReport.prototype.runId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RunReport uptoSeq.
             * @member {number} uptoSeq
             * @memberof patchtree.v1.RunReport
             * @instance
             */
            RunReport.prototype.uptoSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new RunReport instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.RunReport
             * @static
             * @param {patchtree.v1.RunReport.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.RunReport} RunReport instance
             * @type {{
             *   (properties: patchtree.v1.RunReport.$Shape): patchtree.v1.RunReport & patchtree.v1.RunReport.$Shape;
             *   (properties?: patchtree.v1.RunReport.$Properties): patchtree.v1.RunReport;
             * }}
             */
            RunReport.create = function(properties) {
                return new RunReport(properties);
            };

            /**
             * Encodes the specified RunReport message. Does not implicitly {@link patchtree.v1.RunReport.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.RunReport
             * @static
             * @param {patchtree.v1.RunReport.$Properties} message RunReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunReport.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.childId != null && $Object.hasOwnProperty.call(message, "childId") && message.childId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.childId);
                if (message.rule != null && $Object.hasOwnProperty.call(message, "rule") && message.rule !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.rule);
                if (message.trigger != null && $Object.hasOwnProperty.call(message, "trigger") && message.trigger !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.trigger);
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.mode);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.reason);
                if (message.started != null && $Object.hasOwnProperty.call(message, "started") && message.started !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.started);
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && (typeof message.durationMs === "object" ? message.durationMs.low || message.durationMs.high : message.durationMs !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.durationMs);
                if (message.received != null && $Object.hasOwnProperty.call(message, "received") && (typeof message.received === "object" ? message.received.low || message.received.high : message.received !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.received);
                if (message.applied != null && $Object.hasOwnProperty.call(message, "applied") && (typeof message.applied === "object" ? message.applied.low || message.applied.high : message.applied !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.applied);
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted") && (typeof message.deleted === "object" ? message.deleted.low || message.deleted.high : message.deleted !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.deleted);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.bytes);
                if (message.digestEqual != null && $Object.hasOwnProperty.call(message, "digestEqual") && message.digestEqual !== false)
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.digestEqual);
                if (message.sampled != null && $Object.hasOwnProperty.call(message, "sampled") && (typeof message.sampled === "object" ? message.sampled.low || message.sampled.high : message.sampled !== 0))
                    writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.sampled);
                if (message.mismatched != null && $Object.hasOwnProperty.call(message, "mismatched") && (typeof message.mismatched === "object" ? message.mismatched.low || message.mismatched.high : message.mismatched !== 0))
                    writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.mismatched);
                if (message.repaired != null && $Object.hasOwnProperty.call(message, "repaired") && (typeof message.repaired === "object" ? message.repaired.low || message.repaired.high : message.repaired !== 0))
                    writer.uint32(/* id 16, wireType 0 =*/128).uint64(message.repaired);
                if (message.fellBackToComplete != null && $Object.hasOwnProperty.call(message, "fellBackToComplete") && message.fellBackToComplete !== false)
                    writer.uint32(/* id 17, wireType 0 =*/136).bool(message.fellBackToComplete);
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== "")
                    writer.uint32(/* id 18, wireType 2 =*/146).string(message.errorCode);
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage") && message.errorMessage !== "")
                    writer.uint32(/* id 19, wireType 2 =*/154).string(message.errorMessage);
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                    writer.uint32(/* id 20, wireType 0 =*/160).bool(message.ok);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                    writer.uint32(/* id 21, wireType 2 =*/170).string(message.status);
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && (typeof message.runId === "object" ? message.runId.low || message.runId.high : message.runId !== 0))
                    writer.uint32(/* id 22, wireType 0 =*/176).uint64(message.runId);
                if (message.uptoSeq != null && $Object.hasOwnProperty.call(message, "uptoSeq") && (typeof message.uptoSeq === "object" ? message.uptoSeq.low || message.uptoSeq.high : message.uptoSeq !== 0))
                    writer.uint32(/* id 23, wireType 0 =*/184).uint64(message.uptoSeq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RunReport message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.RunReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.RunReport & patchtree.v1.RunReport.$Shape} RunReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunReport.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.RunReport();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.childId = value;
                            else
                                delete message.childId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.rule = value;
                            else
                                delete message.rule;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.trigger = value;
                            else
                                delete message.trigger;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.started = value;
                            else
                                delete message.started;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.durationMs = value;
                            else
                                delete message.durationMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.received = value;
                            else
                                delete message.received;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.applied = value;
                            else
                                delete message.applied;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.deleted = value;
                            else
                                delete message.deleted;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.digestEqual = value;
                            else
                                delete message.digestEqual;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sampled = value;
                            else
                                delete message.sampled;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.mismatched = value;
                            else
                                delete message.mismatched;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.repaired = value;
                            else
                                delete message.repaired;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.fellBackToComplete = value;
                            else
                                delete message.fellBackToComplete;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorCode = value;
                            else
                                delete message.errorCode;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorMessage = value;
                            else
                                delete message.errorMessage;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ok = value;
                            else
                                delete message.ok;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 22: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 23: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.uptoSeq = value;
                            else
                                delete message.uptoSeq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RunReport message.
             * @function verify
             * @memberof patchtree.v1.RunReport
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RunReport.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                if (message.childId != null && $Object.hasOwnProperty.call(message, "childId"))
                    if (!$util.isString(message.childId))
                        return "childId: string expected";
                if (message.rule != null && $Object.hasOwnProperty.call(message, "rule"))
                    if (!$util.isString(message.rule))
                        return "rule: string expected";
                if (message.trigger != null && $Object.hasOwnProperty.call(message, "trigger"))
                    if (!$util.isString(message.trigger))
                        return "trigger: string expected";
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    if (typeof message.mode !== "number" || (message.mode | 0) !== message.mode)
                        return "mode: enum value expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.started != null && $Object.hasOwnProperty.call(message, "started"))
                    if (!$util.isString(message.started))
                        return "started: string expected";
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    if (!$util.isInteger(message.durationMs) && !(message.durationMs && $util.isInteger(message.durationMs.low) && $util.isInteger(message.durationMs.high)))
                        return "durationMs: integer|Long expected";
                if (message.received != null && $Object.hasOwnProperty.call(message, "received"))
                    if (!$util.isInteger(message.received) && !(message.received && $util.isInteger(message.received.low) && $util.isInteger(message.received.high)))
                        return "received: integer|Long expected";
                if (message.applied != null && $Object.hasOwnProperty.call(message, "applied"))
                    if (!$util.isInteger(message.applied) && !(message.applied && $util.isInteger(message.applied.low) && $util.isInteger(message.applied.high)))
                        return "applied: integer|Long expected";
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted"))
                    if (!$util.isInteger(message.deleted) && !(message.deleted && $util.isInteger(message.deleted.low) && $util.isInteger(message.deleted.high)))
                        return "deleted: integer|Long expected";
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (!$util.isInteger(message.bytes) && !(message.bytes && $util.isInteger(message.bytes.low) && $util.isInteger(message.bytes.high)))
                        return "bytes: integer|Long expected";
                if (message.digestEqual != null && $Object.hasOwnProperty.call(message, "digestEqual"))
                    if (typeof message.digestEqual !== "boolean")
                        return "digestEqual: boolean expected";
                if (message.sampled != null && $Object.hasOwnProperty.call(message, "sampled"))
                    if (!$util.isInteger(message.sampled) && !(message.sampled && $util.isInteger(message.sampled.low) && $util.isInteger(message.sampled.high)))
                        return "sampled: integer|Long expected";
                if (message.mismatched != null && $Object.hasOwnProperty.call(message, "mismatched"))
                    if (!$util.isInteger(message.mismatched) && !(message.mismatched && $util.isInteger(message.mismatched.low) && $util.isInteger(message.mismatched.high)))
                        return "mismatched: integer|Long expected";
                if (message.repaired != null && $Object.hasOwnProperty.call(message, "repaired"))
                    if (!$util.isInteger(message.repaired) && !(message.repaired && $util.isInteger(message.repaired.low) && $util.isInteger(message.repaired.high)))
                        return "repaired: integer|Long expected";
                if (message.fellBackToComplete != null && $Object.hasOwnProperty.call(message, "fellBackToComplete"))
                    if (typeof message.fellBackToComplete !== "boolean")
                        return "fellBackToComplete: boolean expected";
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                    if (!$util.isString(message.errorCode))
                        return "errorCode: string expected";
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage"))
                    if (!$util.isString(message.errorMessage))
                        return "errorMessage: string expected";
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    if (typeof message.ok !== "boolean")
                        return "ok: boolean expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (!$util.isString(message.status))
                        return "status: string expected";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isInteger(message.runId) && !(message.runId && $util.isInteger(message.runId.low) && $util.isInteger(message.runId.high)))
                        return "runId: integer|Long expected";
                if (message.uptoSeq != null && $Object.hasOwnProperty.call(message, "uptoSeq"))
                    if (!$util.isInteger(message.uptoSeq) && !(message.uptoSeq && $util.isInteger(message.uptoSeq.low) && $util.isInteger(message.uptoSeq.high)))
                        return "uptoSeq: integer|Long expected";
                return null;
            };

            /**
             * Creates a RunReport message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.RunReport
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.RunReport} RunReport
             */
            RunReport.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.RunReport)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.RunReport: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.RunReport();
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.childId != null)
                    if (typeof object.childId !== "string" || object.childId.length)
                        message.childId = $String(object.childId);
                if (object.rule != null)
                    if (typeof object.rule !== "string" || object.rule.length)
                        message.rule = $String(object.rule);
                if (object.trigger != null)
                    if (typeof object.trigger !== "string" || object.trigger.length)
                        message.trigger = $String(object.trigger);
                if (object.mode !== 0 && (typeof object.mode !== "string" || $root.patchtree.v1.Mode[object.mode] !== 0))
                    switch (object.mode) {
                    case "MODE_UNSPECIFIED":
                    case 0:
                        message.mode = 0;
                        break;
                    case "MODE_DIFFERENTIAL":
                    case 1:
                        message.mode = 1;
                        break;
                    case "MODE_COMPLETE":
                    case 2:
                        message.mode = 2;
                        break;
                    default:
                        if (typeof object.mode === "number" && (object.mode | 0) === object.mode)
                            message.mode = object.mode;
                    }
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.started != null)
                    if (typeof object.started !== "string" || object.started.length)
                        message.started = $String(object.started);
                if (object.durationMs != null)
                    if (typeof object.durationMs === "object" ? object.durationMs.low || object.durationMs.high : $Number(object.durationMs) !== 0)
                        if ($util.Long)
                            message.durationMs = $util.Long.fromValue(object.durationMs, true);
                        else if (typeof object.durationMs === "string")
                            message.durationMs = $parseInt(object.durationMs, 10);
                        else if (typeof object.durationMs === "number")
                            message.durationMs = object.durationMs;
                        else if (typeof object.durationMs === "object")
                            message.durationMs = new $util.LongBits(object.durationMs.low >>> 0, object.durationMs.high >>> 0).toNumber(true);
                if (object.received != null)
                    if (typeof object.received === "object" ? object.received.low || object.received.high : $Number(object.received) !== 0)
                        if ($util.Long)
                            message.received = $util.Long.fromValue(object.received, true);
                        else if (typeof object.received === "string")
                            message.received = $parseInt(object.received, 10);
                        else if (typeof object.received === "number")
                            message.received = object.received;
                        else if (typeof object.received === "object")
                            message.received = new $util.LongBits(object.received.low >>> 0, object.received.high >>> 0).toNumber(true);
                if (object.applied != null)
                    if (typeof object.applied === "object" ? object.applied.low || object.applied.high : $Number(object.applied) !== 0)
                        if ($util.Long)
                            message.applied = $util.Long.fromValue(object.applied, true);
                        else if (typeof object.applied === "string")
                            message.applied = $parseInt(object.applied, 10);
                        else if (typeof object.applied === "number")
                            message.applied = object.applied;
                        else if (typeof object.applied === "object")
                            message.applied = new $util.LongBits(object.applied.low >>> 0, object.applied.high >>> 0).toNumber(true);
                if (object.deleted != null)
                    if (typeof object.deleted === "object" ? object.deleted.low || object.deleted.high : $Number(object.deleted) !== 0)
                        if ($util.Long)
                            message.deleted = $util.Long.fromValue(object.deleted, true);
                        else if (typeof object.deleted === "string")
                            message.deleted = $parseInt(object.deleted, 10);
                        else if (typeof object.deleted === "number")
                            message.deleted = object.deleted;
                        else if (typeof object.deleted === "object")
                            message.deleted = new $util.LongBits(object.deleted.low >>> 0, object.deleted.high >>> 0).toNumber(true);
                if (object.bytes != null)
                    if (typeof object.bytes === "object" ? object.bytes.low || object.bytes.high : $Number(object.bytes) !== 0)
                        if ($util.Long)
                            message.bytes = $util.Long.fromValue(object.bytes, true);
                        else if (typeof object.bytes === "string")
                            message.bytes = $parseInt(object.bytes, 10);
                        else if (typeof object.bytes === "number")
                            message.bytes = object.bytes;
                        else if (typeof object.bytes === "object")
                            message.bytes = new $util.LongBits(object.bytes.low >>> 0, object.bytes.high >>> 0).toNumber(true);
                if (object.digestEqual != null)
                    if (object.digestEqual)
                        message.digestEqual = $Boolean(object.digestEqual);
                if (object.sampled != null)
                    if (typeof object.sampled === "object" ? object.sampled.low || object.sampled.high : $Number(object.sampled) !== 0)
                        if ($util.Long)
                            message.sampled = $util.Long.fromValue(object.sampled, true);
                        else if (typeof object.sampled === "string")
                            message.sampled = $parseInt(object.sampled, 10);
                        else if (typeof object.sampled === "number")
                            message.sampled = object.sampled;
                        else if (typeof object.sampled === "object")
                            message.sampled = new $util.LongBits(object.sampled.low >>> 0, object.sampled.high >>> 0).toNumber(true);
                if (object.mismatched != null)
                    if (typeof object.mismatched === "object" ? object.mismatched.low || object.mismatched.high : $Number(object.mismatched) !== 0)
                        if ($util.Long)
                            message.mismatched = $util.Long.fromValue(object.mismatched, true);
                        else if (typeof object.mismatched === "string")
                            message.mismatched = $parseInt(object.mismatched, 10);
                        else if (typeof object.mismatched === "number")
                            message.mismatched = object.mismatched;
                        else if (typeof object.mismatched === "object")
                            message.mismatched = new $util.LongBits(object.mismatched.low >>> 0, object.mismatched.high >>> 0).toNumber(true);
                if (object.repaired != null)
                    if (typeof object.repaired === "object" ? object.repaired.low || object.repaired.high : $Number(object.repaired) !== 0)
                        if ($util.Long)
                            message.repaired = $util.Long.fromValue(object.repaired, true);
                        else if (typeof object.repaired === "string")
                            message.repaired = $parseInt(object.repaired, 10);
                        else if (typeof object.repaired === "number")
                            message.repaired = object.repaired;
                        else if (typeof object.repaired === "object")
                            message.repaired = new $util.LongBits(object.repaired.low >>> 0, object.repaired.high >>> 0).toNumber(true);
                if (object.fellBackToComplete != null)
                    if (object.fellBackToComplete)
                        message.fellBackToComplete = $Boolean(object.fellBackToComplete);
                if (object.errorCode != null)
                    if (typeof object.errorCode !== "string" || object.errorCode.length)
                        message.errorCode = $String(object.errorCode);
                if (object.errorMessage != null)
                    if (typeof object.errorMessage !== "string" || object.errorMessage.length)
                        message.errorMessage = $String(object.errorMessage);
                if (object.ok != null)
                    if (object.ok)
                        message.ok = $Boolean(object.ok);
                if (object.status != null)
                    if (typeof object.status !== "string" || object.status.length)
                        message.status = $String(object.status);
                if (object.runId != null)
                    if (typeof object.runId === "object" ? object.runId.low || object.runId.high : $Number(object.runId) !== 0)
                        if ($util.Long)
                            message.runId = $util.Long.fromValue(object.runId, true);
                        else if (typeof object.runId === "string")
                            message.runId = $parseInt(object.runId, 10);
                        else if (typeof object.runId === "number")
                            message.runId = object.runId;
                        else if (typeof object.runId === "object")
                            message.runId = new $util.LongBits(object.runId.low >>> 0, object.runId.high >>> 0).toNumber(true);
                if (object.uptoSeq != null)
                    if (typeof object.uptoSeq === "object" ? object.uptoSeq.low || object.uptoSeq.high : $Number(object.uptoSeq) !== 0)
                        if ($util.Long)
                            message.uptoSeq = $util.Long.fromValue(object.uptoSeq, true);
                        else if (typeof object.uptoSeq === "string")
                            message.uptoSeq = $parseInt(object.uptoSeq, 10);
                        else if (typeof object.uptoSeq === "number")
                            message.uptoSeq = object.uptoSeq;
                        else if (typeof object.uptoSeq === "object")
                            message.uptoSeq = new $util.LongBits(object.uptoSeq.low >>> 0, object.uptoSeq.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a RunReport message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.RunReport
             * @static
             * @param {patchtree.v1.RunReport} message RunReport
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunReport.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.protocolVersion = 0;
                    object.childId = "";
                    object.rule = "";
                    object.trigger = "";
                    object.mode = options.enums === $String ? "MODE_UNSPECIFIED" : 0;
                    object.reason = "";
                    object.started = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.durationMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.durationMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.received = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.received = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.applied = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.applied = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.deleted = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.deleted = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.digestEqual = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sampled = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sampled = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.mismatched = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.mismatched = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.repaired = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.repaired = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.fellBackToComplete = false;
                    object.errorCode = "";
                    object.errorMessage = "";
                    object.ok = false;
                    object.status = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.runId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.runId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.uptoSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.uptoSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.childId != null && $Object.hasOwnProperty.call(message, "childId"))
                    object.childId = message.childId;
                if (message.rule != null && $Object.hasOwnProperty.call(message, "rule"))
                    object.rule = message.rule;
                if (message.trigger != null && $Object.hasOwnProperty.call(message, "trigger"))
                    object.trigger = message.trigger;
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = options.enums === $String ? $root.patchtree.v1.Mode[message.mode] === $undefined ? message.mode : $root.patchtree.v1.Mode[message.mode] : message.mode;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.started != null && $Object.hasOwnProperty.call(message, "started"))
                    object.started = message.started;
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.durationMs = typeof message.durationMs === "number" ? $BigInt(message.durationMs) : $util.Long.fromBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0, true).toBigInt();
                    else if (typeof message.durationMs === "number")
                        object.durationMs = options.longs === $String ? $String(message.durationMs) : message.durationMs;
                    else
                        object.durationMs = options.longs === $String ? $util.Long.prototype.toString.call(message.durationMs) : options.longs === $Number ? new $util.LongBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0).toNumber(true) : message.durationMs;
                if (message.received != null && $Object.hasOwnProperty.call(message, "received"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.received = typeof message.received === "number" ? $BigInt(message.received) : $util.Long.fromBits(message.received.low >>> 0, message.received.high >>> 0, true).toBigInt();
                    else if (typeof message.received === "number")
                        object.received = options.longs === $String ? $String(message.received) : message.received;
                    else
                        object.received = options.longs === $String ? $util.Long.prototype.toString.call(message.received) : options.longs === $Number ? new $util.LongBits(message.received.low >>> 0, message.received.high >>> 0).toNumber(true) : message.received;
                if (message.applied != null && $Object.hasOwnProperty.call(message, "applied"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.applied = typeof message.applied === "number" ? $BigInt(message.applied) : $util.Long.fromBits(message.applied.low >>> 0, message.applied.high >>> 0, true).toBigInt();
                    else if (typeof message.applied === "number")
                        object.applied = options.longs === $String ? $String(message.applied) : message.applied;
                    else
                        object.applied = options.longs === $String ? $util.Long.prototype.toString.call(message.applied) : options.longs === $Number ? new $util.LongBits(message.applied.low >>> 0, message.applied.high >>> 0).toNumber(true) : message.applied;
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.deleted = typeof message.deleted === "number" ? $BigInt(message.deleted) : $util.Long.fromBits(message.deleted.low >>> 0, message.deleted.high >>> 0, true).toBigInt();
                    else if (typeof message.deleted === "number")
                        object.deleted = options.longs === $String ? $String(message.deleted) : message.deleted;
                    else
                        object.deleted = options.longs === $String ? $util.Long.prototype.toString.call(message.deleted) : options.longs === $Number ? new $util.LongBits(message.deleted.low >>> 0, message.deleted.high >>> 0).toNumber(true) : message.deleted;
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytes = typeof message.bytes === "number" ? $BigInt(message.bytes) : $util.Long.fromBits(message.bytes.low >>> 0, message.bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.bytes === "number")
                        object.bytes = options.longs === $String ? $String(message.bytes) : message.bytes;
                    else
                        object.bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.bytes) : options.longs === $Number ? new $util.LongBits(message.bytes.low >>> 0, message.bytes.high >>> 0).toNumber(true) : message.bytes;
                if (message.digestEqual != null && $Object.hasOwnProperty.call(message, "digestEqual"))
                    object.digestEqual = message.digestEqual;
                if (message.sampled != null && $Object.hasOwnProperty.call(message, "sampled"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sampled = typeof message.sampled === "number" ? $BigInt(message.sampled) : $util.Long.fromBits(message.sampled.low >>> 0, message.sampled.high >>> 0, true).toBigInt();
                    else if (typeof message.sampled === "number")
                        object.sampled = options.longs === $String ? $String(message.sampled) : message.sampled;
                    else
                        object.sampled = options.longs === $String ? $util.Long.prototype.toString.call(message.sampled) : options.longs === $Number ? new $util.LongBits(message.sampled.low >>> 0, message.sampled.high >>> 0).toNumber(true) : message.sampled;
                if (message.mismatched != null && $Object.hasOwnProperty.call(message, "mismatched"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.mismatched = typeof message.mismatched === "number" ? $BigInt(message.mismatched) : $util.Long.fromBits(message.mismatched.low >>> 0, message.mismatched.high >>> 0, true).toBigInt();
                    else if (typeof message.mismatched === "number")
                        object.mismatched = options.longs === $String ? $String(message.mismatched) : message.mismatched;
                    else
                        object.mismatched = options.longs === $String ? $util.Long.prototype.toString.call(message.mismatched) : options.longs === $Number ? new $util.LongBits(message.mismatched.low >>> 0, message.mismatched.high >>> 0).toNumber(true) : message.mismatched;
                if (message.repaired != null && $Object.hasOwnProperty.call(message, "repaired"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.repaired = typeof message.repaired === "number" ? $BigInt(message.repaired) : $util.Long.fromBits(message.repaired.low >>> 0, message.repaired.high >>> 0, true).toBigInt();
                    else if (typeof message.repaired === "number")
                        object.repaired = options.longs === $String ? $String(message.repaired) : message.repaired;
                    else
                        object.repaired = options.longs === $String ? $util.Long.prototype.toString.call(message.repaired) : options.longs === $Number ? new $util.LongBits(message.repaired.low >>> 0, message.repaired.high >>> 0).toNumber(true) : message.repaired;
                if (message.fellBackToComplete != null && $Object.hasOwnProperty.call(message, "fellBackToComplete"))
                    object.fellBackToComplete = message.fellBackToComplete;
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                    object.errorCode = message.errorCode;
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage"))
                    object.errorMessage = message.errorMessage;
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    object.ok = message.ok;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = message.status;
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.runId = typeof message.runId === "number" ? $BigInt(message.runId) : $util.Long.fromBits(message.runId.low >>> 0, message.runId.high >>> 0, true).toBigInt();
                    else if (typeof message.runId === "number")
                        object.runId = options.longs === $String ? $String(message.runId) : message.runId;
                    else
                        object.runId = options.longs === $String ? $util.Long.prototype.toString.call(message.runId) : options.longs === $Number ? new $util.LongBits(message.runId.low >>> 0, message.runId.high >>> 0).toNumber(true) : message.runId;
                if (message.uptoSeq != null && $Object.hasOwnProperty.call(message, "uptoSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.uptoSeq = typeof message.uptoSeq === "number" ? $BigInt(message.uptoSeq) : $util.Long.fromBits(message.uptoSeq.low >>> 0, message.uptoSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.uptoSeq === "number")
                        object.uptoSeq = options.longs === $String ? $String(message.uptoSeq) : message.uptoSeq;
                    else
                        object.uptoSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.uptoSeq) : options.longs === $Number ? new $util.LongBits(message.uptoSeq.low >>> 0, message.uptoSeq.high >>> 0).toNumber(true) : message.uptoSeq;
                return object;
            };

            /**
             * Converts this RunReport to JSON.
             * @function toJSON
             * @memberof patchtree.v1.RunReport
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunReport.prototype.toJSON = function() {
                return RunReport.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RunReport
             * @function getTypeUrl
             * @memberof patchtree.v1.RunReport
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RunReport.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.RunReport";
            };

            return RunReport;
        })();

        v1.ContentListRequest = (function() {

            /**
             * Properties of a ContentListRequest.
             * @typedef {Object} patchtree.v1.ContentListRequest.$Properties
             * @property {number|null} [protocolVersion] ContentListRequest protocolVersion
             * @property {string|null} [childId] ContentListRequest childId
             * @property {Array.<string>|null} [languages] ContentListRequest languages
             * @property {Array.<string>|null} [via] ContentListRequest via
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ContentListRequest.
             * @memberof patchtree.v1
             * @interface IContentListRequest
             * @augments patchtree.v1.ContentListRequest.$Properties
             * @deprecated Use patchtree.v1.ContentListRequest.$Properties instead.
             */

            /**
             * Shape of a ContentListRequest.
             * @typedef {patchtree.v1.ContentListRequest.$Properties} patchtree.v1.ContentListRequest.$Shape
             */

            /**
             * Constructs a new ContentListRequest.
             * @memberof patchtree.v1
             * @classdesc Represents a ContentListRequest.
             * @constructor
             * @param {patchtree.v1.ContentListRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ContentListRequest = function (properties) {
                this.languages = [];
                this.via = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ContentListRequest protocolVersion.
             * @member {number} protocolVersion
             * @memberof patchtree.v1.ContentListRequest
             * @instance
             */
            ContentListRequest.prototype.protocolVersion = 0;

            /**
             * ContentListRequest childId.
             * @member {string} childId
             * @memberof patchtree.v1.ContentListRequest
             * @instance
             */
            ContentListRequest.prototype.childId = "";

            /**
             * ContentListRequest languages.
             * @member {Array.<string>} languages
             * @memberof patchtree.v1.ContentListRequest
             * @instance
             */
            ContentListRequest.prototype.languages = $util.emptyArray;

            /**
             * ContentListRequest via.
             * @member {Array.<string>} via
             * @memberof patchtree.v1.ContentListRequest
             * @instance
             */
            ContentListRequest.prototype.via = $util.emptyArray;

            /**
             * Creates a new ContentListRequest instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.ContentListRequest
             * @static
             * @param {patchtree.v1.ContentListRequest.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.ContentListRequest} ContentListRequest instance
             * @type {{
             *   (properties: patchtree.v1.ContentListRequest.$Shape): patchtree.v1.ContentListRequest & patchtree.v1.ContentListRequest.$Shape;
             *   (properties?: patchtree.v1.ContentListRequest.$Properties): patchtree.v1.ContentListRequest;
             * }}
             */
            ContentListRequest.create = function(properties) {
                return new ContentListRequest(properties);
            };

            /**
             * Encodes the specified ContentListRequest message. Does not implicitly {@link patchtree.v1.ContentListRequest.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.ContentListRequest
             * @static
             * @param {patchtree.v1.ContentListRequest.$Properties} message ContentListRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContentListRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.childId != null && $Object.hasOwnProperty.call(message, "childId") && message.childId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.childId);
                if (message.languages != null && message.languages.length)
                    for (let i = 0; i < message.languages.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.languages[i]);
                if (message.via != null && message.via.length)
                    for (let i = 0; i < message.via.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.via[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ContentListRequest message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.ContentListRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.ContentListRequest & patchtree.v1.ContentListRequest.$Shape} ContentListRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContentListRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.ContentListRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.childId = value;
                            else
                                delete message.childId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.languages && message.languages.length))
                                message.languages = [];
                            message.languages.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.via && message.via.length))
                                message.via = [];
                            message.via.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ContentListRequest message.
             * @function verify
             * @memberof patchtree.v1.ContentListRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ContentListRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                if (message.childId != null && $Object.hasOwnProperty.call(message, "childId"))
                    if (!$util.isString(message.childId))
                        return "childId: string expected";
                if (message.languages != null && $Object.hasOwnProperty.call(message, "languages")) {
                    if (!$Array.isArray(message.languages))
                        return "languages: array expected";
                    for (let i = 0; i < message.languages.length; ++i)
                        if (!$util.isString(message.languages[i]))
                            return "languages: string[] expected";
                }
                if (message.via != null && $Object.hasOwnProperty.call(message, "via")) {
                    if (!$Array.isArray(message.via))
                        return "via: array expected";
                    for (let i = 0; i < message.via.length; ++i)
                        if (!$util.isString(message.via[i]))
                            return "via: string[] expected";
                }
                return null;
            };

            /**
             * Creates a ContentListRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.ContentListRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.ContentListRequest} ContentListRequest
             */
            ContentListRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.ContentListRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.ContentListRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.ContentListRequest();
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.childId != null)
                    if (typeof object.childId !== "string" || object.childId.length)
                        message.childId = $String(object.childId);
                if (object.languages) {
                    if (!$Array.isArray(object.languages))
                        throw $TypeError(".patchtree.v1.ContentListRequest.languages: array expected");
                    message.languages = $Array(object.languages.length);
                    for (let i = 0; i < object.languages.length; ++i)
                        message.languages[i] = $String(object.languages[i]);
                }
                if (object.via) {
                    if (!$Array.isArray(object.via))
                        throw $TypeError(".patchtree.v1.ContentListRequest.via: array expected");
                    message.via = $Array(object.via.length);
                    for (let i = 0; i < object.via.length; ++i)
                        message.via[i] = $String(object.via[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a ContentListRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.ContentListRequest
             * @static
             * @param {patchtree.v1.ContentListRequest} message ContentListRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ContentListRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.languages = [];
                    object.via = [];
                }
                if (options.defaults) {
                    object.protocolVersion = 0;
                    object.childId = "";
                }
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.childId != null && $Object.hasOwnProperty.call(message, "childId"))
                    object.childId = message.childId;
                if (message.languages && message.languages.length) {
                    object.languages = $Array(message.languages.length);
                    for (let j = 0; j < message.languages.length; ++j)
                        object.languages[j] = message.languages[j];
                }
                if (message.via && message.via.length) {
                    object.via = $Array(message.via.length);
                    for (let j = 0; j < message.via.length; ++j)
                        object.via[j] = message.via[j];
                }
                return object;
            };

            /**
             * Converts this ContentListRequest to JSON.
             * @function toJSON
             * @memberof patchtree.v1.ContentListRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ContentListRequest.prototype.toJSON = function() {
                return ContentListRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ContentListRequest
             * @function getTypeUrl
             * @memberof patchtree.v1.ContentListRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ContentListRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.ContentListRequest";
            };

            return ContentListRequest;
        })();

        v1.ContentFile = (function() {

            /**
             * Properties of a ContentFile.
             * @typedef {Object} patchtree.v1.ContentFile.$Properties
             * @property {string|null} [updateKey] ContentFile updateKey
             * @property {string|null} [algorithm] ContentFile algorithm
             * @property {string|null} [hash] ContentFile hash
             * @property {number|null} [size] ContentFile size
             * @property {boolean|null} [verified] ContentFile verified
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ContentFile.
             * @memberof patchtree.v1
             * @interface IContentFile
             * @augments patchtree.v1.ContentFile.$Properties
             * @deprecated Use patchtree.v1.ContentFile.$Properties instead.
             */

            /**
             * Shape of a ContentFile.
             * @typedef {patchtree.v1.ContentFile.$Properties} patchtree.v1.ContentFile.$Shape
             */

            /**
             * Constructs a new ContentFile.
             * @memberof patchtree.v1
             * @classdesc Represents a ContentFile.
             * @constructor
             * @param {patchtree.v1.ContentFile.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ContentFile = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ContentFile updateKey.
             * @member {string} updateKey
             * @memberof patchtree.v1.ContentFile
             * @instance
             */
            ContentFile.prototype.updateKey = "";

            /**
             * ContentFile algorithm.
             * @member {string} algorithm
             * @memberof patchtree.v1.ContentFile
             * @instance
             */
            ContentFile.prototype.algorithm = "";

            /**
             * ContentFile hash.
             * @member {string} hash
             * @memberof patchtree.v1.ContentFile
             * @instance
             */
            ContentFile.prototype.hash = "";

            /**
             * ContentFile size.
             * @member {number} size
             * @memberof patchtree.v1.ContentFile
             * @instance
             */
            ContentFile.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ContentFile verified.
             * @member {boolean} verified
             * @memberof patchtree.v1.ContentFile
             * @instance
             */
            ContentFile.prototype.verified = false;

            /**
             * Creates a new ContentFile instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.ContentFile
             * @static
             * @param {patchtree.v1.ContentFile.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.ContentFile} ContentFile instance
             * @type {{
             *   (properties: patchtree.v1.ContentFile.$Shape): patchtree.v1.ContentFile & patchtree.v1.ContentFile.$Shape;
             *   (properties?: patchtree.v1.ContentFile.$Properties): patchtree.v1.ContentFile;
             * }}
             */
            ContentFile.create = function(properties) {
                return new ContentFile(properties);
            };

            /**
             * Encodes the specified ContentFile message. Does not implicitly {@link patchtree.v1.ContentFile.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.ContentFile
             * @static
             * @param {patchtree.v1.ContentFile.$Properties} message ContentFile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContentFile.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.updateKey != null && $Object.hasOwnProperty.call(message, "updateKey") && message.updateKey !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.updateKey);
                if (message.algorithm != null && $Object.hasOwnProperty.call(message, "algorithm") && message.algorithm !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.algorithm);
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.hash);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.size);
                if (message.verified != null && $Object.hasOwnProperty.call(message, "verified") && message.verified !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.verified);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ContentFile message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.ContentFile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.ContentFile & patchtree.v1.ContentFile.$Shape} ContentFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContentFile.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.ContentFile();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.updateKey = value;
                            else
                                delete message.updateKey;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.algorithm = value;
                            else
                                delete message.algorithm;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hash = value;
                            else
                                delete message.hash;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.verified = value;
                            else
                                delete message.verified;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ContentFile message.
             * @function verify
             * @memberof patchtree.v1.ContentFile
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ContentFile.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.updateKey != null && $Object.hasOwnProperty.call(message, "updateKey"))
                    if (!$util.isString(message.updateKey))
                        return "updateKey: string expected";
                if (message.algorithm != null && $Object.hasOwnProperty.call(message, "algorithm"))
                    if (!$util.isString(message.algorithm))
                        return "algorithm: string expected";
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                    if (!$util.isString(message.hash))
                        return "hash: string expected";
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (!$util.isInteger(message.size) && !(message.size && $util.isInteger(message.size.low) && $util.isInteger(message.size.high)))
                        return "size: integer|Long expected";
                if (message.verified != null && $Object.hasOwnProperty.call(message, "verified"))
                    if (typeof message.verified !== "boolean")
                        return "verified: boolean expected";
                return null;
            };

            /**
             * Creates a ContentFile message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.ContentFile
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.ContentFile} ContentFile
             */
            ContentFile.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.ContentFile)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.ContentFile: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.ContentFile();
                if (object.updateKey != null)
                    if (typeof object.updateKey !== "string" || object.updateKey.length)
                        message.updateKey = $String(object.updateKey);
                if (object.algorithm != null)
                    if (typeof object.algorithm !== "string" || object.algorithm.length)
                        message.algorithm = $String(object.algorithm);
                if (object.hash != null)
                    if (typeof object.hash !== "string" || object.hash.length)
                        message.hash = $String(object.hash);
                if (object.size != null)
                    if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                        if ($util.Long)
                            message.size = $util.Long.fromValue(object.size, true);
                        else if (typeof object.size === "string")
                            message.size = $parseInt(object.size, 10);
                        else if (typeof object.size === "number")
                            message.size = object.size;
                        else if (typeof object.size === "object")
                            message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber(true);
                if (object.verified != null)
                    if (object.verified)
                        message.verified = $Boolean(object.verified);
                return message;
            };

            /**
             * Creates a plain object from a ContentFile message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.ContentFile
             * @static
             * @param {patchtree.v1.ContentFile} message ContentFile
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ContentFile.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.updateKey = "";
                    object.algorithm = "";
                    object.hash = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.verified = false;
                }
                if (message.updateKey != null && $Object.hasOwnProperty.call(message, "updateKey"))
                    object.updateKey = message.updateKey;
                if (message.algorithm != null && $Object.hasOwnProperty.call(message, "algorithm"))
                    object.algorithm = message.algorithm;
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                    object.hash = message.hash;
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
                    else if (typeof message.size === "number")
                        object.size = options.longs === $String ? $String(message.size) : message.size;
                    else
                        object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
                if (message.verified != null && $Object.hasOwnProperty.call(message, "verified"))
                    object.verified = message.verified;
                return object;
            };

            /**
             * Converts this ContentFile to JSON.
             * @function toJSON
             * @memberof patchtree.v1.ContentFile
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ContentFile.prototype.toJSON = function() {
                return ContentFile.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ContentFile
             * @function getTypeUrl
             * @memberof patchtree.v1.ContentFile
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ContentFile.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.ContentFile";
            };

            return ContentFile;
        })();

        v1.ContentListResponse = (function() {

            /**
             * Properties of a ContentListResponse.
             * @typedef {Object} patchtree.v1.ContentListResponse.$Properties
             * @property {Array.<patchtree.v1.ContentFile.$Properties>|null} [files] ContentListResponse files
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ContentListResponse.
             * @memberof patchtree.v1
             * @interface IContentListResponse
             * @augments patchtree.v1.ContentListResponse.$Properties
             * @deprecated Use patchtree.v1.ContentListResponse.$Properties instead.
             */

            /**
             * Shape of a ContentListResponse.
             * @typedef {patchtree.v1.ContentListResponse.$Properties} patchtree.v1.ContentListResponse.$Shape
             */

            /**
             * Constructs a new ContentListResponse.
             * @memberof patchtree.v1
             * @classdesc Represents a ContentListResponse.
             * @constructor
             * @param {patchtree.v1.ContentListResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ContentListResponse = function (properties) {
                this.files = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ContentListResponse files.
             * @member {Array.<patchtree.v1.ContentFile.$Properties>} files
             * @memberof patchtree.v1.ContentListResponse
             * @instance
             */
            ContentListResponse.prototype.files = $util.emptyArray;

            /**
             * Creates a new ContentListResponse instance using the specified properties.
             * @function create
             * @memberof patchtree.v1.ContentListResponse
             * @static
             * @param {patchtree.v1.ContentListResponse.$Properties=} [properties] Properties to set
             * @returns {patchtree.v1.ContentListResponse} ContentListResponse instance
             * @type {{
             *   (properties: patchtree.v1.ContentListResponse.$Shape): patchtree.v1.ContentListResponse & patchtree.v1.ContentListResponse.$Shape;
             *   (properties?: patchtree.v1.ContentListResponse.$Properties): patchtree.v1.ContentListResponse;
             * }}
             */
            ContentListResponse.create = function(properties) {
                return new ContentListResponse(properties);
            };

            /**
             * Encodes the specified ContentListResponse message. Does not implicitly {@link patchtree.v1.ContentListResponse.verify|verify} messages.
             * @function encode
             * @memberof patchtree.v1.ContentListResponse
             * @static
             * @param {patchtree.v1.ContentListResponse.$Properties} message ContentListResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContentListResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.files != null && message.files.length)
                    for (let i = 0; i < message.files.length; ++i)
                        $root.patchtree.v1.ContentFile.encode(message.files[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ContentListResponse message from the specified reader or buffer.
             * @function decode
             * @memberof patchtree.v1.ContentListResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {patchtree.v1.ContentListResponse & patchtree.v1.ContentListResponse.$Shape} ContentListResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContentListResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.patchtree.v1.ContentListResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.files && message.files.length))
                                message.files = [];
                            message.files.push($root.patchtree.v1.ContentFile.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ContentListResponse message.
             * @function verify
             * @memberof patchtree.v1.ContentListResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ContentListResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.files != null && $Object.hasOwnProperty.call(message, "files")) {
                    if (!$Array.isArray(message.files))
                        return "files: array expected";
                    for (let i = 0; i < message.files.length; ++i) {
                        let error = $root.patchtree.v1.ContentFile.verify(message.files[i], _depth + 1);
                        if (error)
                            return "files." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ContentListResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof patchtree.v1.ContentListResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {patchtree.v1.ContentListResponse} ContentListResponse
             */
            ContentListResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.patchtree.v1.ContentListResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".patchtree.v1.ContentListResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.patchtree.v1.ContentListResponse();
                if (object.files) {
                    if (!$Array.isArray(object.files))
                        throw $TypeError(".patchtree.v1.ContentListResponse.files: array expected");
                    message.files = $Array(object.files.length);
                    for (let i = 0; i < object.files.length; ++i) {
                        if (!$util.isObject(object.files[i]))
                            throw $TypeError(".patchtree.v1.ContentListResponse.files: object expected");
                        message.files[i] = $root.patchtree.v1.ContentFile.fromObject(object.files[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ContentListResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof patchtree.v1.ContentListResponse
             * @static
             * @param {patchtree.v1.ContentListResponse} message ContentListResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ContentListResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.files = [];
                if (message.files && message.files.length) {
                    object.files = $Array(message.files.length);
                    for (let j = 0; j < message.files.length; ++j)
                        object.files[j] = $root.patchtree.v1.ContentFile.toObject(message.files[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ContentListResponse to JSON.
             * @function toJSON
             * @memberof patchtree.v1.ContentListResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ContentListResponse.prototype.toJSON = function() {
                return ContentListResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ContentListResponse
             * @function getTypeUrl
             * @memberof patchtree.v1.ContentListResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ContentListResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/patchtree.v1.ContentListResponse";
            };

            return ContentListResponse;
        })();

        return v1;
    })();

    return patchtree;
})();

export {
  $root as default
};

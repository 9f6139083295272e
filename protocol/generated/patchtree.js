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

        return v1;
    })();

    return patchtree;
})();

export {
  $root as default
};

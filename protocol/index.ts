export { PatchtreeError, hasCode } from './errors.js';
export * from './records.js';
export * from './frames.js';
export { readStrict, decodeStrict, field, StrictDecodeError, type MessageSpec, type FieldSpec } from './strict.js';

export { PatchtreeError, hasCode } from './errors.js';
export * from './records.js';
export * from './frames.js';
export { readChange, readStrict, decodeStrict, field, StrictDecodeError, type StrictChange, type RecordBodyName, type MessageSpec, type FieldSpec } from './strict.js';

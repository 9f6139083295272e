export { PatchtreeError, hasCode } from './errors.js';
export * from './records.js';
export * from './frames.js';
export { readChange, readStrict, decodeStrict, field, StrictDecodeError, CHANGE, RECORD, BULLETIN, SOFTWARE_UPDATE, POLICY, POLICY_ENTRY, SEVERITY_LEVELS, type StrictChange, type RecordBodyName, type MessageSpec, type FieldSpec } from './strict.js';

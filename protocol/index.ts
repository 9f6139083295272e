export { PatchtreeError, hasCode } from './errors.js';
export * from './records.js';
export * from './frames.js';

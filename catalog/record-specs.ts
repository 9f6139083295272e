import { decodeStrict, field, type MessageSpec } from '../protocol/index.js';
import { MAX_SEVERITY_LEVEL_LENGTH, MAX_SHORT_TEXT } from './record-rules.js';

/**
 * The records of patchtree.proto as a child reads what its parent sends
 * (protocol/strict.ts's strict reader), field by field, with the bounds of
 * record-rules.ts on the text nothing else checks. Those (titles, product
 * names, dates) are checked as they are read and never made into strings: a
 * child reads every record it receives, keeps only its bytes, and the
 * strings would be garbage at once (at 100k records a run, some 50 MB more
 * memory at the peak). test/strict.test.ts checks every spec against the
 * generated code, so a field added to the .proto cannot be missed here.
 */

const { string: s, text: t, texts, strings: list, bool: b, uint: u, message: m } = field;
const SHORT = MAX_SHORT_TEXT;

export const BULLETIN: MessageSpec = {
  name: 'Bulletin',
  fields: {
    1: s('id'), 2: t('vendor', SHORT), 3: t('title'), 4: t('vendorSeverity', SHORT), 5: t('customSeverity', MAX_SEVERITY_LEVEL_LENGTH),
    6: t('released', SHORT), 7: t('revised', SHORT), 8: t('description'), 9: texts('supersedes', SHORT), 10: list('supersededBy'),
    11: t('source', SHORT), 12: texts('products', SHORT),
  },
};
export const SOFTWARE_UPDATE: MessageSpec = {
  name: 'SoftwareUpdate',
  fields: {
    1: s('id'), 2: s('bulletinId'), 3: t('kb', SHORT), 4: s('fileName'), 5: s('language'), 6: t('product', SHORT), 7: t('platform', SHORT), 8: s('url'),
    9: u('size'), 10: s('hashAlgorithm'), 11: s('hash'), 12: t('commandLine'), 13: b('restartRequired'), 14: b('superseded'),
    15: texts('supersedes', SHORT), 16: texts('supersededBy', SHORT), 17: t('source', SHORT), 18: t('updateType', SHORT),
  },
};
export const POLICY: MessageSpec = {
  name: 'Policy',
  fields: {
    1: s('id'), 2: s('name'), 3: list('bulletinIds'), 4: t('target', SHORT), 5: t('schedule', SHORT), 6: b('overrideMaintenanceWindow'), 7: b('enabled'),
    8: t('created', SHORT), 9: t('modified', SHORT), 10: t('origin', SHORT),
  },
};
export const POLICY_ENTRY: MessageSpec = { name: 'PolicyEntry', fields: { 1: s('policyId'), 2: s('updateKey'), 3: b('enabled'), 4: t('commandLine') } };
export const SEVERITY_LEVELS: MessageSpec = { name: 'SeverityLevels', fields: { 1: list('levels') } };
export const RECORD: MessageSpec = {
  name: 'Record',
  fields: { 1: m('bulletin', BULLETIN), 2: m('update', SOFTWARE_UPDATE), 3: m('policy', POLICY), 4: m('policyEntry', POLICY_ENTRY), 5: m('severityLevels', SEVERITY_LEVELS) },
  oneof: [1, 2, 3, 4, 5],
};
export const CHANGE: MessageSpec = {
  name: 'Change',
  fields: { 1: s('key'), 2: list('languages'), 3: b('deleted'), 4: m('record', RECORD), 5: list('leftLanguages') },
};

/** The record kinds a Change can carry (the names of Record's one-of). */
export type RecordBodyName = 'bulletin' | 'update' | 'policy' | 'policyEntry' | 'severityLevels';
const BODIES: readonly RecordBodyName[] = ['bulletin', 'update', 'policy', 'policyEntry', 'severityLevels'];

/** A Change as a child reads it: every field present, the record's body named (free text reads as ''). */
export interface StrictChange {
  key: string;
  languages: string[];
  deleted: boolean;
  leftLanguages: string[];
  /** Present when the change carries a record (even an empty one). */
  record?: { body?: RecordBodyName; value?: Record<string, unknown> };
}

/**
 * Reads a change a parent sent, strictly: a refusal is a PatchtreeError of
 * `code` (REPL_BAD_RECORD for what a parent sends). With `checking` (the
 * default) free text is checked and not read.
 */
export function readChange(bytes: Uint8Array, code = 'REPL_BAD_RECORD', checking = true): StrictChange {
  const change = decodeStrict(CHANGE, bytes, code, checking) as unknown as StrictChange;
  const record = change.record as Record<string, Record<string, unknown> | undefined> | undefined;
  if (record) {
    let body: RecordBodyName | undefined;
    for (const name of BODIES) if (record[name] !== undefined) body = name;
    change.record = { body, value: body ? record[body] : undefined };
  }
  return change;
}

import { isSafeFileName } from '../record-rules.js';

/**
 * True for a name an update file can be saved under on an endpoint, never a
 * path: catalogs name the file, agents write it, so "../", "/", "\\" (a
 * Windows separator), ":" drive letters and streams, and control characters
 * would let a feed choose where a file lands. The rule itself is
 * record-rules.ts's, the one a child applies to what its parent sends.
 */
export const isPlainFileName = (name: string): boolean => name !== '' && isSafeFileName(name);

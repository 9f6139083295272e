import type { Rng } from './rng.js';

/**
 * Blind byte-level mutations (AFL's havoc stage, simplified): flips,
 * interesting bytes, inserts, deletes, duplicated and repeated chunks,
 * truncation. Each returns a new buffer; `havoc` stacks a few.
 */
export type ByteMutator = (input: Buffer, rng: Rng) => Buffer;

const INTERESTING = [0x00, 0x01, 0x7f, 0x80, 0xff, 0x0a, 0x0d, 0x22, 0x3c, 0x3e, 0x26, 0x5c, 0x2f, 0x25];

const at = (input: Buffer, rng: Rng) => rng.int(Math.max(1, input.length));

export const BYTE_MUTATORS: Record<string, ByteMutator> = {
  flipBit(input, rng) {
    if (!input.length) return Buffer.from([rng.u32() & 0xff]);
    const out = Buffer.from(input);
    const i = at(input, rng);
    out[i] ^= 1 << rng.int(8);
    return out;
  },
  interestingByte(input, rng) {
    if (!input.length) return Buffer.from([rng.pick(INTERESTING)]);
    const out = Buffer.from(input);
    out[at(input, rng)] = rng.pick(INTERESTING);
    return out;
  },
  randomByte(input, rng) {
    if (!input.length) return rng.bytes(1);
    const out = Buffer.from(input);
    out[at(input, rng)] = rng.u32() & 0xff;
    return out;
  },
  insertRandom(input, rng) {
    const i = rng.int(input.length + 1);
    return Buffer.concat([input.subarray(0, i), rng.bytes(rng.range(1, 32)), input.subarray(i)]);
  },
  deleteRange(input, rng) {
    if (input.length < 2) return Buffer.alloc(0);
    const i = rng.int(input.length);
    const n = rng.range(1, Math.min(64, input.length - i));
    return Buffer.concat([input.subarray(0, i), input.subarray(i + n)]);
  },
  duplicateChunk(input, rng) {
    if (!input.length) return input;
    const i = rng.int(input.length);
    const n = rng.range(1, Math.min(256, input.length - i));
    const chunk = input.subarray(i, i + n);
    const j = rng.int(input.length + 1);
    return Buffer.concat([input.subarray(0, j), chunk, input.subarray(j)]);
  },
  repeatChunk(input, rng) {
    if (!input.length) return input;
    const i = rng.int(input.length);
    const n = rng.range(1, Math.min(16, input.length - i));
    const times = rng.pick([16, 256, 4096, 65_536]);
    return Buffer.concat([input.subarray(0, i), Buffer.alloc(n * times).fill(input.subarray(i, i + n)), input.subarray(i)]);
  },
  truncate(input, rng) {
    return input.subarray(0, rng.int(input.length + 1));
  },
  swapChunks(input, rng) {
    if (input.length < 4) return input;
    const n = rng.range(1, Math.floor(input.length / 2));
    const i = rng.int(input.length - 2 * n + 1);
    const j = i + n + rng.int(input.length - i - 2 * n + 1);
    return Buffer.concat([input.subarray(0, i), input.subarray(j, j + n), input.subarray(i + n, j), input.subarray(i, i + n), input.subarray(j + n)]);
  },
  appendGarbage(input, rng) {
    return Buffer.concat([input, rng.bytes(rng.range(1, 64))]);
  },
  empty() {
    return Buffer.alloc(0);
  },
  random(_input, rng) {
    return rng.bytes(rng.size(4096));
  },
};

const NAMES = Object.keys(BYTE_MUTATORS);

/** One to four byte mutations in a row; the label names them. */
export function havoc(input: Buffer, rng: Rng): { bytes: Buffer; label: string } {
  const steps: string[] = [];
  let bytes = input;
  const n = rng.weighted([[6, 1], [3, 2], [1, 4]] as const);
  for (let i = 0; i < n; i++) {
    const name = rng.pick(NAMES.filter((m) => m !== 'empty' && m !== 'random' || rng.chance(0.05)));
    steps.push(name);
    bytes = BYTE_MUTATORS[name](bytes, rng);
  }
  return { bytes, label: `bytes:${steps.join('+')}` };
}

import type { Rng } from './rng.js';
import { havoc } from './bytes.js';
import { NASTY_NUMBERS, nastyJsonValue, nastyString } from './nasty.js';

/**
 * Structure-aware mutations of a JSON document: a value anywhere replaced by
 * one of the wrong type or at an edge, keys removed, unknown or prototype
 * keys added, arrays emptied or blown up, strings made nasty; sometimes the
 * text itself is broken (then the answer must be BAD_JSON, never a crash).
 */

type Path = Array<string | number>;

function paths(value: unknown, prefix: Path = [], out: Path[] = [], depth = 0): Path[] {
  out.push(prefix);
  if (depth > 6 || out.length > 2000) return out;
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out, depth + 1));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out, depth + 1);
  return out;
}

function get(root: unknown, path: Path): unknown {
  let v = root as any;
  for (const p of path) v = v?.[p];
  return v;
}

/** `root` with the value at `path` replaced (or removed when `value` is REMOVE). */
function set(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...root];
    if (value === REMOVE && rest.length === 0) copy.splice(head as number, 1);
    else copy[head as number] = set(copy[head as number], rest, value);
    return copy;
  }
  const copy = { ...(root as Record<string, unknown>) };
  if (value === REMOVE && rest.length === 0) delete copy[head as string];
  else copy[head as string] = set(copy[head as string], rest, value);
  return copy;
}
const REMOVE = Symbol('remove');

/** A value like `old` but wrong: the other type, an edge of the same type, or a nasty string built on it. */
function wrongValue(old: unknown, rng: Rng): unknown {
  if (typeof old === 'string' && rng.chance(0.5)) return nastyString(rng, old);
  if (typeof old === 'number' && rng.chance(0.5)) return rng.pick(NASTY_NUMBERS);
  if (Array.isArray(old) && old.length && rng.chance(0.4)) {
    // Blown up to a count, within a few MB.
    const size = Math.max(1, JSON.stringify(old[0] ?? null).length);
    return rng.chance(0.5) ? [] : Array.from({ length: Math.min(rng.pick([2, 100, 5000]), Math.floor((4 << 20) / size)) }, (_, i) => old[i % old.length]);
  }
  return nastyJsonValue(rng);
}

export interface MutatedJson {
  /** The body as sent. */
  body: Buffer;
  label: string;
}

/**
 * A mutation of `doc` (a valid body). `weights` tune how often the text is
 * broken as bytes (BAD_JSON) rather than as a structure.
 */
export function mutateJson(doc: unknown, rng: Rng, options: { textBreaks?: number } = {}): MutatedJson {
  const textBreaks = options.textBreaks ?? 0.1;
  if (rng.chance(textBreaks)) {
    const { bytes, label } = havoc(Buffer.from(JSON.stringify(doc)), rng);
    return { body: bytes, label: `json-text:${label}` };
  }
  const steps: string[] = [];
  let value = doc;
  let raw: string | undefined;
  const n = rng.weighted([[6, 1], [3, 2], [1, 3]] as const);
  for (let i = 0; i < n; i++) {
    const all = paths(value);
    const path = rng.pick(all);
    const here = get(value, path);
    const where = path.join('.') || '(root)';
    switch (rng.weighted([[5, 'wrong'], [2, 'remove'], [2, 'unknown'], [1, 'proto'], [1, 'deep'], [1, 'duplicate']] as const)) {
      case 'wrong':
        value = set(value, path, wrongValue(here, rng));
        steps.push(`wrong@${where}`);
        break;
      case 'remove':
        if (path.length) value = set(value, path, REMOVE);
        steps.push(`remove@${where}`);
        break;
      case 'unknown': {
        const target = here && typeof here === 'object' && !Array.isArray(here) ? path : [];
        const key = rng.chance(0.5) ? nastyString(rng) : rng.pick(['extra', 'id', 'name', 'urls', 'type', 'schedule', 'enabled', 'languages']);
        value = set(value, [...target, key], nastyJsonValue(rng));
        steps.push(`unknown@${target.join('.') || '(root)'}`);
        break;
      }
      case 'proto': {
        // Only a JSON text can carry "__proto__" as an own key: spliced in as text below.
        raw = JSON.stringify(value).replace(/^\{/, `{"__proto__":${JSON.stringify(rng.chance(0.5) ? { polluted: true, admin: true } : nastyJsonValue(rng))},`);
        if (!raw.startsWith('{"__proto__"')) raw = `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"x":${raw}}`;
        steps.push('proto');
        break;
      }
      case 'deep': {
        const depth = rng.pick([1000, 10_000, 100_000]);
        const open = rng.chance(0.5) ? '[' : '{"a":';
        const close = open === '[' ? ']' : '}';
        raw = JSON.stringify(value).replace(/^\{/, `{"deep":${open.repeat(depth)}1${close.repeat(depth)},`);
        steps.push(`deep${depth}`);
        break;
      }
      case 'duplicate': {
        // A key given twice: JSON.parse keeps the last; validators must read what the parser kept.
        const text = JSON.stringify(value);
        const m = /^\{"([^"]+)":/.exec(text);
        raw = m ? `{"${m[1]}":${JSON.stringify(nastyJsonValue(rng))},${text.slice(1)}` : text;
        steps.push('duplicate-key');
        break;
      }
    }
    if (raw !== undefined) break;
  }
  return { body: Buffer.from(raw ?? (value === undefined ? '' : JSON.stringify(value)), 'utf8'), label: `json:${steps.join('+')}` };
}

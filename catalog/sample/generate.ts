/**
 * A seeded generator of realistic native catalogs, for the bundled sample,
 * tests and benchmarks: Microsoft monthly bulletins with KBs and third-party
 * releases (Firefox, Chrome, Acrobat Reader, 7-Zip, Notepad++, Java, VLC),
 * dated in order over five years, with per-language files where the vendor
 * localises, hashes, command lines, and supersedence chains. The same seed
 * and options always give the same lines, byte for byte.
 */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { NEUTRAL } from '../../protocol/index.js';
import { hashLength, isLanguageTag, type NativeBulletinLine, type NativeUpdateLine } from '../sources/native.js';
import { WSUS_LANGUAGES } from '../sources/wsusoffline-names.js';
import { FAMILIES, type Family, type ProductSpec, type Random, type Release, type ReleaseContext } from './families.js';
import { SupersedenceChains } from './chains.js';

export interface CatalogOptions {
  /** Any 32-bit integer; the whole catalog follows from it. */
  seed: number;
  bulletins: number;
  /** Languages the catalog's files are in; default DEFAULT_LANGUAGES. */
  languages?: readonly string[];
  /** Bounds on a bulletin's update count, kept wherever a product's files can fill them; default [5, 30]. */
  updatesPerBulletin?: readonly [number, number];
}

export interface CatalogCounts {
  bulletins: number;
  updates: number;
}

/** The options of the bundled sample catalog. */
export const DEFAULT_SAMPLE = Object.freeze({ seed: 20170314, bulletins: 300 });

/** The bundled sample, as written by write-sample.ts from DEFAULT_SAMPLE. */
export const SAMPLE_CATALOG_FILE = fileURLToPath(new URL('./sample-catalog.ndjson.gz', import.meta.url));

export const DEFAULT_LANGUAGES: readonly string[] = Object.freeze([NEUTRAL, 'en-US', 'de-DE', 'fr-FR', 'ja-JP', 'es-ES', 'zh-CN']);

/** The twenty-five languages of the wsusoffline lists (neutral first), for benchmarks at full width. */
export const ALL_LANGUAGES: readonly string[] = Object.freeze([NEUTRAL, ...Object.values(WSUS_LANGUAGES).filter((l) => l !== NEUTRAL)]);

const DEFAULT_UPDATES: readonly [number, number] = [5, 30];
const START = Date.UTC(2019, 0, 8, 17, 0, 0);
const SPAN = Date.UTC(2024, 0, 9, 17, 0, 0) - START;
const MINUTE = 60_000;
const DAY = 86_400_000;
const SEVERITIES: ReadonlyArray<[string, number]> = [['Critical', 0.3], ['Important', 0.45], ['Moderate', 0.15], ['Low', 0.1]];
const IMPACT: Readonly<Record<string, string>> = {
  Critical: 'allow remote code execution if a user opens a specially crafted file',
  Important: 'allow elevation of privilege if an attacker runs a specially crafted application',
  Moderate: 'allow information disclosure',
  Low: 'allow a denial of service',
};

/** mulberry32: a small, fast 32-bit PRNG; enough for sample data and fully reproducible. */
class Mulberry32 implements Random {
  private state: number;
  private readonly scratch = Buffer.alloc(64);
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  uint32(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  next(): number {
    return this.uint32() / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  /** `digits` random lower-case hex digits (a multiple of 8), read as big-endian words. */
  hex(digits: number): string {
    const words = digits / 8;
    for (let i = 0; i < words; i++) this.scratch.writeUInt32BE(this.uint32(), i * 4);
    return this.scratch.toString('hex', 0, words * 4);
  }
}

/** Yields the lines (bulletin objects) of a native catalog, oldest release first. */
export function* generateCatalog(options: CatalogOptions): Generator<NativeBulletinLine> {
  const { seed, bulletins, languages, bounds } = checkOptions(options);
  const random = new Mulberry32(seed);
  const localizedLanguages = languages.filter((l) => l !== NEUTRAL);
  const families = usableFamilies(languages, localizedLanguages.length, bounds);
  const lines = new Map(families.map((f) => [f, { next: f.releases(), languages: languageOrder(random, f, localizedLanguages) }]));
  const totalWeight = families.reduce((sum, f) => sum + f.weight, 0);
  const chains = new SupersedenceChains();
  const yearly = new Map<string, number>();
  const kbs = new KbNumbers(random, bulletins);
  const ctx: ReleaseContext = {
    random,
    date: new Date(START),
    nextInYear: (series, year) => {
      const n = (yearly.get(`${series}${year}`) ?? 0) + 1;
      yearly.set(`${series}${year}`, n);
      return n;
    },
  };

  for (let i = 0; i < bulletins; i++) {
    ctx.date = new Date(START + Math.floor(((i + random.next() * 0.9) / bulletins) * SPAN / MINUTE) * MINUTE);
    const family = pickFamily(random, families, totalWeight);
    const line = lines.get(family)!;
    const release = line.next(ctx);
    const shape = chooseShape(random, family, line.languages.length, bounds);
    yield bulletinLine(random, family, release, ctx.date, shape, line.languages, chains, kbs);
  }
}

/** Writes generateCatalog(options) as NDJSON to `path`, gzip-compressed when the path ends in .gz. */
export async function writeCatalog(path: string, options: CatalogOptions): Promise<CatalogCounts> {
  const counts: CatalogCounts = { bulletins: 0, updates: 0 };
  // Lines are batched so a million-update catalog is not a million tiny writes.
  async function* chunks(): AsyncGenerator<Buffer> {
    let batch = '';
    for (const line of generateCatalog(options)) {
      counts.bulletins++;
      counts.updates += line.updates.length;
      batch += `${JSON.stringify(line)}\n`;
      if (batch.length >= 1 << 16) {
        yield Buffer.from(batch);
        batch = '';
      }
    }
    if (batch) yield Buffer.from(batch);
  }
  const out = createWriteStream(path);
  if (path.endsWith('.gz')) await pipeline(Readable.from(chunks()), createGzip(), out);
  else await pipeline(Readable.from(chunks()), out);
  return counts;
}

interface Shape {
  products: ProductSpec[];
  platforms: number;
  variants: number;
  languages: number;
}

function bulletinLine(
  random: Mulberry32, family: Family, release: Release, date: Date, shape: Shape,
  languageOrder: readonly string[], chains: SupersedenceChains, kbs: KbNumbers,
): NativeBulletinLine {
  const severity = pickSeverity(random);
  const updateType = family.updateType(severity, random);
  const languages = languageOrder.slice(0, shape.languages);
  const variants = family.variants.slice(0, shape.variants);
  const supersedes: string[] = [];
  const updates: NativeUpdateLine[] = [];
  for (const product of shape.products) {
    chains.breakSometimes(random, product.name);
    const earlier = chains.lastBulletin(product.name);
    if (earlier && !supersedes.includes(earlier)) supersedes.push(earlier);
    const kb = kbs.next(family);
    const restartRequired = random.next() < family.restartProbability;
    for (const platform of product.platforms.slice(0, shape.platforms)) {
      for (const language of languages) {
        const key = `${product.name}|${platform}|${language}`;
        const replaced = chains.replacedKbs(random, key);
        for (const variant of variants) {
          const hash = random.hex(hashLength(family.hashAlgorithm));
          const names = family.file({ release, date, kb, product, platform, language, variant, hash });
          const update: NativeUpdateLine = {
            id: family.variants.length > 1 ? `${kb}-${variant}-${platform}-${language}` : `${kb}-${platform}-${language}`,
            kb, fileName: names.fileName, language, product: product.name, platform, url: names.url,
            size: random.int(family.sizeBytes[0], family.sizeBytes[1]),
            hashAlgorithm: family.hashAlgorithm, hash, commandLine: names.commandLine, restartRequired,
          };
          if (replaced.length > 0) update.supersedes = replaced;
          update.updateType = updateType;
          updates.push(update);
        }
        chains.recordKb(product.name, key, kb);
      }
    }
    chains.recordBulletin(product.name, release.id);
  }
  const revised = random.next() < 0.15 ? isoMinute(new Date(date.getTime() + random.int(1, 30) * DAY)) : '';
  const description = random.next() < 0.9 ? describe(random, shape.products, severity, updateType, date) : '';
  const line: NativeBulletinLine = {
    id: release.id, vendor: family.vendor, title: release.title, vendorSeverity: severity, released: isoMinute(date),
    ...(revised && { revised }),
    ...(description && { description }),
    ...(supersedes.length > 0 && { supersedes }),
    products: shape.products.map((p) => p.name),
    updates,
  };
  return line;
}

/**
 * How many products, platforms, installer kinds and languages a bulletin
 * covers: the combination whose update count is nearest a random target in
 * the bounds (ties broken at random), so files always form a full grid.
 */
function chooseShape(random: Mulberry32, family: Family, languageCount: number, [min, max]: readonly [number, number]): Shape {
  const products = shuffle(random, [...family.products]);
  const target = random.int(min, max);
  let best: Shape = { products: products.slice(0, 1), platforms: 1, variants: 1, languages: 1 };
  let bestDistance = Infinity;
  let ties = 0;
  for (let q = 1; q <= products.length; q++) {
    for (let p = 1; p <= 3; p++) {
      const files = products.slice(0, q).reduce((sum, prod) => sum + Math.min(p, prod.platforms.length), 0);
      for (let v = 1; v <= family.variants.length; v++) {
        for (let k = 1; k <= languageCount; k++) {
          const n = files * v * k;
          const distance = Math.abs(n - target) + (n < min || n > max ? 1e6 : 0);
          if (distance < bestDistance) [bestDistance, ties] = [distance, 0];
          if (distance === bestDistance && random.next() * ++ties < 1) best = { products: products.slice(0, q), platforms: p, variants: v, languages: k };
        }
      }
    }
  }
  best.products = family.products.filter((p) => best.products.includes(p));
  return best;
}

/** Families whose files can be in the chosen languages and can fill the minimum (all language-possible ones if none can). */
function usableFamilies(languages: readonly string[], localizedCount: number, [min]: readonly [number, number]): Family[] {
  const possible = FAMILIES.filter((f) => (f.localized ? localizedCount > 0 : languages.includes(NEUTRAL)));
  const most = (f: Family) => f.products.reduce((sum, p) => sum + p.platforms.length, 0) * f.variants.length * (f.localized ? localizedCount : 1);
  const filling = possible.filter((f) => most(f) >= min);
  return filling.length > 0 ? filling : possible;
}

/** A localised family's languages, en-US first (every vendor ships it) and the rest in a seeded order. */
function languageOrder(random: Mulberry32, family: Family, localized: readonly string[]): string[] {
  if (!family.localized) return [NEUTRAL];
  const rest = shuffle(random, localized.filter((l) => l !== 'en-US'));
  return localized.includes('en-US') ? ['en-US', ...rest] : rest;
}

function pickFamily(random: Mulberry32, families: readonly Family[], totalWeight: number): Family {
  let r = random.next() * totalWeight;
  for (const family of families) if ((r -= family.weight) < 0) return family;
  return families[families.length - 1];
}

function pickSeverity(random: Mulberry32): string {
  let r = random.next();
  for (const [severity, share] of SEVERITIES) if ((r -= share) < 0) return severity;
  return SEVERITIES[SEVERITIES.length - 1][0];
}

function describe(random: Mulberry32, products: readonly ProductSpec[], severity: string, updateType: string, date: Date): string {
  const count = random.int(1, 6);
  const cves = Array.from({ length: count }, () => `CVE-${date.getUTCFullYear()}-${String(random.int(1000, 49999)).padStart(4, '0')}`);
  const names = products.map((p) => p.name).join(', ');
  return `This ${updateType.toLowerCase()} resolves ${count === 1 ? 'a vulnerability' : `${count} vulnerabilities`} in ${names}. ` +
    `The most severe could ${IMPACT[severity]}. Addresses ${cves.join(', ')}.`;
}

function shuffle<T>(random: Mulberry32, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

const isoMinute = (date: Date) => `${date.toISOString().slice(0, 16)}:00Z`;

/**
 * KB numbers rise through the catalog: Microsoft's from KB4480000 (early
 * 2019) spread to about KB5080000 whatever the catalog size; third-party
 * catalog ids count up per prefix (QFF1000, QFF1002, ...).
 */
class KbNumbers {
  private microsoft = 4_480_000;
  private readonly step: number;
  private readonly others = new Map<string, number>();

  constructor(private readonly random: Mulberry32, bulletins: number) {
    this.step = Math.max(1, Math.floor(800_000 / Math.max(1, bulletins)));
  }

  next(family: Family): string {
    if (family.kbPrefix === 'KB') return `KB${(this.microsoft += this.random.int(1, this.step))}`;
    const n = (this.others.get(family.kbPrefix) ?? 1000) + this.random.int(1, 3);
    this.others.set(family.kbPrefix, n);
    return `${family.kbPrefix}${n}`;
  }
}

function checkOptions(options: CatalogOptions): { seed: number; bulletins: number; languages: readonly string[]; bounds: readonly [number, number] } {
  const { seed, bulletins } = options;
  if (!Number.isInteger(seed)) throw new TypeError(`seed must be an integer, got ${seed}`);
  if (!Number.isSafeInteger(bulletins) || bulletins < 0) throw new TypeError(`bulletins must be a non-negative integer, got ${bulletins}`);
  const languages = options.languages ?? DEFAULT_LANGUAGES;
  if (languages.length === 0 || new Set(languages).size !== languages.length || !languages.every(isLanguageTag)) {
    throw new TypeError(`languages must be distinct BCP 47 tags or "neutral", got ${JSON.stringify(languages)}`);
  }
  const bounds = options.updatesPerBulletin ?? DEFAULT_UPDATES;
  if (!bounds.every(Number.isSafeInteger) || bounds[0] < 1 || bounds[0] > bounds[1]) {
    throw new TypeError(`updatesPerBulletin must be [min, max] with 1 <= min <= max, got ${JSON.stringify(bounds)}`);
  }
  return { seed, bulletins, languages, bounds };
}

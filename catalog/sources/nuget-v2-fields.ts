/**
 * Field-level helpers for the NuGet v2 parser: OData values (zone-less
 * Edm.DateTime, m:null, base64 hashes, free-text languages) turned into the
 * record fields.
 */
import { NEUTRAL } from '../../protocol/index.js';
import { child, type XmlElement } from './xml.js';

/** Digest sizes of the algorithms the record schema knows; anything else is refused. */
const HASH_BYTES: Readonly<Record<string, number>> = { sha1: 20, sha256: 32, sha512: 64 };

const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * First direct child whose local name is `local`. The SAX parser is
 * namespace-unaware, and NuGet servers are free to pick other prefixes than
 * the usual d: and m:.
 */
export function childByLocalName(element: XmlElement | undefined, local: string): XmlElement | undefined {
  if (!element) return undefined;
  return child(element, local) ?? element.children.find((c) => c.name.endsWith(`:${local}`));
}

/** Trimmed text of an OData property, '' when absent or m:null="true". */
export function odataText(element: XmlElement | undefined): string {
  if (!element) return '';
  const isNull = Object.entries(element.attributes).some(([name, value]) => (name === 'null' || name.endsWith(':null')) && value === 'true');
  return isNull ? '' : element.text.trim();
}

/**
 * OData Edm.DateTime as ISO 8601 UTC ("...Z"). nuget.org writes it without a
 * zone and means UTC. Returns undefined when the value is not a date.
 */
export function odataDate(text: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:\d{2})?$/.exec(text.trim());
  if (!m) return undefined;
  const time = Date.parse(`${m[1]}${m[2] ?? 'Z'}`);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** "SHA512", "sha-512" -> "sha512"; undefined for an algorithm the schema does not know. */
export function hashAlgorithm(text: string): string | undefined {
  const name = text.trim().toLowerCase().replace(/-/g, '');
  return Object.hasOwn(HASH_BYTES, name) ? name : undefined;
}

/** Base64 digest -> lowercase hex, or undefined when it is not strict base64 of the algorithm's size. */
export function hashHex(base64: string, algorithm: string): string | undefined {
  const value = base64.trim();
  if (value === '' || !STRICT_BASE64.test(value)) return undefined;
  const bytes = Buffer.from(value, 'base64');
  return bytes.length === HASH_BYTES[algorithm] ? bytes.toString('hex') : undefined;
}

/**
 * The package's Language as a canonical BCP 47 tag ("en-us" -> "en-US"),
 * "neutral" when empty. The field is free text from the package author's
 * nuspec; a value that is not a language tag ("English", "en-US, de-DE")
 * says nothing usable, and neutral is the side that fails safe: the package
 * still reaches every site instead of none.
 */
export function packageLanguage(text: string): string {
  const value = text.trim();
  if (value === '') return NEUTRAL;
  let tag: string | undefined;
  try {
    tag = Intl.getCanonicalLocales(value)[0];
  } catch {
    return NEUTRAL;
  }
  // BCP 47 syntax admits 5-8 letter language subtags ("english"); no real language uses one.
  return tag && /^[a-z]{2,3}(?:-|$)/.test(tag) ? tag : NEUTRAL;
}

/** Whitespace collapsed, cut at a word boundary so that the result is at most `max` characters. */
export function collapsedText(text: string, max = 2000): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  if (collapsed.length <= max) return collapsed;
  const cut = collapsed.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}\u2026`;
}

/** "3005564" -> 3005564; undefined unless a non-negative safe integer. */
export function packageSize(text: string): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const size = Number(text);
  return Number.isSafeInteger(size) ? size : undefined;
}

/**
 * An href as the document wrote it when it is absolute (an OData skiptoken
 * holds quotes that URL serialisation would percent-encode, and the feed is
 * followed rewriting nothing), else resolved against `base`. Undefined when
 * it is not a URL at all.
 */
export function absoluteHref(href: string, base: string): string | undefined {
  const value = href.trim();
  try {
    if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
      new URL(value);
      return value;
    }
    return new URL(value, base).href;
  } catch {
    return undefined;
  }
}

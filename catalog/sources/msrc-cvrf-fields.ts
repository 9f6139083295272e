/**
 * Field-level helpers for the MSRC CVRF parser: the vendor's values are
 * free-ish text (HTML notes, zone-less dates, product names that carry the
 * architecture), and these turn them into the record fields.
 */

/** MSRC severities, weakest first, so a higher index is more severe. */
export const SEVERITY_ORDER = ['Low', 'Moderate', 'Important', 'Critical'] as const;

/** The more severe of a known severity and an MSRC severity name, spelt canonically ('' and unknown names rank lowest). */
export function higherSeverity(current: string, candidate: string): string {
  const rank = severityRank(candidate);
  return rank > severityRank(current) ? SEVERITY_ORDER[rank] : current;
}

function severityRank(severity: string): number {
  const name = severity.trim().toLowerCase();
  return SEVERITY_ORDER.findIndex((s) => s.toLowerCase() === name);
}

/**
 * "4012212" or "KB4012212" -> "KB4012212"; anything else -> undefined.
 * Vendor Fix descriptions in the 2017 documents are bare KB numbers, except
 * "Release Notes" (Office 2016 for Mac, Mar/May/Jun) and "Click to Run"
 * (Office 2013/2016 Click-to-Run, Jun), whose fixes ship through a channel
 * with no KB and no catalog download: those are not catalog updates.
 */
export function kbOf(text: string): string | undefined {
  const m = /^(?:KB)?(\d+)$/i.exec(text.trim());
  return m ? `KB${m[1]}` : undefined;
}

/**
 * KBs named by a Supercedence value. MSRC lists several separated by commas
 * ("4014983, 3216521") and sometimes mixes in a bulletin id ("MS16-110,
 * 3187754"): bulletin ids and other non-KB tokens are dropped, since the
 * field means "the KB replaced".
 */
export function supersededKbs(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map(kbOf)
    .filter((kb): kb is string => kb !== undefined);
}

/**
 * Architecture named in an MSRC product name: "for x64-based Systems",
 * "(64-bit edition)", "Windows Vista x64 Edition", "for 32-bit Systems",
 * "Itanium-Based", and Windows RT / Office RT (32-bit ARM). Names without
 * one (Windows Server 2012, Office 2016 for Mac, ...) give ''.
 */
export function platformOf(product: string): string {
  if (/\barm64\b/i.test(product)) return 'arm64';
  if (/\bitanium\b/i.test(product)) return 'itanium';
  if (/\bx64\b|x64-based|\b64-bit\b/i.test(product)) return 'x64';
  if (/\b32-bit\b|\bx86\b/i.test(product)) return 'x86';
  if (/\bARM-based\b|\bRT\b/.test(product)) return 'arm';
  return '';
}

/**
 * MSRC writes some dates without a zone ("2017-05-08T07:00:00", the
 * out-of-band May-B document); they are UTC like the others, so a zone-less
 * value gets "Z". Returns undefined when the value is not a date at all.
 */
export function isoDate(text: string): string | undefined {
  const value = text.trim();
  if (value === '') return '';
  let iso = value;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) iso = `${value}T00:00:00Z`;
  else if (!/(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(value)) iso = `${value}Z`;
  return Number.isNaN(Date.parse(iso)) ? undefined : iso;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ',
  rsquo: '\u2019', lsquo: '\u2018', rdquo: '\u201d', ldquo: '\u201c',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', copy: '\u00a9', reg: '\u00ae', trade: '\u2122',
};

/**
 * Plain text of an MSRC HTML note: block tags become spaces (so list items
 * stay apart) and inline tags vanish (so "<a>post</a>," keeps its comma),
 * entities are decoded after stripping (so an escaped "&lt;b&gt;" stays
 * text), whitespace collapses, and long notes are cut at a word boundary so
 * a bulletin record stays small.
 */
export function plainText(html: string, max = 2000): string {
  const text = html
    .replace(/<\/?(?:p|br|li|ul|ol|div|h[1-6]|tr|td|th|table|blockquote)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity)
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}\u2026`;
}

function decodeEntity(entity: string, name: string): string {
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
}

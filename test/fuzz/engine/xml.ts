import type { Rng } from './rng.js';
import { havoc } from './bytes.js';
import { nastyString } from './nasty.js';

/**
 * Structure-aware mutations of an XML document, done on the text (no
 * parser of our own to agree with the node's): an element's text made
 * nasty, escaped or not; an element removed, duplicated or nested
 * thousands deep; attributes changed; DTDs with entity bombs and external
 * entities; broken markup, character references out of range, CDATA,
 * encodings that lie; blind byte havoc now and then.
 */

const BILLION_LAUGHS = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>';
const DTDS = [
  BILLION_LAUGHS,
  '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
  '<!DOCTYPE x [<!ENTITY xxe SYSTEM "http://127.0.0.1:1/evil.dtd">]>',
  '<!DOCTYPE x SYSTEM "http://169.254.169.254/latest/meta-data/">',
  '<!DOCTYPE x [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>',
  '<!DOCTYPE x [<!ELEMENT x ANY>]>',
];
const ENTITY_USES = ['&lol9;', '&xxe;', '&lol;', '&unknown;', '&amp', '&#0;', '&#x110000;', '&#xD800;', '&#65;', '&#x1F600;', '&'];
const BROKEN = ['<', '</', '<x', '</nomatch>', '<![CDATA[', ']]>', '<!--', '-->', '<?pi x?>', '<a b="1" b="2">', '<a xmlns:cvrf="">', '\u0000', '\uffff', '<x:y:z/>'];

/** Start tags (name and position) of the document. */
function startTags(text: string): Array<{ name: string; at: number; end: number }> {
  const out: Array<{ name: string; at: number; end: number }> = [];
  for (const m of text.matchAll(/<([A-Za-z_][\w.:-]*)(\s[^<>]*)?>/g)) {
    if (m[0].endsWith('/>')) continue;
    out.push({ name: m[1], at: m.index!, end: m.index! + m[0].length });
    if (out.length > 20_000) break;
  }
  return out;
}

/** Where the element that starts at `tag` ends (after its end tag), counting nested elements of the same name. */
function elementEnd(text: string, tag: { name: string; end: number }): number | undefined {
  const open = `<${tag.name}`;
  const close = `</${tag.name}>`;
  let depth = 1;
  let pos = tag.end;
  while (depth > 0) {
    const nextClose = text.indexOf(close, pos);
    if (nextClose < 0) return undefined;
    let nextOpen = text.indexOf(open, pos);
    while (nextOpen >= 0 && nextOpen < nextClose && !/[\s>]/.test(text[nextOpen + open.length] ?? '')) nextOpen = text.indexOf(open, nextOpen + 1);
    if (nextOpen >= 0 && nextOpen < nextClose) {
      depth++;
      pos = nextOpen + open.length;
    } else {
      depth--;
      pos = nextClose + close.length;
    }
  }
  return pos;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function mutateXml(doc: Buffer, rng: Rng): { bytes: Buffer; label: string } {
  if (rng.chance(0.1)) {
    const h = havoc(doc, rng);
    return { bytes: h.bytes, label: `xml-${h.label}` };
  }
  let text = doc.toString('utf8');
  const tags = startTags(text);
  const steps: string[] = [];
  const n = rng.weighted([[7, 1], [3, 2]] as const);
  for (let i = 0; i < n && tags.length; i++) {
    const tag = rng.pick(tags);
    const end = elementEnd(text, tag);
    const op = rng.weighted([[5, 'text'], [3, 'remove'], [2, 'duplicate'], [2, 'attribute'], [1, 'dtd'], [1, 'entity'], [1, 'nest'], [1, 'huge'], [1, 'broken'], [1, 'encoding'], [1, 'rename']] as const);
    steps.push(`${op}@${tag.name}`);
    switch (op) {
      case 'text': {
        if (end === undefined) break;
        const close = text.lastIndexOf('</', end - 1);
        const inner = text.slice(tag.end, close);
        const replacement = rng.chance(0.7) ? escape(nastyString(rng, inner.includes('<') ? '' : inner)) : nastyString(rng);
        text = text.slice(0, tag.end) + replacement + text.slice(close);
        break;
      }
      case 'remove':
        if (end !== undefined) text = text.slice(0, tag.at) + text.slice(end);
        break;
      case 'duplicate':
        if (end !== undefined) text = text.slice(0, end) + text.slice(tag.at, end).repeat(rng.pick([1, 2, 100])) + text.slice(end);
        break;
      case 'attribute': {
        const attr = rng.chance(0.5) ? `${rng.pick(['Type', 'Ordinal', 'xml:lang', 'xmlns', 'rel', 'href', 'm:type', 'm:null'])}="${escape(nastyString(rng))}"` : `${rng.pick(['a', 'Type', 'href'])}=${rng.pick(['"unterminated', "'x'", 'noquotes', '"&lol9;"', '"&xxe;"'])}`;
        text = `${text.slice(0, tag.end - 1)} ${attr}${text.slice(tag.end - 1)}`;
        break;
      }
      case 'dtd': {
        const dtd = rng.pick(DTDS);
        const after = text.indexOf('?>');
        text = after >= 0 && after < 200 ? text.slice(0, after + 2) + dtd + text.slice(after + 2) : dtd + text;
        const use = dtd.includes('lol9') ? '&lol9;' : dtd.includes('xxe') ? '&xxe;' : '';
        if (use && end !== undefined) text = text.slice(0, tag.end + dtd.length) + use + text.slice(tag.end + dtd.length);
        break;
      }
      case 'entity':
        text = text.slice(0, tag.end) + rng.pick(ENTITY_USES) + text.slice(tag.end);
        break;
      case 'nest': {
        const depth = rng.pick([100, 10_000, 100_000]);
        text = text.slice(0, tag.end) + '<n>'.repeat(depth) + '</n>'.repeat(depth) + text.slice(tag.end);
        break;
      }
      case 'huge':
        text = text.slice(0, tag.end) + rng.pick(['A', '&amp;', ' ', 'é']).repeat(rng.pick([100_000, 2_000_000])) + text.slice(tag.end);
        break;
      case 'broken':
        text = text.slice(0, tag.end) + rng.pick(BROKEN) + text.slice(tag.end);
        break;
      case 'encoding':
        text = rng.pick([
          () => text.replace(/encoding="[^"]*"/, `encoding="${rng.pick(['UTF-16', 'ISO-8859-1', 'EBCDIC', 'x-nonsense'])}"`),
          () => text.replace(/^\ufeff?/, '\ufffe'),
          () => text.replace(/^\ufeff?<\?xml[^>]*\?>/, ''),
          () => `<?xml version="1.1"?>${text}`,
          () => `  \n${text}`,
        ])();
        break;
      case 'rename':
        if (end !== undefined) {
          const name = rng.pick(['x', 'cvrf:x', 'entry', 'vuln:Remediation', 'd:Id', 'link', tag.name.toUpperCase()]);
          const close = text.lastIndexOf(`</${tag.name}>`, end);
          if (close >= 0) text = `${text.slice(0, tag.at + 1)}${name}${text.slice(tag.at + 1 + tag.name.length, close + 2)}${name}${text.slice(close + 2 + tag.name.length)}`;
        }
        break;
    }
  }
  let bytes = Buffer.from(text, 'utf8');
  if (rng.chance(0.05)) {
    // Bytes that are not UTF-8 inside a text node.
    const at = rng.int(bytes.length);
    bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff, 0xc0, 0x80]), bytes.subarray(at)]);
    steps.push('invalid-utf8');
  }
  return { bytes, label: `xml:${steps.join('+')}` };
}

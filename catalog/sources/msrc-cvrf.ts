import { NEUTRAL } from '../../protocol/index.js';
import { CatalogParseError } from '../errors.js';
import { isValidId } from '../store/keys.js';
import { isHttpUrl } from './fetch-policy.js';
import type { DocumentParser, ParseContext, ParsedBulletin } from './model.js';
import { streamXml, child, children, childText, type XmlElement } from './xml.js';
import { higherSeverity, isoDate, kbOf, plainText, platformOf, supersededKbs } from './msrc-cvrf-fields.js';

/*
 * One MSRC CVRF 1.1 monthly document is one bulletin. Its updates are the
 * (KB, product) pairs of the "Vendor Fix" remediations whose Description is
 * a KB number; the same pair listed under several vulnerabilities (a monthly
 * rollup fixes dozens of CVEs) is one update. Only the document header, the
 * product tree and one vulnerability at a time are held in memory.
 */

const ROOT = 'cvrf:cvrfdoc';
const VENDOR = 'Microsoft';
const VENDOR_FIX = 'Vendor Fix';
const RELEASE_NOTES = 'Release Notes';
const COLLECTED = new Set([
  'cvrf:DocumentTitle',
  'cvrf:DocumentTracking',
  'cvrf:DocumentNotes',
  'prod:ProductTree',
  'vuln:Vulnerability',
]);

type CvrfUpdate = ParsedBulletin['updates'][number] & { supersedes: string[] };

interface DocumentState {
  ctx: ParseContext;
  id?: string;
  title: string;
  released: string;
  revised: string;
  description: string;
  severity: string;
  /** ProductID -> full product name, from prod:ProductTree. */
  products: Map<string, string>;
  /** Keyed by update id, i.e. by (KB, ProductID). */
  updates: Map<string, CvrfUpdate>;
  /** Last collected element, to place an error found only at the end. */
  last?: XmlElement;
}

/** Parses one MSRC CVRF 1.1 document into its monthly bulletin and KB updates. */
export const parseMsrcCvrf: DocumentParser = async (body, ctx) => {
  const doc: DocumentState = {
    ctx, title: '', released: '', revised: '', description: '', severity: '',
    products: new Map(), updates: new Map(),
  };
  await streamXml(body, ctx, {
    root: ROOT,
    collect: (name, depth) => depth === 2 && COLLECTED.has(name),
    onElement: (element) => onDocumentElement(doc, element),
  });
  return { bulletins: [toParsedBulletin(doc)] };
};

function onDocumentElement(doc: DocumentState, element: XmlElement): void {
  doc.last = element;
  switch (element.name) {
    case 'cvrf:DocumentTitle':
      doc.title = element.text.trim();
      break;
    case 'cvrf:DocumentTracking':
      readTracking(doc, element);
      break;
    case 'cvrf:DocumentNotes':
      readReleaseNotes(doc, element);
      break;
    case 'prod:ProductTree':
      // CVRF orders DocumentTracking before the tree and the vulnerabilities,
      // so a document that reaches them without an ID has none.
      requireId(doc, element);
      readProductTree(doc, element);
      break;
    case 'vuln:Vulnerability':
      requireId(doc, element);
      readVulnerability(doc, element);
      break;
  }
}

function readTracking(doc: DocumentState, tracking: XmlElement): void {
  const idElement = child(child(tracking, 'cvrf:Identification') ?? tracking, 'cvrf:ID');
  const id = idElement?.text.trim() ?? '';
  if (!id) throw parseError(doc, tracking, 'DocumentTracking has no Identification/ID');
  if (!isValidId(id)) throw parseError(doc, idElement!, `the document ID cannot be a bulletin id (1 to 512 characters, no '/' and no control characters; it has ${id.length})`);
  doc.id = id;
  doc.released = readDate(doc, tracking, 'cvrf:InitialReleaseDate');
  doc.revised = readDate(doc, tracking, 'cvrf:CurrentReleaseDate') || doc.released;
}

function readDate(doc: DocumentState, tracking: XmlElement, name: string): string {
  const element = child(tracking, name);
  if (!element) return '';
  const iso = isoDate(element.text);
  if (iso === undefined) throw parseError(doc, element, `${name} is not a date`);
  return iso;
}

function readReleaseNotes(doc: DocumentState, notes: XmlElement): void {
  const note = children(notes, 'cvrf:Note').find((n) => n.attributes.Title === RELEASE_NOTES);
  if (note) doc.description = plainText(note.text);
}

function requireId(doc: DocumentState, element: XmlElement): void {
  if (doc.id === undefined) throw parseError(doc, element, 'document has no DocumentTracking/Identification/ID');
}

/** Full product names may sit at any depth of Branch nesting (and in Relationships). */
function readProductTree(doc: DocumentState, element: XmlElement): void {
  for (const node of element.children) {
    if (node.name === 'prod:FullProductName') {
      const productId = node.attributes.ProductID?.trim();
      if (!productId) throw parseError(doc, node, 'FullProductName has no ProductID');
      if (!doc.products.has(productId)) doc.products.set(productId, node.text.trim());
    } else {
      readProductTree(doc, node);
    }
  }
}

function readVulnerability(doc: DocumentState, vulnerability: XmlElement): void {
  for (const threat of children(child(vulnerability, 'vuln:Threats') ?? vulnerability, 'vuln:Threat')) {
    if (threat.attributes.Type === 'Severity') doc.severity = higherSeverity(doc.severity, childText(threat, 'vuln:Description'));
  }
  for (const remediation of children(child(vulnerability, 'vuln:Remediations') ?? vulnerability, 'vuln:Remediation')) {
    readRemediation(doc, remediation);
  }
}

/** A KB Vendor Fix becomes one update per product; other remediations (see kbOf) are skipped. */
function readRemediation(doc: DocumentState, remediation: XmlElement): void {
  if (remediation.attributes.Type !== VENDOR_FIX) return;
  const kb = kbOf(childText(remediation, 'vuln:Description'));
  if (!kb) return;
  const productIds = children(remediation, 'vuln:ProductID');
  if (productIds.length === 0) throw parseError(doc, remediation, 'a Vendor Fix names no ProductID');
  const fix = {
    url: downloadUrl(childText(remediation, 'vuln:URL')),
    restartRequired: /^yes$/i.test(childText(remediation, 'vuln:RestartRequired')),
    updateType: childText(remediation, 'vuln:SubType'),
    supersedes: children(remediation, 'vuln:Supercedence').flatMap((s) => supersededKbs(s.text)),
  };
  for (const productIdElement of productIds) {
    const productId = productIdElement.text.trim();
    const product = doc.products.get(productId);
    if (product === undefined) throw parseError(doc, productIdElement, 'a Vendor Fix names a ProductID the product tree does not define');
    const id = `${kb}-${productId}`;
    if (!isValidId(id)) throw parseError(doc, productIdElement, "a ProductID cannot be part of an update id (no '/' and no control characters)");
    mergeUpdate(doc, { id, kb, product, ...fix });
  }
}

/**
 * The Vendor Fix URL as the update's download URL, or '' when it is not an
 * absolute http(s) URL (file:, javascript:, a UNC \\host\share path...).
 * The update is kept without a URL rather than the document refused: in CVRF
 * the URL is only a link to Microsoft's catalog page (MSRC gives no file and
 * no hash), the KB, product and supersedence are what the record is for, and
 * an update without a URL is already what a Vendor Fix with no URL gives.
 * Staging such an update fails clearly; nothing is ever fetched from, nor
 * replicated with, a URL that is not http(s).
 */
function downloadUrl(text: string): string {
  return isHttpUrl(text) ? text : '';
}

function mergeUpdate(
  doc: DocumentState,
  fix: { id: string; kb: string; product: string; url: string; restartRequired: boolean; updateType: string; supersedes: string[] },
): void {
  const existing = doc.updates.get(fix.id);
  if (existing) {
    // The first listing wins for url and sub-type; facts that only add up are merged.
    existing.supersedes = [...new Set([...existing.supersedes, ...fix.supersedes])];
    existing.restartRequired ||= fix.restartRequired;
    return;
  }
  doc.updates.set(fix.id, {
    id: fix.id,
    bulletinId: doc.id,
    kb: fix.kb,
    fileName: '',
    language: NEUTRAL,
    product: fix.product,
    platform: platformOf(fix.product),
    url: fix.url,
    size: 0,
    hashAlgorithm: '',
    hash: '',
    commandLine: '',
    restartRequired: fix.restartRequired,
    superseded: false,
    supersedes: [...new Set(fix.supersedes)],
    supersededBy: [],
    updateType: fix.updateType,
  });
}

function toParsedBulletin(doc: DocumentState): ParsedBulletin {
  if (doc.id === undefined) {
    throw parseError(doc, doc.last, 'document has no DocumentTracking/Identification/ID');
  }
  const updates = [...doc.updates.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((u) => ({ ...u, supersedes: [...u.supersedes].sort() }));
  return {
    bulletin: {
      id: doc.id,
      vendor: VENDOR,
      title: doc.title || doc.id,
      vendorSeverity: doc.severity,
      released: doc.released,
      revised: doc.revised,
      description: doc.description,
      // Bulletin-level supersedence is resolved across documents by the import pipeline.
      supersedes: [],
      supersededBy: [],
      products: [...new Set(updates.map((u) => u.product as string))].sort(),
    },
    updates,
  };
}

function parseError(doc: DocumentState, element: XmlElement | undefined, reason: string): CatalogParseError {
  return new CatalogParseError(doc.ctx.source, { url: doc.ctx.url, line: element?.line ?? 1, column: element?.column ?? 1 }, reason);
}

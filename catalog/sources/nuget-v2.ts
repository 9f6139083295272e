import { CatalogParseError } from '../errors.js';
import { isValidId } from '../store/keys.js';
import { isHttpUrl } from './fetch-policy.js';
import { isPlainFileName } from './file-name.js';
import type { DocumentParser, ParseContext, ParsedBulletin } from './model.js';
import { streamXml, child, children, childText, type XmlElement } from './xml.js';
import { tapRootAttributes } from './xml-root.js';
import {
  absoluteHref, childByLocalName, collapsedText, hashAlgorithm, hashHex, odataDate, odataText, packageLanguage, packageSize,
} from './nuget-v2-fields.js';

/*
 * One page of a NuGet v2 OData Atom feed (nuget.org, Chocolatey community
 * repository). Each <entry> is one package version: one bulletin with one
 * update, the .nupkg. Entries are read one at a time as they stream in; the
 * page's <link rel="next"> is returned for the fetch loop to follow.
 */

const ROOT = 'feed';
const BASE_ATTRIBUTE = 'xml:base';
/** NuGet and Chocolatey mark an unlisted version by setting Published to 1900-01-01. */
const UNLISTED_YEAR = '1900';
/** Protocols a next-page or package URL may use besides the page's own: never file: from a web feed, which would make us read local files. */
const WEB_PROTOCOLS = new Set(['http:', 'https:']);

interface PageState {
  ctx: ParseContext;
  /** Feed-level xml:base, read once the root tag has streamed past. */
  base(): string;
  entries: number;
  next?: string;
}

/** Parses one NuGet v2 feed page into one bulletin per listed package version, and its next-page URL. */
export const parseNugetV2: DocumentParser = async (body, ctx) => {
  const tap = tapRootAttributes(body);
  let base: string | undefined;
  const page: PageState = {
    ctx,
    base: () => (base ??= absoluteHref(tap.rootAttributes()[BASE_ATTRIBUTE] ?? '', ctx.url) ?? ctx.url),
    entries: 0,
  };
  const bulletins: ParsedBulletin[] = [];
  await streamXml(tap.body, ctx, {
    root: ROOT,
    collect: (name, depth) => depth === 2 && (name === 'entry' || name === 'link'),
    onElement: (element) => {
      if (element.name === 'link') return readFeedLink(page, element);
      page.entries++;
      const bulletin = readEntry(page, element);
      if (bulletin) bulletins.push(bulletin);
    },
  });
  return { bulletins, next: page.next };
};

function readFeedLink(page: PageState, link: XmlElement): void {
  if (link.attributes.rel !== 'next' || page.next !== undefined) return;
  const position = { url: page.ctx.url, line: link.line, column: link.column };
  const next = absoluteHref(link.attributes.href ?? '', page.base());
  if (!link.attributes.href?.trim() || next === undefined) {
    throw new CatalogParseError(page.ctx.source, position, '<link rel="next"> has no usable href');
  }
  // The fetch policy checks the page again when it is fetched (addresses, redirects); this is the document's own shape.
  if (!allowedProtocol(page, next)) throw new CatalogParseError(page.ctx.source, position, '<link rel="next"> points to a URL that is neither http(s) nor of the page\'s own scheme');
  page.next = next;
}

function allowedProtocol(page: PageState, url: string): boolean {
  const { protocol } = new URL(url);
  return WEB_PROTOCOLS.has(protocol) || protocol === new URL(page.ctx.url).protocol;
}

/**
 * Reasons name the entry by its number and position and never quote its
 * values (see CatalogParseError).
 *
 * One entry -> one bulletin, or undefined for an unlisted version: NuGet and
 * Chocolatey hide unlisted versions from search and installs, so an admin
 * would not deploy one and it is not offered. Unlisted entries are still
 * checked: a malformed entry makes the page malformed.
 */
function readEntry(page: PageState, entry: XmlElement): ParsedBulletin | undefined {
  const fail = (reason: string) =>
    new CatalogParseError(page.ctx.source, { url: page.ctx.url, line: entry.line, column: entry.column, entry: page.entries }, reason);
  const properties = childByLocalName(entry, 'properties');
  const prop = (name: string) => odataText(childByLocalName(properties, name));

  const id = prop('Id') || childText(entry, 'title');
  const version = prop('Version');
  if (!id) throw fail('entry has no package Id (<title> or d:Id)');
  if (!version) throw fail('the package has no Version');
  const bulletinId = `${id}.${prop('NormalizedVersion') || version}`;
  const fileName = `${id}.${version}.nupkg`;
  if (!isValidId(bulletinId) || !isValidId(fileName) || !isPlainFileName(fileName)) {
    throw fail("the package Id and Version cannot make an id and a file name (no '/', '\\', ':' or control characters)");
  }

  const publishedText = prop('Published');
  const published = odataDate(publishedText);
  if (published === undefined) throw fail('the package has no valid Published date');
  const lastEditedText = prop('LastEdited');
  const lastEdited = lastEditedText ? odataDate(lastEditedText) : published;
  if (lastEdited === undefined) throw fail('the package has an invalid LastEdited date');

  const algorithm = hashAlgorithm(prop('PackageHashAlgorithm'));
  if (algorithm === undefined) throw fail('the package has an unknown PackageHashAlgorithm (sha1, sha256 or sha512)');
  const hash = hashHex(prop('PackageHash'), algorithm);
  if (hash === undefined) throw fail(`the package's PackageHash is not base64 of a ${algorithm} digest`);
  const size = packageSize(prop('PackageSize'));
  if (size === undefined) throw fail("the package's PackageSize is not a byte count");
  const src = child(entry, 'content')?.attributes.src ?? '';
  const url = src.trim() ? absoluteHref(src, entryBase(page, entry)) : undefined;
  if (url === undefined) throw fail('the package has no <content src> download URL');
  // An update's download URL is http(s), whatever the page's own scheme.
  if (!isHttpUrl(url)) throw fail('the package downloads from a URL that is not absolute http(s)');

  if (publishedText.startsWith(UNLISTED_YEAR)) return undefined;
  return {
    bulletin: {
      id: bulletinId,
      vendor: children(entry, 'author').map((a) => childText(a, 'name')).filter(Boolean).join(', '),
      title: prop('Title') || id,
      vendorSeverity: '',
      released: published,
      revised: lastEdited,
      description: collapsedText(prop('Description') || childText(entry, 'summary')),
      supersedes: [],
      supersededBy: [],
      products: [id],
    },
    updates: [{
      id: fileName,
      bulletinId,
      kb: '',
      fileName,
      language: packageLanguage(prop('Language')),
      product: id,
      platform: '',
      url,
      size,
      hashAlgorithm: algorithm,
      hash,
      commandLine: '',
      restartRequired: false,
      superseded: false,
      supersedes: [],
      supersededBy: [],
      updateType: 'Package',
    }],
  };
}

/** Atom lets an entry carry its own xml:base, relative to the feed's. */
function entryBase(page: PageState, entry: XmlElement): string {
  const own = entry.attributes[BASE_ATTRIBUTE];
  return (own && absoluteHref(own, page.base())) || page.base();
}

import type { Readable } from 'node:stream';
import type { BulletinData, UpdateData } from '../../protocol/index.js';

/**
 * What a source parser produces: bulletins with their updates, as plain
 * objects shaped like the protobuf records. The import pipeline (not the
 * parser) adds `source`, applies exclusions, resolves supersedence across
 * documents and writes the records.
 */
export interface ParsedBulletin {
  bulletin: BulletinData & { id: string };
  updates: Array<UpdateData & { id: string; language: string }>;
}

export interface ParsedDocument {
  bulletins: ParsedBulletin[];
  /** Absolute URL of the next page (NuGet v2 paging), when the document links one. */
  next?: string;
}

export interface ParseContext {
  /** Source name, for error messages. */
  source: string;
  /** URL the document was fetched from (also carries file names for wsusoffline lists). */
  url: string;
  /** Largest document once inflated (a gzip-compressed native catalog): CATALOG_TOO_LARGE past it. Unlimited when unset. */
  maxBytes?: number;
  /**
   * Told of what the parser leaves out on purpose (a wsusoffline tool list,
   * a line repeated): `line` undefined for the whole document. The reason is
   * the parser's own text, never the document's.
   */
  skip?: (skip: { line?: number; reason: string }) => void;
}

/** Receives each bulletin as it is parsed; a returned promise is awaited (backpressure). */
export type BulletinSink = (bulletin: ParsedBulletin) => void | Promise<void>;

/**
 * A parser reads one fetched document; malformed input throws
 * CatalogParseError. With `emit`, a parser that can stream (native) hands
 * each bulletin over as it goes and returns none, so a large catalog is
 * never held whole; the others return them all as usual.
 */
export type DocumentParser = (body: Readable, ctx: ParseContext, emit?: BulletinSink) => Promise<ParsedDocument>;

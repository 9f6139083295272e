import type { Readable } from 'node:stream';
import { SaxesParser } from 'saxes';
import { CatalogParseError } from '../errors.js';
import type { ParseContext } from './model.js';

/** A small element tree, built only for the elements a parser asks to collect. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
  column: number;
}

export interface XmlStreamOptions {
  /** Return true to collect the element (with its subtree) and hand it to onElement. */
  collect(name: string, depth: number): boolean;
  onElement(element: XmlElement): void;
  /** The document's root element name; anything else is a parse error. */
  root?: string;
}

/**
 * Streams an XML document through a strict, namespace-unaware SAX parser and
 * hands over whole subtrees of the collected elements, so a parser can work
 * record by record without holding a DOM of a multi-megabyte document.
 * Any well-formedness error, or an exception thrown by onElement, becomes a
 * CatalogParseError with the line and column.
 */
export async function streamXml(body: Readable, ctx: ParseContext, options: XmlStreamOptions): Promise<void> {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let collecting = 0; // depth in `stack` where the collected subtree starts, 0 = not collecting
  let depth = 0;
  let sawRoot = false;
  let failure: CatalogParseError | undefined;

  const fail = (reason: string, cause?: unknown) => {
    failure ??= new CatalogParseError(ctx.source, { url: ctx.url, line: parser.line, column: parser.column }, reason, cause);
  };

  // saxes quotes names from the document in some messages ("unclosed tag: x"): only the kind of error is kept, and not the error itself as the cause.
  parser.on('error', (err) => fail(`XML is not well-formed: ${err.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '').replace(/:.*$/s, '').replace(/\.$/, '')}`));
  parser.on('opentag', (tag) => {
    depth++;
    if (depth === 1) {
      sawRoot = true;
      if (options.root && tag.name !== options.root) fail(`expected root element <${options.root}>, found another`);
    }
    if (collecting === 0 && !options.collect(tag.name, depth)) return;
    const element: XmlElement = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      children: [],
      text: '',
      line: parser.line,
      column: parser.column,
    };
    if (collecting === 0) collecting = depth;
    else stack[stack.length - 1].children.push(element);
    stack.push(element);
  });
  const onText = (text: string) => {
    if (collecting !== 0) stack[stack.length - 1].text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    if (collecting !== 0) {
      const element = stack.pop()!;
      if (depth === collecting) {
        collecting = 0;
        try {
          options.onElement(element);
        } catch (err) {
          if (err instanceof CatalogParseError) failure ??= err;
          else fail('the element could not be read', err);
        }
      }
    }
    depth--;
  });

  body.setEncoding('utf8');
  let first = true;
  for await (const chunk of body) {
    // Vendor documents (MSRC, NuGet) start with a UTF-8 byte order mark.
    parser.write(first ? (chunk as string).replace(/^\uFEFF/, '') : (chunk as string));
    first = false;
    if (failure) {
      body.destroy();
      throw failure;
    }
  }
  parser.close();
  if (!failure && !sawRoot) fail('empty document');
  if (failure) throw failure;
}

/** First direct child with the given name. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

/** All direct children with the given name. */
export function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** Trimmed text of the first direct child with the given name, or ''. */
export function childText(element: XmlElement, name: string): string {
  return child(element, name)?.text.trim() ?? '';
}

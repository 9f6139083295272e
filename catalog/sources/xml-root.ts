import { Transform, pipeline, type Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';

export interface RootTap {
  /** The document, unchanged, to hand to streamXml. */
  body: Readable;
  /** Attributes of the root element once it has streamed past ({} before, or when there is none). */
  rootAttributes(): Readonly<Record<string, string>>;
}

/**
 * Passes a document through unchanged while a second, throw-away SAX parser
 * reads only as far as the root start tag, so a streaming parser can learn
 * document-level attributes (an Atom feed's xml:base) that streamXml does not
 * hand over. The sniffer stops at the root tag and ignores errors: the main
 * parser reports those with their position.
 */
export function tapRootAttributes(body: Readable): RootTap {
  const sniffer = new SaxesParser();
  const decoder = new StringDecoder('utf8');
  let attributes: Record<string, string> | undefined;
  let sniffing = true;
  let first = true;
  sniffer.on('opentag', (tag) => {
    attributes ??= { ...(tag.attributes as Record<string, string>) };
    sniffing = false;
  });
  sniffer.on('error', () => {
    sniffing = false;
  });
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (sniffing) {
        let text = decoder.write(chunk);
        if (first) text = text.replace(/^\uFEFF/, '');
        first = false;
        sniffer.write(text);
      }
      callback(null, chunk);
    },
  });
  // pipeline, not pipe: an error of the source reaches the reader of `tap`,
  // and destroying `tap` (streamXml does on a parse error) destroys the source.
  pipeline(body, tap, () => {});
  return { body: tap, rootAttributes: () => attributes ?? {} };
}

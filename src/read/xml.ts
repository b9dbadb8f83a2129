// Streams the XML parts of a workbook through saxes: elements by local name, text, and a refusal
// of any DOCTYPE, so that no entity a file declares is ever expanded.
import { SaxesParser } from 'saxes';
import { DuibiaoError } from '../errors.js';
import { visible } from '../model/visible.js';
import { say } from '../words/message.js';
import { turn } from '../run/turn.js';

export interface XmlHandlers {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  text(text: string): void;
  /** The part holds one text or tag longer than MAX_TOKEN_BYTES: what to stop with. */
  tooLong?(): never;
}

/**
 * Bytes one text or tag may take: the parser holds a text whole before it hands it on, so a cell
 * of 50 MB would be 50 MB in memory before any bound on a cell could see it.
 */
export const MAX_TOKEN_BYTES = 4 * 1024 * 1024;

/** One XML part of a workbook, fed a chunk of bytes at a time. */
export class XmlPart {
  private readonly parser = new SaxesParser({ position: false });
  private readonly decoder = new TextDecoder('utf-8');
  /** Bytes written since the parser last handed on a tag or a text. */
  private pending = 0;

  constructor(
    private readonly file: string,
    private readonly part: string,
    private readonly handlers: XmlHandlers,
  ) {
    const { parser } = this;
    parser.on('doctype', () => {
      throw new DuibiaoError('workbook-unsafe-xml', say('workbook.doctype', file, visible(part)));
    });
    // saxes's own words (`unexpected close tag.`) are English whatever the run's language: they are for --debug.
    parser.on('error', (error) => {
      throw new DuibiaoError(
        'format-error',
        say('workbook.notReadable', file, say('workbook.badXml', visible(part))),
        [],
        {
          cause: error,
        },
      );
    });
    parser.on('opentag', (tag) => {
      this.pending = 0;
      handlers.open(localName(tag.name), tag.attributes as Record<string, string>);
    });
    parser.on('closetag', (tag) => {
      this.pending = 0;
      handlers.close(localName(tag.name));
    });
    parser.on('text', (text) => {
      this.pending = 0;
      handlers.text(text);
    });
    parser.on('cdata', (text) => {
      this.pending = 0;
      handlers.text(text);
    });
  }

  write(chunk: Uint8Array): void {
    this.pending += chunk.length;
    this.parser.write(this.decoder.decode(chunk, { stream: true }));
    if (this.pending > MAX_TOKEN_BYTES) {
      this.handlers.tooLong?.();
      throw new DuibiaoError(
        'cell-too-large',
        say('workbook.tokenTooLong', this.file, visible(this.part), MAX_TOKEN_BYTES / 1024 / 1024),
      );
    }
  }

  end(): void {
    this.parser.write(this.decoder.decode());
    this.parser.close();
  }
}

/** Parses a whole part. */
export async function readXmlPart(
  chunks: AsyncIterable<Uint8Array>,
  file: string,
  part: string,
  handlers: XmlHandlers,
): Promise<void> {
  const xml = new XmlPart(file, part, handlers);
  for await (const chunk of chunks) {
    xml.write(chunk);
    // Shared strings may take seconds: the loop turns now and then, for a Ctrl-C (turn.ts).
    await turn();
  }
  xml.end();
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

// Streams the XML parts of a workbook through saxes: elements by local name, text, and a refusal
// of any DOCTYPE, so that no entity a file declares is ever expanded.
import { SaxesParser } from 'saxes';
import { DuibiaoError } from '../errors.js';
import { visible } from '../model/visible.js';

export interface XmlHandlers {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  text(text: string): void;
}

/** One XML part of a workbook, fed a chunk of bytes at a time. */
export class XmlPart {
  private readonly parser = new SaxesParser({ position: false });
  private readonly decoder = new TextDecoder('utf-8');

  constructor(file: string, part: string, handlers: XmlHandlers) {
    const { parser } = this;
    parser.on('doctype', () => {
      throw new DuibiaoError('workbook-unsafe-xml', `${file}: refused: the part '${visible(part)}' declares a DOCTYPE; a workbook never needs one, and its entities could expand without bound`);
    });
    parser.on('error', (error) => {
      throw new DuibiaoError('format-error', `${file}: not a readable workbook: the part '${visible(part)}' is not well-formed XML (${visible(error.message)})`);
    });
    parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes as Record<string, string>));
    parser.on('closetag', (tag) => handlers.close(localName(tag.name)));
    parser.on('text', (text) => handlers.text(text));
    parser.on('cdata', (text) => handlers.text(text));
  }

  write(chunk: Buffer): void {
    this.parser.write(this.decoder.decode(chunk, { stream: true }));
  }

  end(): void {
    this.parser.write(this.decoder.decode());
    this.parser.close();
  }
}

/** Parses a whole part. */
export async function readXmlPart(chunks: AsyncIterable<Buffer>, file: string, part: string, handlers: XmlHandlers): Promise<void> {
  const xml = new XmlPart(file, part, handlers);
  for await (const chunk of chunks) xml.write(chunk);
  xml.end();
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

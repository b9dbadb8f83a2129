// The workbook's style table (xl/styles.xml): each look a cell can have (bold, a solid fill, a
// number format, an alignment) gets one cell format (xf) the first time it is asked for, and is
// then named by its number in every cell: the table is a few entries whatever the row count.
import { escapeXml, XML_HEAD } from './xml.js';

export interface CellLook {
  bold?: boolean;
  /** A solid fill, as ARGB (`FFC8E6C9`). */
  fill?: string;
  /** A number format's code (`0.0#%`); none: General. */
  numFmt?: string;
  /** Text wraps at the column's edge, aligned so. */
  wrap?: 'top' | 'center';
}

export class StyleTable {
  private readonly ids = new Map<string, number>();
  private readonly xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly fills: string[] = ['none', 'gray125'];
  private readonly formats: string[] = [];

  constructor() {
    this.ids.set(key({}), 0);
  }

  /** The number of the cell format that looks so: 0 for none. */
  id(look: CellLook): number {
    const k = key(look);
    let id = this.ids.get(k);
    if (id === undefined) {
      id = this.xfs.length;
      this.xfs.push(this.xf(look));
      this.ids.set(k, id);
    }
    return id;
  }

  private xf(look: CellLook): string {
    const fill = look.fill === undefined ? 0 : this.indexOf(this.fills, look.fill, 0);
    // Excel's own number formats end at 163: a workbook's own begin at 164.
    const format = look.numFmt === undefined ? 0 : 164 + this.indexOf(this.formats, look.numFmt, 0);
    const font = look.bold === true ? 1 : 0;
    let attributes = `numFmtId="${format}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"`;
    if (format !== 0) attributes += ' applyNumberFormat="1"';
    if (font !== 0) attributes += ' applyFont="1"';
    if (fill !== 0) attributes += ' applyFill="1"';
    if (look.wrap === undefined) return `<xf ${attributes}/>`;
    return `<xf ${attributes} applyAlignment="1"><alignment vertical="${look.wrap}" wrapText="1"/></xf>`;
  }

  private indexOf(list: string[], value: string, from: number): number {
    let index = list.indexOf(value, from);
    if (index < 0) index = list.push(value) - 1;
    return index;
  }

  xml(): string {
    const formats = this.formats
      .map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escapeXml(code)}"/>`)
      .join('');
    const fills = this.fills
      .map((fill) =>
        fill === 'none' || fill === 'gray125'
          ? `<fill><patternFill patternType="${fill}"/></fill>`
          : `<fill><patternFill patternType="solid"><fgColor rgb="${fill}"/><bgColor indexed="64"/></patternFill></fill>`,
      )
      .join('');
    return (
      XML_HEAD +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (this.formats.length > 0 ? `<numFmts count="${this.formats.length}">${formats}</numFmts>` : '') +
      '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
      '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
      `<fills count="${this.fills.length}">${fills}</fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0"/></styleSheet>'
    );
  }
}

function key(look: CellLook): string {
  return `${look.bold === true ? 'b' : ''}|${look.fill ?? ''}|${look.numFmt ?? ''}|${look.wrap ?? ''}`;
}

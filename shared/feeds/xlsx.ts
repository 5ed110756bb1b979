import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { problem, type Cell, type TableOutcome } from './table';

/**
 * `.xlsx` (Office Open XML): a zip of XML parts, unpacked with fflate and parsed with
 * fast-xml-parser — both pure JavaScript, so this reader lives in shared/ and runs the same
 * in main, the renderer and tests. It reads the first sheet: the first row is the header.
 * Values are the ones the spreadsheet app saved; a formula saved without its value is named
 * as such, never computed here.
 */

type Node = Record<string, unknown>;
const ARRAYS = new Set(['sheet', 'Relationship', 'row', 'c', 'si', 'r', 'xf', 'numFmt']);
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => ARRAYS.has(name),
});

const arr = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : []);
const attr = (n: Node | undefined, a: string): string | undefined => {
  const v = n?.[`@_${a}`];
  return typeof v === 'string' ? v : undefined;
};
function text(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object') {
    const t = (v as Node)['#text'];
    return typeof t === 'string' || typeof t === 'number' ? String(t) : '';
  }
  return '';
}

// Built-in number formats that show a date (ECMA-376 §18.8.30).
const DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);
const isDateCode = (code: string) => /[dy]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));

/** Which style indexes (the `s` of a cell) format their number as a date. */
function dateStyles(styles: Node | undefined): Set<number> {
  const sheet = styles?.styleSheet as Node | undefined;
  const custom = new Map<number, string>();
  for (const f of arr((sheet?.numFmts as Node | undefined)?.numFmt))
    custom.set(Number(attr(f, 'numFmtId')), attr(f, 'formatCode') ?? '');
  const out = new Set<number>();
  arr((sheet?.cellXfs as Node | undefined)?.xf).forEach((xf, i) => {
    const id = Number(attr(xf, 'numFmtId') ?? 0);
    if (DATE_FORMATS.has(id) || isDateCode(custom.get(id) ?? '')) out.add(i);
  });
  return out;
}

function serialToIso(serial: number, base1904: boolean): string {
  const epoch = base1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

const columnOf = (ref: string): number =>
  [...(/^[A-Z]+/.exec(ref)?.[0] ?? 'A')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

function part(files: Record<string, Uint8Array>, name: string): Node | undefined {
  const bytes = files[name];
  return bytes ? (xml.parse(strFromU8(bytes)) as Node) : undefined;
}

function firstSheetPath(files: Record<string, Uint8Array>): string {
  const book = part(files, 'xl/workbook.xml')?.workbook as Node | undefined;
  const first = arr((book?.sheets as Node | undefined)?.sheet)[0];
  const rid = attr(first, 'id');
  const rels = part(files, 'xl/_rels/workbook.xml.rels')?.Relationships as Node | undefined;
  const target = attr(
    arr(rels?.Relationship).find((r) => attr(r, 'Id') === rid),
    'Target',
  );
  if (!target) return 'xl/worksheets/sheet1.xml';
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

export function readXlsx(bytes: Uint8Array, fileName: string): TableOutcome {
  const damaged = problem(
    'damaged',
    `${fileName} is not a readable Excel workbook — it may be damaged or only partly saved`,
  );
  // Every .xlsx is a zip, and every zip starts "PK": anything else is another kind of file.
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    return problem(
      'unsupported',
      `${fileName} is not an .xlsx workbook (an old .xls or another file renamed?) — save it as .xlsx or CSV`,
    );
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) =>
        (f.name.startsWith('xl/') && f.name.endsWith('.xml')) || f.name.endsWith('.rels'),
    });
  } catch {
    return damaged;
  }
  try {
    const sheetPath = firstSheetPath(files);
    const sheet = part(files, sheetPath)?.worksheet as Node | undefined;
    if (!sheet) return damaged;
    const book = part(files, 'xl/workbook.xml')?.workbook as Node | undefined;
    const pr = book?.workbookPr as Node | undefined;
    const base1904 = attr(pr, 'date1904') === '1' || attr(pr, 'date1904') === 'true';
    const shared = arr((part(files, 'xl/sharedStrings.xml')?.sst as Node | undefined)?.si).map(
      (si) =>
        si.t !== undefined
          ? text(si.t)
          : arr(si.r)
              .map((r) => text(r.t))
              .join(''),
    );
    const dates = dateStyles(part(files, 'xl/styles.xml'));

    const cellOf = (c: Node): Cell => {
      const t = attr(c, 't') ?? 'n';
      const v = c.v === undefined ? '' : text(c.v);
      if (c.f !== undefined && v === '') return { kind: 'formula', formula: text(c.f) };
      if (t === 's') {
        const s = shared[Number(v)] ?? '';
        return s.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: s };
      }
      if (t === 'inlineStr') {
        const is = c.is as Node | undefined;
        const s = is
          ? is.t !== undefined
            ? text(is.t)
            : arr(is.r)
                .map((r) => text(r.t))
                .join('')
          : '';
        return s.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: s };
      }
      if (t === 'str' || t === 'e') return v === '' ? { kind: 'empty' } : { kind: 'text', text: v };
      if (v === '') return { kind: 'empty' };
      const n = Number(v);
      if (!Number.isFinite(n)) return { kind: 'text', text: v };
      if (t === 'n' && dates.has(Number(attr(c, 's') ?? -1)))
        return { kind: 'date', iso: serialToIso(n, base1904) };
      return { kind: 'number', value: n };
    };

    const rows = arr((sheet.sheetData as Node | undefined)?.row).map((row, i) => {
      const cells: Cell[] = [];
      arr(row.c).forEach((c, j) => {
        const ref = attr(c, 'r');
        cells[ref ? columnOf(ref) : j] = cellOf(c);
      });
      return {
        n: Number(attr(row, 'r') ?? i + 1),
        cells: Array.from(cells, (c) => c ?? { kind: 'empty' as const }),
      };
    });
    const [header, ...data] = rows;
    if (!header) return problem('noRows', `${fileName} has an empty first sheet`);
    return {
      ok: true,
      table: {
        fileName,
        columns: header.cells.map((c) =>
          c.kind === 'text' ? c.text.trim() : c.kind === 'number' ? String(c.value) : '',
        ),
        rows: data.map((r) => r.cells),
        rowNumbers: data.map((r) => r.n),
      },
    };
  } catch {
    return damaged;
  }
}

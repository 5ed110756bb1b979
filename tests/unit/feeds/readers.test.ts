import { describe, expect, it } from 'vitest';
import { readFeed, readTable, hostFailureProblem } from '../../../shared/feeds/readFeed';
import type { FeedReading } from '../../../shared/feeds/feedSchemas';
import type { FeedOutcome } from '../../../shared/feeds/table';
import { MAX_OPEN_BYTES } from '../../../shared/fileLimits';
import { excelDay, makeXlsx } from './xlsxFixture';

const TODAY = '2026-11-25';
const bytes = (text: string) => new TextEncoder().encode(text);
const spec = (column: string, more: Partial<FeedReading> = {}): FeedReading => ({
  kind: 'csv',
  column,
  reading: 'last',
  ...more,
});
const value = (o: FeedOutcome) => (o.ok ? o.value : o.problem.message);

const SALES = [
  'Month,Region,MRR',
  '2026-09-01,North,"1,200"',
  '2026-10-01,South,35',
  '2026-11-01,North,41',
  '',
].join('\n');

describe('readFeed on CSV', () => {
  it('reads the last row of a column', () => {
    expect(value(readFeed(bytes(SALES), 'sales.csv', spec('MRR'), TODAY))).toBe(41);
  });

  it('sums a column, reading "1,200" as the number a person wrote', () => {
    expect(value(readFeed(bytes(SALES), 'sales.csv', spec('MRR', { reading: 'sum' }), TODAY))).toBe(
      1276,
    );
  });

  it('counts the rows whose cell matches, ignoring case and spaces', () => {
    const s = spec('Region', { reading: 'countMatching', match: ' north ' });
    expect(value(readFeed(bytes(SALES), 'sales.csv', s, TODAY))).toBe(2);
  });

  it('reads the value on or just before a date', () => {
    const s = spec('MRR', { reading: 'atDate', dateColumn: 'Month', date: '2026-10-20' });
    expect(value(readFeed(bytes(SALES), 'sales.csv', s, TODAY))).toBe(35);
    const today = spec('MRR', { reading: 'atDate', dateColumn: 'Month' });
    expect(value(readFeed(bytes(SALES), 'sales.csv', today, TODAY))).toBe(41);
  });

  it('says no row is dated early enough rather than inventing one', () => {
    const s = spec('MRR', { reading: 'atDate', dateColumn: 'Month', date: '2026-01-01' });
    expect(value(readFeed(bytes(SALES), 'sales.csv', s, TODAY))).toBe(
      "No row of sales.csv has a date in column 'Month' on or before 2026-01-01",
    );
  });

  it('names a renamed column and lists the columns there are', () => {
    const renamed = SALES.replace('MRR', 'Monthly revenue');
    expect(value(readFeed(bytes(renamed), 'sales.csv', spec('MRR'), TODAY))).toBe(
      "Column 'MRR' is not in sales.csv — columns are: Month, Region, Monthly revenue",
    );
  });

  it('names the row holding text where a number should be', () => {
    const text = SALES.replace('35', 'n/a');
    const o = readFeed(bytes(text), 'sales.csv', spec('MRR', { reading: 'sum' }), TODAY);
    expect(value(o)).toBe("Row 3 of column 'MRR' in sales.csv holds 'n/a', not a number");
  });

  it('says a column holding dates holds no numbers', () => {
    const o = readFeed(bytes(SALES), 'sales.csv', spec('Month'), TODAY);
    expect(o.ok ? null : o.problem.code).toBe('dateColumn');
    expect(value(o)).toContain("Column 'Month' in sales.csv holds dates");
  });

  it('says an empty column is empty', () => {
    const empty = 'Month,MRR\n2026-10-01,\n2026-11-01,\n';
    expect(value(readFeed(bytes(empty), 'sales.csv', spec('MRR'), TODAY))).toBe(
      "Column 'MRR' in sales.csv is empty",
    );
  });

  it('reads a TSV by its tabs', () => {
    const tsv = 'Week\tSignups\n1\t10\n2\t12\n';
    const o = readFeed(bytes(tsv), 'signups.tsv', { ...spec('Signups'), kind: 'tsv' }, TODAY);
    expect(value(o)).toBe(12);
  });

  it('refuses a binary file renamed to .csv', () => {
    const o = readFeed(
      new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1]),
      'sales.csv',
      spec('MRR'),
      TODAY,
    );
    expect(value(o)).toBe('sales.csv is not a text file, so not CSV or TSV');
  });
});

describe('readFeed on .xlsx', () => {
  const book = () =>
    makeXlsx([
      ['Month', 'MRR', 'Churn'],
      [{ date: excelDay('2026-10-01') }, 35, 2],
      [{ date: excelDay('2026-11-01') }, 41, { formula: 'B3*0.05', value: 2.05 }],
    ]);

  it('reads numbers and date-formatted cells as a spreadsheet shows them', () => {
    const xlsx = { kind: 'xlsx' as const };
    expect(value(readFeed(book(), 'sales.xlsx', { ...spec('MRR'), ...xlsx }, TODAY))).toBe(41);
    const at = {
      ...spec('MRR', { reading: 'atDate', dateColumn: 'Month', date: '2026-10-31' }),
      ...xlsx,
    };
    expect(value(readFeed(book(), 'sales.xlsx', at, TODAY))).toBe(35);
    // A formula with its saved value reads as that value.
    expect(value(readFeed(book(), 'sales.xlsx', { ...spec('Churn'), ...xlsx }, TODAY))).toBe(2.05);
  });

  it('lists the header for the link preview', () => {
    const t = readTable(book(), 'sales.xlsx');
    expect(t.ok && t.table.columns).toEqual(['Month', 'MRR', 'Churn']);
  });

  it('names a formula saved without its value', () => {
    const noCache = makeXlsx([['MRR'], [35], [{ formula: 'SUM(A2:A2)' }]]);
    const o = readFeed(noCache, 'sales.xlsx', { ...spec('MRR'), kind: 'xlsx' }, TODAY);
    expect(o.ok ? null : o.problem.code).toBe('formula');
    expect(value(o)).toContain(
      "Row 3 of column 'MRR' in sales.xlsx is a formula saved without its value",
    );
  });

  it('names a text cell by its row', () => {
    const text = makeXlsx([['MRR'], [35], ['pending']]);
    expect(value(readFeed(text, 'sales.xlsx', { ...spec('MRR'), kind: 'xlsx' }, TODAY))).toBe(
      "Row 3 of column 'MRR' in sales.xlsx holds 'pending', not a number",
    );
  });

  it('says a truncated workbook is damaged and reads nothing', () => {
    const whole = book();
    const cut = whole.slice(0, Math.floor(whole.length / 2));
    const o = readFeed(cut, 'sales.xlsx', { ...spec('MRR'), kind: 'xlsx' }, TODAY);
    expect(o.ok ? null : o.problem.code).toBe('damaged');
    expect(value(o)).toContain('sales.xlsx is not a readable Excel workbook');
  });

  it('refuses a text file renamed to .xlsx', () => {
    const o = readFeed(bytes(SALES), 'sales.xlsx', { ...spec('MRR'), kind: 'xlsx' }, TODAY);
    expect(o.ok ? null : o.problem.code).toBe('unsupported');
  });
});

describe('readFeed on JSON', () => {
  const doc = JSON.stringify({
    data: { mrr: 41 },
    rows: [{ mrr: 35 }, { mrr: '47' }],
    as: '2026-11-01',
  });
  const json = (path: string) => ({ ...spec(path), kind: 'json' as const });

  it('follows a path, with [-1] for the last entry', () => {
    expect(value(readFeed(bytes(doc), 'kpi.json', json('data.mrr'), TODAY))).toBe(41);
    expect(value(readFeed(bytes(doc), 'kpi.json', json('$.rows[-1].mrr'), TODAY))).toBe(47);
    expect(value(readFeed(bytes(doc), 'kpi.json', json('rows[0]["mrr"]'), TODAY))).toBe(35);
  });

  it('names a path that leads nowhere, with the keys there are', () => {
    expect(value(readFeed(bytes(doc), 'kpi.json', json('data.arr'), TODAY))).toBe(
      "kpi.json has nothing at 'data.arr' — its top-level keys are: data, rows, as",
    );
  });

  it('says bad JSON is not valid JSON', () => {
    const o = readFeed(bytes('{"data": {"mrr": 4'), 'kpi.json', json('data.mrr'), TODAY);
    expect(value(o)).toMatch(/^kpi\.json is not valid JSON/);
  });

  it('says a date or an object is not a number', () => {
    expect(value(readFeed(bytes(doc), 'kpi.json', json('as'), TODAY))).toBe(
      "'as' in kpi.json is a date (2026-11-01), not a number",
    );
    expect(value(readFeed(bytes(doc), 'kpi.json', json('data'), TODAY))).toBe(
      "'data' in kpi.json is an object, not a number",
    );
  });
});

describe('readFeed refusals', () => {
  it('refuses a file that is not CSV, TSV, XLSX or JSON', () => {
    expect(value(readFeed(bytes('hello'), 'notes.txt', spec('MRR'), TODAY))).toBe(
      'notes.txt is not a CSV, TSV, XLSX or JSON file',
    );
    expect(value(readFeed(bytes('x'), 'old.xls', spec('MRR'), TODAY))).toBe(
      'old.xls is an old Excel .xls file — save it as .xlsx or CSV',
    );
  });

  it('refuses a file over 100 MB without reading it', () => {
    // A view that claims the size, so the test does not allocate 100 MB.
    const huge = { byteLength: MAX_OPEN_BYTES + 1 } as Uint8Array;
    expect(value(readFeed(huge, 'big.csv', spec('MRR'), TODAY))).toBe(
      'big.csv is 100.1 MB; Cairn opens files up to 100 MB',
    );
  });

  it('says a file that is gone is gone', () => {
    expect(value(hostFailureProblem('sales.csv', { gone: true }))).toBe(
      'sales.csv is gone — it was moved, renamed or deleted. Choose the file again.',
    );
  });
});

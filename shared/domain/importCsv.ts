import { KR_KINDS, KR_KIND_LABELS, type KrKind } from './model';
import {
  fitDescription,
  fitTitle,
  inferKind,
  parseNumber,
  type ImportPreview,
  type ImportWarning,
} from './importPreview';

/** RFC 4180 records: quoted fields may hold the delimiter, quotes (`""`) and newlines. */
export function parseCsvRecords(
  text: string,
  delimiter = ',',
): { cells: string[]; line: number }[] {
  const out: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  const endRecord = (): void => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) out.push({ cells, line: startLine });
    cells = [];
    cell = '';
  };
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
    } else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      endRecord();
      line++;
      startLine = line;
    } else cell += c;
  }
  if (cell !== '' || cells.length) endRecord();
  return out;
}

/** The delimiter of the header line: comma, semicolon (spreadsheets in many locales) or tab. */
function sniffDelimiter(text: string): string {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const count = (d: string): number => first.split(d).length;
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

const norm = (h: string): string =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
const COLUMNS = {
  objective: /^(objective|objective title|o)$/,
  description: /^(objective description|description)$/,
  keyResult: /^(key result|key results|kr|key result title|result)$/,
  kind: /^(kind|type|kr kind)$/,
  start: /^(start|from|baseline|start value)$/,
  target: /^(target|to|goal|target value)$/,
  current: /^(current|now|current value|value)$/,
  unit: /^(unit|units)$/,
  note: /^(note|notes|comment)$/,
} satisfies Record<string, RegExp>;
type Column = keyof typeof COLUMNS;

const KIND_NAMES = new Map<string, KrKind>([
  ...KR_KINDS.map((k) => [k.toLowerCase(), k] as [string, KrKind]),
  ...(Object.entries(KR_KIND_LABELS) as [KrKind, string][]).map(
    ([k, label]) => [norm(label), k] as [string, KrKind],
  ),
  ['done', 'binary'],
  ['done or not', 'binary'],
  ['yes no', 'binary'],
  ['stay above', 'stayAbove'],
  ['stay below', 'stayBelow'],
  ['milestone', 'milestones'],
]);

/**
 * Reads OKRs from a CSV with a header row — `objective, key_result, kind, start, target,
 * unit` (also `current`, `description`, `note`; any order, any case). A row with an
 * objective opens it; following rows with an empty objective cell add key results to it.
 * Never throws; rows it cannot use become warnings.
 */
export function parseOkrCsv(text: string): ImportPreview {
  const warnings: ImportWarning[] = [];
  const preview: ImportPreview = { objectives: [], warnings };
  try {
    const records = parseCsvRecords(String(text ?? ''), sniffDelimiter(String(text ?? '')));
    const [head, ...rows] = records;
    const names = (head?.cells ?? []).map(norm);
    const col = Object.fromEntries(
      Object.entries(COLUMNS).map(([k, re]) => [k, names.findIndex((n) => re.test(n))]),
    ) as Record<Column, number>;
    if (!head || col.objective < 0) {
      warnings.push({
        line: 1,
        message: 'The first row must name the columns, with one called "objective"',
      });
      return preview;
    }
    const get = (cells: string[], k: Column): string =>
      col[k] >= 0 ? (cells[col[k]] ?? '').trim() : '';
    for (const { cells, line } of rows) {
      const title = get(cells, 'objective').replace(/\s+/g, ' ');
      const last = preview.objectives[preview.objectives.length - 1];
      if (title && title !== last?.title) {
        preview.objectives.push({
          title: fitTitle(title, line, warnings),
          description: fitDescription(get(cells, 'description')),
          keyResults: [],
          line,
          parent: null,
        });
      }
      const krTitle = get(cells, 'keyResult').replace(/\s+/g, ' ');
      if (!krTitle) continue;
      const objective = preview.objectives[preview.objectives.length - 1];
      if (!objective) {
        warnings.push({ line, message: `Row ${line}: a key result with no objective above it` });
        continue;
      }
      const kindText = norm(get(cells, 'kind'));
      const named = kindText ? KIND_NAMES.get(kindText) : undefined;
      if (kindText && !named) {
        warnings.push({
          line,
          message: `Row ${line}: kind "${get(cells, 'kind')}" is not one Cairn knows; skipped`,
        });
        continue;
      }
      const raw = {
        start: get(cells, 'start'),
        target: get(cells, 'target'),
        current: get(cells, 'current'),
      };
      const nums = {
        start: parseNumber(raw.start),
        target: parseNumber(raw.target),
        current: parseNumber(raw.current),
      };
      const badNumber = (['start', 'target', 'current'] as const).find(
        (k) => raw[k] && nums[k] === null,
      );
      if (badNumber) {
        warnings.push({
          line,
          message: `Row ${line}: ${badNumber} "${raw[badNumber]}" is not a number; skipped`,
        });
        continue;
      }
      const kind: KrKind =
        named ??
        (nums.start !== null && nums.target !== null
          ? inferKind(nums.start, nums.target)
          : 'binary');
      const numeric = kind !== 'binary' && kind !== 'milestones';
      if (numeric && (nums.start === null || nums.target === null)) {
        warnings.push({
          line,
          message: `Row ${line}: "${krTitle}" needs a start and a target; skipped`,
        });
        continue;
      }
      const start = numeric ? nums.start! : 0;
      const target = numeric ? nums.target! : 1;
      const clash =
        (kind === 'increase' && target <= start) || (kind === 'decrease' && target >= start);
      if (clash) {
        warnings.push({
          line,
          message: `Row ${line}: the target of "${krTitle}" does not ${kind} from the start; skipped`,
        });
        continue;
      }
      objective.keyResults.push({
        title: fitTitle(krTitle, line, warnings),
        kind,
        start,
        target,
        current: nums.current ?? start,
        unit: get(cells, 'unit').slice(0, 40),
        note: get(cells, 'note'),
        line,
      });
    }
    if (!preview.objectives.length) warnings.push({ line: 1, message: 'No objectives found' });
  } catch (err) {
    warnings.push({
      line: 1,
      message: `Could not read this CSV: ${(err as Error)?.message ?? 'unknown error'}`,
    });
  }
  return preview;
}

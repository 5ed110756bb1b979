import { cellFromText, problem, type FeedOutcome } from './table';

/**
 * JSON: a path to one number, kept simple — `data.mrr`, `$.rows[-1].mrr`, `rows[0]["MRR"]`.
 * A negative index counts from the end, so `[-1]` is the last entry.
 */
export function parseJsonPath(path: string): (string | number)[] | null {
  const s = path.trim().replace(/^\$\.?/, '');
  const steps: (string | number)[] = [];
  const token = /\.?([^.[\]"]+)|\[(-?\d+)\]|\["([^"]*)"\]|\['([^']*)'\]/y;
  let at = 0;
  while (at < s.length) {
    token.lastIndex = at;
    const m = token.exec(s);
    if (!m) return null;
    if (m[2] !== undefined) steps.push(Number(m[2]));
    else steps.push((m[1] ?? m[3] ?? m[4])!);
    at = token.lastIndex;
  }
  return steps;
}

export function readJson(text: string, fileName: string, path: string): FeedOutcome {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return problem(
      'damaged',
      `${fileName} is not valid JSON (${e instanceof Error ? e.message : 'unreadable'})`,
    );
  }
  const steps = parseJsonPath(path);
  if (!steps)
    return problem('missingColumn', `'${path}' is not a path like data.mrr or rows[-1].mrr`);
  let cur: unknown = data;
  for (const step of steps) {
    if (typeof step === 'number' && Array.isArray(cur)) {
      cur = cur[step < 0 ? cur.length + step : step];
    } else if (typeof step === 'string' && cur && typeof cur === 'object' && !Array.isArray(cur)) {
      cur = Object.hasOwn(cur, step) ? (cur as Record<string, unknown>)[step] : undefined;
    } else cur = undefined;
    if (cur === undefined) {
      const keys =
        data && typeof data === 'object' && !Array.isArray(data)
          ? Object.keys(data).join(', ')
          : '';
      return problem(
        'missingColumn',
        `${fileName} has nothing at '${path}'${keys ? ` — its top-level keys are: ${keys}` : ''}`,
      );
    }
  }
  if (typeof cur === 'number' && Number.isFinite(cur)) return { ok: true, value: cur };
  const cell = typeof cur === 'string' ? cellFromText(cur) : null;
  if (cell?.kind === 'number') return { ok: true, value: cell.value };
  if (cell?.kind === 'date')
    return problem('dateColumn', `'${path}' in ${fileName} is a date (${cell.iso}), not a number`);
  const shown =
    typeof cur === 'string'
      ? `'${cur.slice(0, 40)}'`
      : Array.isArray(cur)
        ? 'a list'
        : cur === null
          ? 'null'
          : typeof cur === 'object'
            ? 'an object'
            : String(cur);
  return problem('text', `'${path}' in ${fileName} is ${shown}, not a number`);
}

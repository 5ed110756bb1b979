import type { KrKind } from './model';
import { readQuantity } from './quantity';
import { DOWN_VERB, REDACTED, UP_VERB } from './quantityWords';

/**
 * What a text import (Markdown or CSV) found, before anything is written: objectives with
 * their key results, and a warning for each line that was skipped or changed. The user sees
 * this as a preview; the commit turns it into records of a chosen cycle and owner.
 */
export interface PreviewKeyResult {
  title: string;
  kind: KrKind;
  start: number;
  target: number;
  current: number;
  unit: string;
  /** Facts that followed the numbers (`— extra facts`, `=> result`), kept for the reader. */
  note: string;
  /** 1-based line (Markdown) or row (CSV) it came from. */
  line: number;
  /**
   * The text measures something but keeps the target off the page (`$N`, `[redacted]`, `X %`,
   * "TBD"): the start and target are stand-ins (0 → 1) that the owner must replace.
   */
  targetMissing?: boolean;
}

export interface PreviewObjective {
  title: string;
  description: string;
  keyResults: PreviewKeyResult[];
  line: number;
  /** Index of the objective this one sits under in the text (nested lists, sub-headings). */
  parent: number | null;
}

export interface ImportWarning {
  line: number;
  /** Last line of a run of skipped lines, when there are several. */
  endLine?: number;
  message: string;
}

export interface ImportPreview {
  objectives: PreviewObjective[];
  warnings: ImportWarning[];
  /** Source lines that went into the objectives (Markdown only); with the warnings, every line. */
  usedLines?: number[];
}

export const TITLE_MAX = 500;
const DESCRIPTION_MAX = 20_000;
const UNIT_MAX = 40;

/** Shortens an over-long title on a word boundary, saying so. */
export function fitTitle(text: string, line: number, warnings: ImportWarning[]): string {
  if (text.length <= TITLE_MAX) return text;
  const cut = text.slice(0, TITLE_MAX - 1);
  const space = cut.lastIndexOf(' ');
  warnings.push({ line, message: `Title shortened to ${TITLE_MAX} characters` });
  return `${space > TITLE_MAX * 0.6 ? cut.slice(0, space) : cut}…`;
}

export const fitDescription = (text: string): string => text.slice(0, DESCRIPTION_MAX);

/** The direction a key result moves in, from its start and target. */
export function inferKind(start: number, target: number): KrKind {
  if (target > start) return 'increase';
  if (target < start) return 'decrease';
  return 'stayAbove';
}

export { plainInline } from './inlineMarkdown';

const NUM = String.raw`[-+]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)`;
const QUANTITY = new RegExp(String.raw`^([$€£¥])?\s*(${NUM})\s*(.*)$`);
/** `1,000` is a thousand; a lone `1,5` is one and a half, as people type it. */
export function parseNumber(text: string): number | null {
  const t = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)
    ? text.replace(/,/g, '')
    : text.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

function quantity(text: string): { value: number; unit: string } | null {
  const m = QUANTITY.exec(text.trim());
  if (!m) return null;
  const value = parseNumber(m[2]!);
  if (value === null) return null;
  return { value, unit: (m[3]!.trim() || m[1] || '').slice(0, UNIT_MAX) };
}

const KIND_WORDS: [RegExp, KrKind][] = [
  [/\bstay(?:s)? above\b|\bat least\b/i, 'stayAbove'],
  [/\bstay(?:s)? below\b|\bat most\b/i, 'stayBelow'],
  [/\bdone\s*\/\s*not done\b|\bdone or not\b/i, 'binary'],
  [/\bmilestones?\b/i, 'milestones'],
];

export type KrFacts = Omit<PreviewKeyResult, 'line'>;

const binary = (title: string, done: boolean, note: string): KrFacts => ({
  title,
  kind: 'binary',
  start: 0,
  target: 1,
  current: done ? 1 : 0,
  unit: '',
  note,
});

type KrNumbers = Pick<KrFacts, 'kind' | 'start' | 'target' | 'current' | 'unit' | 'note'>;

/**
 * The kind, start, target and unit a key result's sentence states, read by readQuantity:
 * "from 25 to 35" is an increase 25 → 35; "to $230" after "decrease" with no start is a
 * stay-below 230 (the start is unknown, the bound is not); "at least 4" stays above 4;
 * "all" stays above 100 %. Null when the text names no target (a placeholder, a redacted
 * target, words only): such a result is done or not done.
 */
export function krNumbers(text: string): KrNumbers | null {
  const q = readQuantity(text);
  if (q.kind === null || q.target === undefined) return null;
  const unit = (q.unit ?? '').slice(0, UNIT_MAX);
  const target = q.target;
  const note = q.relative ? 'change relative to the start' : '';
  const make = (kind: KrKind, start: number, to = target, as = unit): KrNumbers => ({
    kind,
    start,
    target: to,
    current: start,
    unit: as,
    note,
  });
  // "by 30 %" with no start: the level as a share of where it starts, 100 → 130 (or 70).
  if (q.relative && unit === '%' && q.start === undefined) {
    const up = q.kind !== 'decrease';
    if (up || target < 100)
      return make(
        up ? 'increase' : 'decrease',
        100,
        up ? 100 + target : 100 - target,
        '% of start',
      );
  }
  // "by a factor of 2", "10x": from once to twice.
  if (unit === '×' && q.start === undefined && target > 1) return make('increase', 1);
  if (q.kind === 'increase' || q.kind === 'decrease') {
    const start = q.start ?? (q.kind === 'increase' ? 0 : undefined);
    if (start === undefined) return make('stayBelow', target);
    if (start === target) return make(q.kind === 'increase' ? 'stayAbove' : 'stayBelow', target);
    return make(target > start ? 'increase' : 'decrease', start);
  }
  return make(q.kind, q.start ?? target);
}

/**
 * A result that measures something whose target is not written — redacted (`$N`, `N1`,
 * `[redacted]`), or a placeholder (`X %`, `?? users`, "TBD") — is still a number to move, not
 * done / not done. Its start and target are stand-ins, 0 → 1 (1 → 0 when it should fall),
 * flagged `targetMissing` so the preview asks for the real target. "Meet the plan" with no
 * number named at all stays done / not done.
 */
function missingTarget(text: string): (KrNumbers & { targetMissing: true }) | null {
  const q = readQuantity(text);
  const named = REDACTED.test(text) || q.placeholder === true;
  if (!named || q.target !== undefined) return null;
  const down = DOWN_VERB.test(text) && !UP_VERB.test(text);
  const unit = /[XYZN?]\s?%/.test(text) ? '%' : /\$\s?[XYZN]\b/.test(text) ? '$' : '';
  return {
    kind: down ? 'decrease' : 'increase',
    start: down ? 1 : 0,
    target: down ? 0 : 1,
    current: down ? 1 : 0,
    unit,
    note: 'Target to fill in: the text does not state it',
    targetMissing: true,
  };
}

/**
 * Reads one key result line (already plain text): `title: 0 → 3 talks — extra facts`
 * (also `->`), `title: done`, a sentence with its numbers (see krNumbers), or anything else as a
 * done-or-not result. Never throws; unreadable numbers fall back to done-or-not.
 */
export function parseKrFacts(text: string, checked: boolean | null = null): KrFacts {
  let body = text.trim();
  let note = '';
  const annotation = /\s+=+>\s+/.exec(body);
  if (annotation) {
    note = body.slice(annotation.index + annotation[0].length).trim();
    body = body.slice(0, annotation.index).trim();
  }
  const arrow = /\s*(?:→|->|⟶)\s*/.exec(body);
  const colon = arrow ? body.lastIndexOf(':', arrow.index) : -1;
  if (arrow && colon > 0) {
    const title = body.slice(0, colon).trim();
    const from = quantity(body.slice(colon + 1, arrow.index));
    let rest = body.slice(arrow.index + arrow[0].length);
    const dash = /\s+[—–]\s+/.exec(rest);
    if (dash) {
      note = [rest.slice(dash.index + dash[0].length).trim(), note].filter(Boolean).join(' ');
      rest = rest.slice(0, dash.index);
    }
    const to = quantity(rest);
    if (title && from && to) {
      const named = KIND_WORDS.find(([re]) => re.test(note))?.[1];
      const kind =
        named === 'stayAbove' || named === 'stayBelow' ? named : inferKind(from.value, to.value);
      return {
        title,
        kind,
        start: from.value,
        target: to.value,
        current: from.value,
        unit: to.unit || from.unit,
        note,
      };
    }
  }
  const done = /^(.+?):\s*(done|not done|✓|✔|✗)\s*(?:[—–]\s+(.*))?$/i.exec(body);
  if (done)
    return binary(
      done[1]!.trim(),
      !/not|✗/i.test(done[2]!),
      [done[3] ?? '', note].filter(Boolean).join(' '),
    );
  const numbers = krNumbers(body);
  if (numbers)
    return { title: body, ...numbers, note: [numbers.note, note].filter(Boolean).join(' ') };
  const missing = missingTarget(body);
  if (missing && checked === null)
    return { title: body, ...missing, note: [missing.note, note].filter(Boolean).join(' ') };
  return binary(body, checked === true, note);
}

import { parseOkrMarkdown, type ImportPreview } from '../../shared/domain/importMarkdown';
import { plainInline } from '../../shared/domain/inlineMarkdown';
import type { KrKind } from '../../shared/domain/model';
import type { ItemKind, LabelledItem } from './labels';

/** One objective or key result as Cairn's Markdown importer produced it. */
export interface ImportedItem {
  key: string;
  kind: ItemKind;
  title: string;
  line: number;
  objectiveIndex: number;
  kr?: { kind: KrKind; start: number; target: number; unit: string };
}

export function importedItems(preview: ImportPreview): ImportedItem[] {
  const out: ImportedItem[] = [];
  preview.objectives.forEach((o, i) => {
    out.push({ key: `o${i}`, kind: 'objective', title: o.title, line: o.line, objectiveIndex: i });
    o.keyResults.forEach((k, j) =>
      out.push({
        key: `o${i}k${j}`,
        kind: 'key_result',
        title: k.title,
        line: k.line,
        objectiveIndex: i,
        kr: { kind: k.kind, start: k.start, target: k.target, unit: k.unit },
      }),
    );
  });
  return out;
}

export const importFile = (text: string): ImportPreview => parseOkrMarkdown(text);

/** Text as a reader sees it: inline Markdown stripped, escapes and spacing evened out. */
export const normalText = (s: string): string =>
  plainInline(s)
    .replace(/\\([[\]()*_`#\\])/g, '$1')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

const loose = (s: string): string =>
  normalText(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Finds the imported item a label speaks of: on its line first (the closest text if a line
 * yields several), else anywhere in the file by text, as when a key result is restated
 * under a sub-heading. Returns null when the importer lost it.
 */
export function matchLabel(label: LabelledItem, items: ImportedItem[]): ImportedItem | null {
  const want = loose(label.text);
  const onLine = items.filter((i) => i.line === label.line);
  const overlap = (i: ImportedItem): number => {
    const got = loose(i.title);
    if (got === want) return 3;
    if (got.includes(want) || (got && want.includes(got))) return 2;
    return 0;
  };
  const best = (list: ImportedItem[]): ImportedItem | null => {
    let top: ImportedItem | null = null;
    let score = 0;
    for (const i of list) {
      const s = overlap(i) + (i.kind === label.kind ? 0.5 : 0);
      if (s > score) [top, score] = [i, s];
    }
    return score >= 2 ? top : null;
  };
  return best(onLine) ?? best(items) ?? onLine.find((i) => i.kind === label.kind) ?? null;
}

/** A sentence's closing full stop is punctuation, not meaning: "Contract signed" is intact. */
const sentence = (s: string): string => normalText(s).replace(/[.;]$/, '');

/** Came through as the right kind with its text intact once inline Markdown is stripped. */
export const textIntact = (label: LabelledItem, item: ImportedItem | null): boolean =>
  !!item && item.kind === label.kind && sentence(item.title) === sentence(label.text);

const NUM =
  /([$€£¥])?\s?(?<![\p{L}\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d+])\s*(k|K|m|M|million|billion)?\b\s*(%)?/gu;
const SCALE: Record<string, number> = {
  k: 1e3,
  K: 1e3,
  m: 1e6,
  M: 1e6,
  million: 1e6,
  billion: 1e9,
};

/** Every number written in the text, with the unit glued to it (`%` after, currency before). */
function numbersIn(text: string): { value: number; unit: string }[] {
  const out: { value: number; unit: string }[] = [];
  for (const m of normalText(text).matchAll(NUM)) {
    const value = Number(m[2]!.replace(/,/g, '')) * (m[3] ? (SCALE[m[3]] ?? 1) : 1);
    out.push({ value, unit: m[4] ? '%' : (m[1] ?? '') });
  }
  return out;
}

const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  an: 1,
  a: 1,
  zero: 0,
};

/**
 * Whether a measurable key result arrived with its numbers: a kind that measures, a target
 * written in the text (or 100 % / 0 for "all" / "no"), the "from" value as its start, and the
 * `%` or currency glued to the target as its unit. A result whose target is redacted (`$N`,
 * `N1`) is right with any numeric kind; one with no number named ("meet the goals") with any
 * kind. Labels may state `expect` instead.
 */
export function numbersRight(label: LabelledItem, item: ImportedItem | null): boolean {
  const kr = item?.kr;
  if (!kr) return false;
  const e = label.expect;
  if (e) {
    return (
      (e.kind === undefined || e.kind === kr.kind) &&
      (e.start === undefined || e.start === kr.start) &&
      (e.target === undefined || e.target === kr.target) &&
      (e.unit === undefined || e.unit === kr.unit)
    );
  }
  const text = normalText(label.text);
  const nums = numbersIn(text);
  const words = [
    ...text
      .toLowerCase()
      .matchAll(/\b(one|two|three|four|five|six|seven|eight|nine|ten|an?|zero)\b/g),
  ].map((m) => WORDS[m[1]!]!);
  const universal = /\b(all|every|each|any|no|none|zero)\b/i.test(text);
  const numeric = kr.kind !== 'binary' && kr.kind !== 'milestones';
  if (!nums.length && !universal) return true; // nothing on the page to carry: any kind will do
  if (!numeric) return false;
  // A target kept off the page (`$N`, `N1`, `[redacted]`): a numeric kind is all there is to carry.
  if (/\$N\b|(?<![\p{L}\d])N\d|\bredacted\b/iu.test(text)) return true;
  // "by 30 %" with no start reads as 100 → 130 (or 70) % of the start.
  const by = /\bby\s+(\d+(?:\.\d+)?)\s?%/i.exec(text);
  if (by && kr.unit === '% of start' && kr.start === 100)
    return Math.abs(kr.target - 100) === Number(by[1]);
  const hit = nums.find((n) => n.value === kr.target);
  if (!hit && !words.includes(kr.target) && !(universal && (kr.target === 100 || kr.target === 0)))
    return false;
  const from = /\bfrom\s+[$€£¥]?\s?(\d[\d,]*(?:\.\d+)?)/i.exec(text);
  if (from && (kr.kind === 'increase' || kr.kind === 'decrease')) {
    if (Number(from[1]!.replace(/,/g, '')) !== kr.start) return false;
  }
  if (hit?.unit && hit.unit !== kr.unit) return false;
  return true;
}

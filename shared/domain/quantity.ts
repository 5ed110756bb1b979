import { plainInline } from './inlineMarkdown';
import {
  WORD_VALUE,
  NAMES,
  YEAR,
  PLACEHOLDER,
  REDACTED,
  OFF_PAGE,
  ABOVE,
  BELOW,
  WITHIN,
  UP_VERB,
  DOWN_VERB,
  NEGATED,
  UNIVERSAL_ALL,
  UNIVERSAL_NONE,
  PRODUCTION_VERB,
  OUTPUT_NOUN,
  PEOPLE_NOUN,
  OUTCOME_VERB,
  PARTICIPLE,
  UNIT_STOP,
  TIME_UNIT,
  NUMBER,
  WORD_NUMBER,
  MULT,
} from './quantityWords';

/**
 * Reads the quantity an objective or key result names: a range ("from 25 to 35"), a target
 * ("to 35", "5,000 registrations"), a threshold ("< 30 min", "at least 4", "all", "no …"),
 * a target kept off the page ("$N", "[redacted]", "meet the SAO goals") or an unfilled
 * placeholder ("X to Y", "??%", "TBD"). Numbers that only name something — a year, a quarter,
 * a version, a priority, a segment ("5k+ users"), a scope ("top 5") — are never targets.
 * One reader for the importer (kind, start, target, unit) and the coach (is it measurable,
 * does it count outputs, does an objective carry a number).
 */

export type QuantityKind = 'increase' | 'decrease' | 'stayAbove' | 'stayBelow';

export interface Quantity {
  /** The direction the text asks for; null when no target can be read. */
  kind: QuantityKind | null;
  start?: number;
  target?: number;
  /** `%`, `$`, `×`, a time unit or the counted noun ("registrations"); '' when bare. */
  unit?: string;
  /** A comparison or a universal quantifier ("< 30 min", "at least", "all", "every", "no", "100 % of"). */
  threshold?: boolean;
  /** The change is relative to an unstated start ("by 3 %"). */
  relative?: boolean;
  /** A target exists but is kept off the page (`$N`, `[redacted, internal metric]`, "meet … goals"). */
  redacted?: boolean;
  /** An unfilled placeholder (`X to Y`, `??%`, `TBD`): not a target. */
  placeholder?: boolean;
  /** The number counts outputs someone produces ("Publish 8 blog posts"): a task, not an outcome. */
  countedOutputs?: boolean;
  /** Number-bearing words that only name something ("FY21", "Q3", "v2", "500+", "top 5"). */
  names: string[];
}

/** A target someone could check: a number, a threshold, or one kept off the page. */
export const hasTarget = (q: Quantity): boolean =>
  q.target !== undefined || q.redacted === true || q.threshold === true;

interface Token {
  at: number;
  end: number;
  value: number;
  unit: string;
  word: boolean;
}

function blank(text: string, re: RegExp, names: string[]): string {
  return text.replace(re, (m) => {
    names.push(m.trim());
    return ' '.repeat(m.length);
  });
}

/** The words after a number that say what it counts: `%`, a time unit, or a short noun phrase. */
function unitAfter(rest: string, currency: string): string {
  const r = rest.replace(/^\s+/, '');
  const pct = /^(?:%|percent\b|per cent\b)/i.exec(r);
  if (pct) return '%';
  if (/^(?:pp\b|percentage points?\b)/i.test(r)) return 'pp';
  if (/^(?:x|×)(?![a-z])/i.test(r)) return '×';
  const out = /^out of\s+(\d[\d,.]*)/i.exec(r);
  if (out) return `out of ${out[1]}`;
  if (currency) return currency;
  const time = TIME_UNIT.exec(r);
  if (time) return time[0];
  const words: string[] = [];
  // A run of blanks is a masked name ("per 30"): the phrase ends there.
  for (const w of r.split(/\s{3,}/)[0]!.split(/\s+/)) {
    const clean = w.replace(/[.,;:!?)\]]+$/, '');
    if (!clean || !/^[\p{L}][\p{L}'’-]*$/u.test(clean)) break;
    if (UNIT_STOP.has(clean.toLowerCase())) break;
    if (words.length && /\w{3,}ed$/i.test(clean)) break;
    words.push(clean);
    if (clean !== w || words.length === 4) break;
  }
  while (words.join(' ').length > 40) words.pop();
  return words.join(' ');
}

function tokens(masked: string): Token[] {
  const out: Token[] = [];
  for (const m of masked.matchAll(NUMBER)) {
    const raw = m[2]!.replace(/,/g, '');
    let value = Number(raw);
    if (!Number.isFinite(value)) continue;
    const mult = m[3] ?? m[4];
    if (mult) value *= MULT[mult] ?? 1;
    const end = m.index + m[0].length;
    out.push({
      at: m.index,
      end,
      value,
      unit: unitAfter(masked.slice(end), (m[1] ?? '').trim()),
      word: false,
    });
  }
  // Word numbers count only where a reader would take them as a quantity: after a comparison
  // ("at least one") or before a time unit ("ten day close", "within an hour").
  for (const m of masked.matchAll(WORD_NUMBER)) {
    const before = masked.slice(0, m.index);
    const after = masked.slice(m.index + m[0].length).replace(/^\s+/, '');
    const word = m[1]!.toLowerCase();
    // "zero-trust", "one-off": a word in a compound, unless a time unit follows ("ten-day close").
    if (/^-\p{L}/u.test(masked.slice(m.index + m[0].length)) && !TIME_UNIT.test(after.slice(1)))
      continue;
    const timed = TIME_UNIT.test(after.replace(/^[-\s]+/, ''));
    const compared = ABOVE.test(before) || BELOW.test(before) || WITHIN.test(before);
    if (word === 'zero' || ((word === 'a' || word === 'an') && timed && WITHIN.test(before))) {
      // "zero" is a number; "a"/"an" only in "within an hour"
    } else if (word === 'a' || word === 'an' || !(timed || compared)) continue;
    const end = m.index + m[0].length;
    out.push({
      at: m.index,
      end,
      value: WORD_VALUE[word] ?? 0,
      unit: unitAfter(masked.slice(end).replace(/^-/, ' '), ''),
      word: true,
    });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Reads the quantity in one title (inline Markdown allowed). Never throws. */
export function readQuantity(text: string): Quantity {
  const raw = String(text ?? '');
  const plain = plainInline(raw);
  const names: string[] = [];
  const q: Quantity = { kind: null, names };
  if (REDACTED.test(raw) || REDACTED.test(plain) || OFF_PAGE.test(plain)) q.redacted = true;
  if (PLACEHOLDER.test(plain)) q.placeholder = true;

  let masked = plain.replace(PLACEHOLDER, (m) => ' '.repeat(m.length));
  for (const re of NAMES) masked = blank(masked, re, names);
  masked = blank(masked, YEAR, names);
  const found = tokens(masked);

  const before = (t: Token): string => masked.slice(Math.max(0, t.at - 60), t.at);
  const pick = (): Token | undefined => {
    // A "within one week" qualifier yields to the number the sentence is about.
    const main = found.filter((t) => !WITHIN.test(before(t)) && !/\bby\s*$/i.test(before(t)));
    const relative = found.filter((t) => /\bby\s*$/i.test(before(t)));
    return main[0] ?? relative[0] ?? found[0];
  };

  // A range: "from 25 to 35", "25 → 35".
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1]!;
    const between = masked.slice(a.end, b.at);
    const ranged =
      (/\bfrom\s*$/i.test(before(a)) &&
        /^\s*(?:\S+\s+){0,2}?to\s+(?:[a-z]+\s+){0,2}$/i.test(between)) ||
      /^\s*\S{0,12}\s*(?:→|->|⟶)\s*$/.test(between);
    if (!ranged || a.word !== b.word) continue;
    q.start = a.value;
    q.target = b.value;
    q.unit = b.unit || a.unit;
    q.kind = b.value > a.value ? 'increase' : b.value < a.value ? 'decrease' : 'stayAbove';
    return finish(q, plain, masked, b);
  }

  const t = pick();
  if (t) {
    const ctx = before(t);
    const head = masked.slice(0, t.at);
    q.target = t.value;
    q.unit = t.unit;
    const negated = NEGATED.test(plain);
    if (t.word && t.value === 0) {
      q.kind = 'stayBelow';
      q.threshold = true;
    } else if (ABOVE.test(ctx) || /^\s*(?:or more|\+)/i.test(masked.slice(t.end))) {
      q.kind = negated ? 'stayBelow' : 'stayAbove';
      q.threshold = true;
    } else if (
      BELOW.test(ctx) ||
      WITHIN.test(ctx) ||
      /^\s*or (?:less|fewer)/i.test(masked.slice(t.end))
    ) {
      q.kind = negated ? 'stayAbove' : 'stayBelow';
      q.threshold = true;
    } else if (/\bfactor of\s*$/i.test(ctx) || t.unit === '×') {
      q.kind = DOWN_VERB.test(head) ? 'decrease' : 'increase';
      q.unit = '×';
      q.relative = true;
    } else if (DOWN_VERB.test(head) && !UP_VERB.test(head.replace(DOWN_VERB, ''))) {
      q.kind = 'decrease';
      if (/\bby\s*$/i.test(ctx)) q.relative = true;
    } else {
      q.kind = 'increase';
      if (/\bby\s*$/i.test(ctx) && UP_VERB.test(head)) q.relative = true;
    }
    if (
      /%/.test(t.unit) &&
      /^\s*%?\s*of\b/i.test(masked.slice(t.end).replace(/^\s*(?:%|percent)/i, '')) &&
      t.value === 100
    )
      q.threshold = true;
    // A start stated aside: "(current is 125k)", "up from 40", "baseline 12".
    const current = found.find(
      (o) =>
        o !== t &&
        /\b(?:current(?:ly)?|now|today|baseline|up from|down from|from)\s*(?:is|at|of|:)?\s*$/i.test(
          before(o),
        ),
    );
    if (current) {
      q.start = current.value;
      if (q.kind === 'increase' && current.value > t.value) q.kind = 'decrease';
      else if (q.kind === 'decrease' && current.value < t.value) q.kind = 'increase';
    }
    return finish(q, plain, masked, t);
  }

  const times = /\b(double|triple|quadruple)[sd]?\b(?!-)/i.exec(plain);
  if (times) {
    const factor = { double: 2, triple: 3, quadruple: 4 }[times[1]!.toLowerCase()] ?? 2;
    return Object.assign(q, {
      kind: 'increase',
      start: 1,
      target: factor,
      unit: '×',
      relative: true,
    });
  }
  if (UNIVERSAL_NONE.test(plain)) {
    Object.assign(q, { kind: 'stayBelow', target: 0, unit: '', threshold: true });
  } else if (UNIVERSAL_ALL.test(plain)) {
    Object.assign(q, { kind: 'stayAbove', target: 100, unit: '%', threshold: true });
  }
  return q;
}

function finish(q: Quantity, plain: string, masked: string, t: Token): Quantity {
  if (q.unit === undefined) q.unit = '';
  const head = masked.slice(0, t.at);
  const made = !/^(?:%|×|\$|€|£|¥|out of)/.test(q.unit) && !TIME_UNIT.test(q.unit);
  const ofOutputs = q.unit === '%' && OUTPUT_NOUN.test(masked.slice(t.end, t.end + 40));
  const produced =
    (PRODUCTION_VERB.test(plain) && (made || ofOutputs)) ||
    OUTPUT_NOUN.test(q.unit) ||
    PARTICIPLE.test(masked.slice(t.end, t.end + 80));
  // People reached or a metric moved is an outcome; outputs made are tasks.
  if (
    produced &&
    !PEOPLE_NOUN.test(q.unit) &&
    !q.threshold &&
    !UP_VERB.test(head) &&
    !OUTCOME_VERB.test(head) &&
    !DOWN_VERB.test(head)
  )
    q.countedOutputs = true;
  return q;
}

import { plainInline } from './inlineMarkdown';

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

const MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const SMALL =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred';
const WORD_VALUE: Record<string, number> = {
  zero: 0,
  a: 1,
  an: 1,
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
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  fifty: 50,
  hundred: 100,
};
const NAME_WORDS =
  'level|phase|stage|step|tier|gen|generation|series|section|chapter|part|round|wave|sprint|iteration|milestone|release|version|node|python|java|es|ios|android|windows|day|week|month|year|layer|grade|class|type|priority|severity|sev|pri|set|group|cohort|batch|wg|team';

/** Spans that carry digits but only name something. Order matters: dates before bare years. */
const NAMES: RegExp[] = [
  /\b\d{4}-\d{2}-\d{2}\b/g,
  new RegExp(
    String.raw`\b(?:${MONTH})\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+(?:19|20)\d{2})?`,
    'gi',
  ),
  new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH})\b`, 'gi'),
  new RegExp(String.raw`\b(?:${MONTH})\.?\s+(?:19|20)\d{2}\b`, 'gi'),
  /\b(?:FY|CY)\s?'?\d{2,4}(?:[-\s]?Q[1-4])?\b/gi,
  /\b(?:EO)?Q[1-4](?:\s?(?:FY\s?)?'?\d{2,4})?\b/gi,
  /\b[A-Za-z]+\d[\w.]*/g,
  /\bv\d+(?:\.\d+)*\b/gi,
  /\b\d+\.\d+\.\d+\b/g,
  /#\d+/g,
  /\b\d+(?:st|nd|rd|th)\b/gi,
  /\b\d+\s?[-:/]\s?\d+\b(?!\s*%)/g,
  /\b\d[\d,.]*\s?[kKmM]?\+(?![\d=])/g,
  new RegExp(String.raw`\b(?:top|bottom|first|last)\s+(?:\d+|${SMALL})\b`, 'gi'),
  new RegExp(String.raw`\b(?:${NAME_WORDS})\s+\d+(?:\.\d+)?\b(?!\s*%)`, 'gi'),
  /\bper\s+\d[\d,.]*/gi,
];
/** A year is a name unless it is counted ("2000 users"); a bare year at a period word is. */
const YEAR =
  /(?<![$€£¥\d.,])\b(?:19|20)\d{2}\b(?!\s*(?:%|×|x\b|k\b|[a-z]))|(?<=\b(?:in|by|of|end|since|until|for|during|through|from)\s+)(?:19|20)\d{2}\b/gi;

const PLACEHOLDER =
  /\bTB[DCA]\b|\?\?|\(#\)|\b(?:XX+|ZZZ+|YY+)\b|\b[XYZ]\s*%|\$\s?[XYZ]\b|\b(?:from\s+)?[XYZ]\s+to\s+[XYZ]\b|\b(?:at least|at most|to|from|by|of)\s+[XYZ]\b|\bkey result [xyz]\b/i;
const REDACTED = /\bredacted\b|\$\s?N\b|(?:^|[\s($])N\d{0,2}(?=[\s%).,+]|$)|\[_?N(?:<sub>)?\d*/;
const OFF_PAGE =
  /\b(?:meet(?:s|ing)?|hit(?:s|ting)?|achiev(?:e|es|ing)|reach(?:es|ing)?|exceed(?:s|ing)?|beat(?:s|ing)?)\b[^.;]{0,60}\b(?:targets?|goals?|quotas?|forecast|plan)\b|\bahead of (?:plan|forecast|target)\b|\bwithin budget\b/i;

const ABOVE =
  /(?:at least|>=|≥|=>|>|more than|over|above|minimum(?: of)?|min\.?|no less than|no fewer than|upwards of|exceed(?:s|ing)?)\s*$/i;
const BELOW =
  /(?:at most|<=|≤|<|less than|fewer than|under|below|maximum(?: of)?|max\.?|no more than|up to|not exceed(?:ing)?)\s*$/i;
const WITHIN = /\bwithin\s*$/i;
const UP_VERB =
  /\b(?:increas|rais|grow|grew|improv|boost|lift|expand|doubl|tripl|speed(?:s|ing)? up|accelerat|driv|get|gets|bring|brought|push|climb|ris)\w*\b/i;
const DOWN_VERB =
  /\b(?:decreas|reduc|cut|lower|shrink|drop|declin|halv|minimi[sz]|shorten|bring down|eliminat|down to)\w*\b/i;
const NEGATED = /^\s*(?:no|none|zero|not a single)\b/i;
const UNIVERSAL_ALL = /\b(?:all|every|each|any|100\s?%\s+of)\b/i;
const UNIVERSAL_NONE =
  /^\s*(?:no|zero|none)\b(?!-)|\bzero\b(?!-)|\bno (?:more|new|open|known|regressions?|bugs?|incidents?|outages?|errors?|failures?|p\d)\b/i;

const PRODUCTION_VERB =
  /^\s*(?:publish|write|create|produce|ship|deliver|add|upstream|feature|amplify|celebrate|host|hold|run|organi[sz]e|give|present|speak|record|release|launch|build|draft|author|submit|land|migrate|implement|complete|finish|post|send|conduct|document|translate|port|design|develop|prepare|make|hire|recruit|interview|onboard|close|fix|resolve|merge|file|open|start)\b/i;
const OUTPUT_NOUN =
  /\b(?:posts?|articles?|talks?|confs?|conferences?|videos?|documents?|docs?|guides?|tutorials?|case stud(?:y|ies)|pages?|tests?|features?|prs?|pull requests?|workshops?|meetups?|webinars?|releases?|announcements?|repositor(?:y|ies)|repos?|episodes?|newsletters?|podcasts?|papers?|demos?|changes?|reports?|dashboards?|presentations?|sessions?|trainings?|courses?|modules?|commits?|patches|blogs?|hires?|roles?|positions?|interviews?)\b/i;
const PEOPLE_NOUN =
  /\b(?:members?|users?|customers?|contributors?|people|persons?|engineers?|developers?|maintainers?|organi[sz]ations?|companies|teams?|subscribers?|attendees?|participants?|registrations?|sign-?ups?|visitors?|views?|downloads?|stars?|installs?|accounts?|clients?|partners?|leads?|logos?|students?|learners?|readers?|followers?|saos?|mqls?|sqls?|opportunit(?:y|ies))\b/i;
const OUTCOME_VERB = /\b(?:achiev|reach|hit|attain|maintain|keep|retain|certif|activat|enrol)\w*/i;
const PARTICIPLE =
  /^\s*(?:[\p{L}-]+\s+){0,3}(?:added|published|written|created|shipped|delivered|given|held|hosted|released|launched|completed|produced|submitted|merged|landed|recorded|drafted)\b/iu;

const UNIT_STOP = new Set(
  'at in on of per by for to from and or with the a an each within that which who are is be being been become becomes have has had get gets take takes can will should must across over under into than more less as via through during before after between while when if our their its this these those we they it was were do does not hits hit drives drove result results reach reaches go goes make makes run runs show shows use uses using help helps include includes including stay stays remain remains'.split(
    ' ',
  ),
);
const TIME_UNIT =
  /^(?:ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hr|hrs|hours?|business days?|working days?|days?|weeks?|months?|quarters?|years?|releases?|sprints?)\b/i;

interface Token {
  at: number;
  end: number;
  value: number;
  unit: string;
  word: boolean;
}

const NUMBER =
  /([$€£¥]\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?:\s?(k|K|M|bn|million|billion|thousand)\b|(?<=[$€£¥]\s?[\d.,]+)(m|b)\b)?/g;
const WORD_NUMBER = new RegExp(String.raw`\b(${SMALL}|an?)\b`, 'gi');
const MULT: Record<string, number> = {
  k: 1e3,
  K: 1e3,
  thousand: 1e3,
  M: 1e6,
  m: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};

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

/**
 * Reading titles the way a coach would. Pure string work, tuned for speed: the coach reads
 * tens of thousands of titles in one run.
 */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiAlnum = (c: number): boolean => isAsciiLetter(c) || (c >= 48 && c <= 57);

/** List markers, priorities, owners and `KR:`-style labels that people put before a title. */
const PREFIX =
  /^(?:\s+|[-*+>•]\s*|\d+[.)]\s+|\[[^\]]{0,40}\]\s*|`[^`]{0,40}`\s*|\*\*|__|@\S+\s*(?:[-–:]\s*)?|(?:key\s+results?|kr|objective|o)\s*\d*\s*[:.–-]\s*|p[0-4]\b\s*[:–-]?\s*)+/i;

/** Whether PREFIX can match at a title starting with this character: not at a letter other than k, o or p. */
function mayStartPrefix(c: number): boolean {
  const lower = c | 32;
  return !isAsciiLetter(c) || lower === 107 || lower === 111 || lower === 112;
}

/** A title without its list markers and labels. Most start with a plain letter PREFIX cannot match. */
export const stripPrefix = (title: string): string =>
  mayStartPrefix(title.charCodeAt(0)) ? title.replace(PREFIX, '').trim() : title.trim();

export const wordsOf = (s: string): string[] => s.toLowerCase().match(WORD) ?? [];

/** Years, quarters and halves name a period, not a quantity; digits glued to letters (v2, S3) name things. */
const NOT_A_QUANTITY = /(?<![\p{L}\p{N}])(?:(?:19|20)\d{2}|[qh][1-4])(?![\p{L}\p{N}])/giu;
const QUANTITY =
  /(?<![\p{L}\p{N}.,])[-+]?\d+(?:[.,]\d+)*\s*(?:%|percent\b|k\b|m\b|x\b|pts?\b|points?\b)?/giu;

const DIGIT = /\d/;
/**
 * Whether QUANTITY would match once NOT_A_QUANTITY is blanked out, in one pass and no copy: a
 * quantity starts at a digit that does not follow a letter, digit, `.` or `,` (its sign needs
 * no check: a digit after a sign qualifies on its own) and that does not start a year. A year
 * or quarter never runs into a digit, so blanking it out changes no other digit's neighbour.
 */
const A_QUANTITY = /(?<![\p{L}\p{N}.,])(?!(?:19|20)\d{2}(?![\p{L}\p{N}]))\d/u;

/** The quantities written in a title, e.g. `["80%", "20"]` for "help 80% of students gain 20 points". */
export function quantitiesIn(title: string): string[] {
  if (!DIGIT.test(title)) return [];
  const cleaned = title.replace(NOT_A_QUANTITY, ' ');
  return (cleaned.match(QUANTITY) ?? []).map((q) => q.trim());
}

export const hasQuantity = (title: string): boolean => A_QUANTITY.test(title);

/** Verbs that name work to do rather than a result to reach. */
const TASK_VERBS = new Set(
  (
    'launch complete do read publish finish write create build implement ship release deliver hold ' +
    'organize organise start set setup develop design conduct attend prepare deploy migrate document ' +
    'run make add fix refactor research investigate review send draft plan host introduce establish ' +
    'rewrite port integrate update upgrade move test explore define finalize finalise produce schedule ' +
    'submit give present study participate join go write-up roll ensure provide'
  ).split(' '),
);

/** Whether a word is a task verb in any form that may lead a title: launches, launching, launched → launch. */
function isTaskVerb(word: string): boolean {
  if (TASK_VERBS.has(word)) return true;
  if (word.endsWith('ing'))
    return TASK_VERBS.has(word.slice(0, -3)) || TASK_VERBS.has(word.slice(0, -3) + 'e');
  if (word.endsWith('ed'))
    return TASK_VERBS.has(word.slice(0, -2)) || TASK_VERBS.has(word.slice(0, -1));
  if (word.endsWith('es') && TASK_VERBS.has(word.slice(0, -2))) return true;
  return word.endsWith('s') && TASK_VERBS.has(word.slice(0, -1));
}

const PREFIX_WORDS = new Set(['kr', 'o', 'objective', 'key', 'p0', 'p1', 'p2', 'p3', 'p4']);

const SPACE = /\s/;

/** How long the ASCII word a title starts with is, if a space, `,.;:` or the end follows it; else 0. */
function plainWordLength(title: string): number {
  let n = 0;
  while (isAsciiLetter(title.charCodeAt(n))) n++;
  if (n === 0 || n === title.length) return n;
  const c = title.charCodeAt(n);
  if (c === 44 || c === 46 || c === 58 || c === 59 || c === 32 || (c >= 9 && c <= 13)) return n;
  return c > 127 && SPACE.test(title.charAt(n)) ? n : 0;
}

/** The first word of a title once list markers and labels are gone, lower-cased. */
function firstWord(title: string): string | undefined {
  // Most titles start with a plain word: skip the prefix regex for them.
  const n = plainWordLength(title);
  const word = n ? title.slice(0, n).toLowerCase() : undefined;
  if (word !== undefined && !PREFIX_WORDS.has(word)) return word;
  return wordsOf(stripPrefix(title))[0];
}

/** "Providing does not slow…": a gerund that is the subject of a sentence, not an order. */
const GERUND_SUBJECT =
  /^\s*\S+ing\s+(?:does|do|is|are|has|have|was|will|should|must|can|stays?)\b/i;

/** The task verb a title starts with, if it starts with one. */
export function leadingTaskVerb(title: string): string | null {
  const first = firstWord(title);
  if (!first || (first.endsWith('ing') && GERUND_SUBJECT.test(stripPrefix(title)))) return null;
  return isTaskVerb(first) ? first : null;
}

const FILLERS = new Set(
  'things thing stuff something everything anything etc misc miscellaneous various general whatever'.split(
    ' ',
  ),
);
const GENERIC_VERBS = new Set(
  'improve work do try continue keep handle manage deal focus get be make better optimize optimise enhance learn support help grow increase'.split(
    ' ',
  ),
);

const ASCII = /^[\0-\x7f]*$/;
/** Every filler contains one of these; a title without any has no filler word. */
const FILLER_PART = /thing|stuff|etc|misc|various|general|whatever/i;
/** WORD's count of words in an ASCII string, counting no further than `enough`. */
function countAsciiWords(s: string, enough: number): number {
  let count = 0;
  for (let i = 0; i < s.length && count < enough;) {
    if (!isAsciiAlnum(s.charCodeAt(i++))) continue;
    count++;
    for (let c = s.charCodeAt(i); isAsciiAlnum(c) || c === 39 || c === 45; c = s.charCodeAt(++i));
  }
  return count;
}

/** Why an objective's title gives no clear direction, or null when it does. */
export function vaguenessOf(title: string): string | null {
  const stripped = stripPrefix(title);
  // Most titles are plain ASCII of four words or more with no filler: count, make no words.
  if (ASCII.test(stripped) && !FILLER_PART.test(stripped) && countAsciiWords(stripped, 4) === 4)
    return null;
  const words = wordsOf(stripped);
  if (words.length === 0) return 'has no title';
  const filler = words.find((w) => FILLERS.has(w));
  if (filler) return `says “${filler}” instead of naming what should change`;
  if (words.length < 3) return 'is too short to give a direction';
  if (words.length === 3 && GENERIC_VERBS.has(words[0]!))
    return `starts with “${words[0]}” but does not say for whom or why`;
  return null;
}

const VAGUE_RESULT =
  /(?<![\p{L}\p{N}])(better|improve|improved|improving|more|less|enhance|enhanced|good|great|effective|efficient|optimi[sz]e|optimi[sz]ed|successful|strong|stronger|nice|robust|smoother|faster|easier|higher|lower)(?![\p{L}\p{N}])/iu;

/** The vague word a key result leans on, if any ("better", "improve", "more"…). */
export function vagueResultWord(title: string): string | null {
  return VAGUE_RESULT.exec(title)?.[1]?.toLowerCase() ?? null;
}

/**
 * A reader of one record that remembers its last record and answer: two rules that read the
 * same record's title in turn pay once. Records are told apart by identity, which costs nothing;
 * comparing long titles would cost more than reading them again.
 */
export function rememberLast<R extends object, T>(read: (record: R) => T): (record: R) => T {
  let last: R | undefined;
  let answer: T;
  return (record) => {
    if (record !== last) {
      answer = read(record);
      last = record;
    }
    return answer;
  };
}

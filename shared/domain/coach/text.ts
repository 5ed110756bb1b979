/**
 * Reading titles the way a coach would. Pure string work, tuned for speed: the coach reads
 * tens of thousands of titles in one run.
 */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** List markers, priorities, owners and `KR:`-style labels that people put before a title. */
const PREFIX =
  /^(?:\s+|[-*+>•]\s*|\d+[.)]\s+|\[[^\]]{0,40}\]\s*|`[^`]{0,40}`\s*|\*\*|__|@\S+\s*(?:[-–:]\s*)?|(?:key\s+results?|kr|objective|o)\s*\d*\s*[:.–-]\s*|p[0-4]\b\s*[:–-]?\s*)+/i;

export const stripPrefix = (title: string): string => title.replace(PREFIX, '').trim();

export const wordsOf = (s: string): string[] => s.toLowerCase().match(WORD) ?? [];

/** Years, quarters and halves name a period, not a quantity; digits glued to letters (v2, S3) name things. */
const NOT_A_QUANTITY = /(?<![\p{L}\p{N}])(?:(?:19|20)\d{2}|[qh][1-4])(?![\p{L}\p{N}])/giu;
const QUANTITY =
  /(?<![\p{L}\p{N}.,])[-+]?\d+(?:[.,]\d+)*\s*(?:%|percent\b|k\b|m\b|x\b|pts?\b|points?\b)?/giu;

/** The quantities written in a title, e.g. `["80%", "20"]` for "help 80% of students gain 20 points". */
export function quantitiesIn(title: string): string[] {
  if (!/\d/.test(title)) return [];
  const cleaned = title.replace(NOT_A_QUANTITY, ' ');
  return (cleaned.match(QUANTITY) ?? []).map((q) => q.trim());
}

export const hasQuantity = (title: string): boolean => quantitiesIn(title).length > 0;

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

/** The base form of an English verb as it may lead a title: launches, launching, launched → launch. */
function baseForms(word: string): string[] {
  const out = [word];
  if (word.endsWith('ing')) out.push(word.slice(0, -3), word.slice(0, -3) + 'e');
  if (word.endsWith('ed')) out.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s')) out.push(word.slice(0, -1));
  return out;
}

const PREFIX_WORDS = new Set(['kr', 'o', 'objective', 'key', 'p0', 'p1', 'p2', 'p3', 'p4']);

/** The first word of a title once list markers and labels are gone, lower-cased. */
function firstWord(title: string): string | undefined {
  // Most titles start with a plain word: skip the prefix regex for them.
  const plain = /^[A-Za-z]+(?=[\s,.;:]|$)/.exec(title);
  if (plain && !PREFIX_WORDS.has(plain[0].toLowerCase())) return plain[0].toLowerCase();
  return wordsOf(stripPrefix(title))[0];
}

/** "Providing does not slow…": a gerund that is the subject of a sentence, not an order. */
const GERUND_SUBJECT =
  /^\s*\S+ing\s+(?:does|do|is|are|has|have|was|will|should|must|can|stays?)\b/i;

/** The task verb a title starts with, if it starts with one. */
export function leadingTaskVerb(title: string): string | null {
  const first = firstWord(title);
  if (!first || (first.endsWith('ing') && GERUND_SUBJECT.test(stripPrefix(title)))) return null;
  return baseForms(first).some((w) => TASK_VERBS.has(w)) ? first : null;
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

/** Why an objective's title gives no clear direction, or null when it does. */
export function vaguenessOf(title: string): string | null {
  const words = wordsOf(stripPrefix(title));
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

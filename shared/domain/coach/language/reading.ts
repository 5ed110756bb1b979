import { nlp } from './model';
import { baseOf, classOf, isVerb, leadIndex, opensAsOrder } from './verbs';
import { plainInline } from '../../importPreview';
import { mayNameADate } from './deadline';
import { ARTIFACT_NOUNS, CAPACITY_NOUNS } from './lexicon';
import { countedThings, PEOPLE, STATE_WORDS, workDone } from './statedWork';
import { hasTarget, readQuantity } from '../../quantity';
import type { Term, TitleReading, VerbClass } from './readingTypes';

/**
 * How a title reads to a coach, once: its words tagged with their part of speech (compromise),
 * the verb it opens with, whether it is only a noun phrase, a deliverable stated as done, the
 * numbers it states and what they count. Rules read this, never the raw string.
 */

export type { Term, TitleReading, VerbClass } from './readingTypes';

const WRITTEN_NUMBER =
  /[<>≤≥~$€£]?\d[\d.,]*\s*(?:%|[kmb]\b|x\b|million\b|billion\b)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)\b/gi;
interface CompromiseTerm {
  text: string;
  post: string;
  tags: ReadonlySet<string>;
}

function readOnce(title: string): TitleReading {
  const plain = plainInline(title).replace(/\\/g, '');
  // The tagged terms as compromise holds them: the same tags as `.json()`, without building
  // its output (a sixth of the cost of reading a title).
  const sentences = (nlp(plain) as unknown as { docs: CompromiseTerm[][] }).docs;
  const terms: Term[] = sentences
    .flatMap((s) =>
      s.map((t) => ({
        text: t.text + t.post.trim(),
        word: t.text.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''),
        tags: new Set(t.tags),
      })),
    )
    .filter((t) => t.word.length > 0);

  const li = leadIndex(terms);
  const lead = terms[li];
  const leadIsVerb =
    !!lead &&
    ((isVerb(lead) && !lead.tags.has('PastTense')) || opensAsOrder(terms, li)) &&
    !lead.tags.has('Gerund');
  // "Export control compliance completed", "Drift bot qualifying leads": the first word
  // modifies the subject of a later participle, it gives no order.
  const participleAt = terms.findIndex(
    (t, i) =>
      i >= li + 2 &&
      i < li + 5 &&
      ((t.tags.has('PastTense') && t.tags.has('Verb')) ||
        (t.tags.has('Gerund') && terms[i + 1]?.word === 'and')),
  );
  const modifier =
    leadIsVerb &&
    li === 0 &&
    participleAt > 0 &&
    terms[li + 1]?.tags.has('Noun') === true &&
    !terms[li + 1]!.tags.has('Possessive') &&
    terms
      .slice(li + 1, participleAt)
      .every((t) => t.tags.has('Noun') && !t.tags.has('Determiner') && !t.tags.has('Value'));
  const leadVerb = leadIsVerb && !modifier ? baseOf(lead.word) : null;
  const verbClasses: VerbClass[] = [];
  if (leadVerb) {
    verbClasses.push(classOf(leadVerb));
    // Coordinated orders: "Create and publish", "Design, implement, maintain, and enhance".
    for (let i = li + 1; i < terms.length; i++) {
      const t = terms[i]!;
      if (t.tags.has('Conjunction') || /,$/.test(terms[i - 1]!.text) || t.word === 'and') {
        const n = t.word === 'and' ? terms[i + 1] : t;
        if (n && isVerb(n)) verbClasses.push(classOf(baseOf(n.word)));
      } else if (!isVerb(t) && !t.tags.has('Adverb')) break;
    }
  }
  const nounPhrase = !leadVerb && !statesClause(terms);

  const objectWords = leadVerb
    ? terms
        .slice(li + 1)
        .filter((t) => t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Value'))
        .map((t) => t.word)
        // "our", "net new", "overall" say nothing about what changes or for whom.
        .filter((w) => !GENERIC_WORDS.test(w))
    : [];

  // With a threshold, a participle states a result that can be checked, not just work done.
  const measurableTitle = hasTarget(readQuantity(title));
  // A participle after the subject: "Contract signed", "strategy … created by EOQ".
  let deliverableDone: string | null = null;
  let stateReached = false;
  const participle = terms.findIndex(
    (t, i) =>
      i > 0 &&
      (((t.tags.has('PastTense') || t.tags.has('Participle')) && t.tags.has('Verb')) ||
        (t.tags.has('Adjective') && /ed$/.test(t.word) && terms[i - 1]!.tags.has('Copula'))),
  );
  if (!leadVerb && participle > 0) {
    const subject = terms.slice(0, participle).filter((t) => t.tags.has('Noun'));
    const head = subject.at(-1)?.word ?? '';
    if (subject.some((t) => ARTIFACT_NOUNS.has(t.word)) && ARTIFACT_NOUNS.has(head))
      deliverableDone = head;
    else if ((!measurableTitle || countedThings(terms, participle)) && workDone(terms, participle))
      deliverableDone = terms[participle]!.word;
    else stateReached = true;
  }
  // "Refactored the constructor", "Published 5 case studies": work reported as done.
  if (!leadVerb && !deliverableDone && !measurableTitle && workDone(terms, 0))
    deliverableDone = terms[0]!.word;
  // "X each have a published summary": a produced thing named as what the result holds.
  const producedArtifact = terms.findIndex(
    (t, i) =>
      t.tags.has('PastTense') &&
      terms.slice(i + 1, i + 5).some((n) => n.tags.has('Noun') && ARTIFACT_NOUNS.has(n.word)),
  );
  if (!deliverableDone && !leadVerb && producedArtifact > 0)
    deliverableDone = terms[producedArtifact]!.word;
  if (!leadVerb && STATE_WORDS.test(plain) && !deliverableDone) stateReached = true;

  // "Training plan", "Spec for custom layout": a noun phrase whose head is a thing to produce.
  let nounArtifact: string | null = null;
  let qualityOnly: string | null = null;
  // Only the main verb counts: "data that is exhaustive" describes, it does not state the result.
  const main = terms.findIndex((t, i) => i > 0 && t.tags.has('Verb'));
  if (!leadVerb && !measurableTitle && main > 0) {
    const t = terms[main]!;
    let j = main + 1;
    while (terms[j]?.tags.has('Adverb') && !terms[j]!.tags.has('Adjective')) j++;
    const n = terms[j];
    if (n && t.tags.has('Copula') && n.tags.has('Adjective') && !n.tags.has('Verb')) {
      // "is defined", "is adopted": a passive participle, not a quality.
      if (!STATE_WORDS.test(n.word) && !/ed$/.test(n.word)) qualityOnly = n.word;
    } else if (n && t.tags.has('Modal') && j > main + 1 && isVerb(n))
      qualityOnly = terms[main + 1]!.word;
  }

  // Not when the phrase states who uses or holds it ("Teams using a single dashboard").
  if (nounPhrase && !stateReached) {
    const prep = terms.findIndex((t) => t.tags.has('Preposition'));
    const head = terms
      .slice(0, prep < 0 ? terms.length : prep)
      .filter((t) => t.tags.has('Noun') || t.tags.has('Verb'))
      .at(-1);
    if (head && ARTIFACT_NOUNS.has(head.word)) nounArtifact = head.word;
  }
  // "… through delivering the design, completing the effort": the work named as the means.
  const means = terms.findIndex(
    (t, i) =>
      i > 0 &&
      t.tags.has('Gerund') &&
      /^(?:through|by|via)$/.test(terms[i - 1]!.word) &&
      classOf(baseOf(t.word)) === 'work',
  );
  const workAsMeans = means > 0 ? terms[means]!.word : null;

  const quantity = readQuantity(title);
  const stated =
    quantity.target !== undefined &&
    !quantity.placeholder &&
    /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)\b/i.test(plain);
  // For the message only: the numbers as written, less those the reader says only name things.
  const numbers = stated
    ? (plain.match(WRITTEN_NUMBER) ?? [])
        .map((n) => n.trim())
        .filter((n) => !quantity.names.some((name) => name.includes(n)))
    : [];
  const placeholder = quantity.placeholder === true;

  // What the lead verb's number counts: the noun after it.
  let countedOutputs = false;
  let objectIsCapacity = false;
  if (leadVerb) {
    const after = terms.slice(li + 1, li + 8);
    const num = after.slice(0, 3).findIndex((t) => t.tags.has('Value'));
    let noun = after
      .slice(Math.max(0, num + 1))
      .find((t) => t.tags.has('Noun') && !t.tags.has('Value'));
    // The counted thing is the head, the last noun of the run: "15 user research interviews"
    // counts interviews, not users (the tagger may read a plural head as a verb).
    if (num >= 0 && noun) {
      for (let i = after.indexOf(noun) + 1; i < after.length; i++) {
        const t = after[i]!;
        const nounish =
          (t.tags.has('Noun') && !t.tags.has('Possessive') && !t.tags.has('Pronoun')) ||
          (t.tags.has('PresentTense') && /[^s]s$/.test(t.word));
        if (!nounish || /,$/.test(after[i - 1]!.text)) break;
        noun = t;
      }
    }
    const people =
      num >= 0 && noun
        ? PEOPLE.test(noun.word) || (noun.tags.has('Actor') && noun.tags.has('Plural'))
        : after.some((t) => PEOPLE.test(t.word) || (t.tags.has('Actor') && t.tags.has('Plural')));
    // What the work is done to is its direct object, up to the first preposition: in "Resolve
    // issues for major customers" the customers gain, but the work is resolving issues.
    const end = after.findIndex(
      (t, i) => i > 0 && (t.tags.has('Preposition') || /[,:;]$/.test(after[i - 1]!.text)),
    );
    const object = end > 0 ? after.slice(0, end) : after;
    const head = [...object].reverse().find((t) => t.tags.has('Noun') && !t.tags.has('Pronoun'));
    const headIsPeople =
      !!head && (PEOPLE.test(head.word) || (head.tags.has('Actor') && head.tags.has('Plural')));
    objectIsCapacity =
      (num >= 0 || !head ? people : headIsPeople) ||
      (head ? CAPACITY_NOUNS.has(head.word) : after.some((t) => CAPACITY_NOUNS.has(t.word)));
    if (num >= 0 && noun && !PEOPLE.test(noun.word) && !noun.tags.has('Actor'))
      countedOutputs = true;
  }

  return {
    plain,
    key: plain
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
    mayNameADate: mayNameADate(plain),
    sentences: plain.split(/[.!?](?:\s+|$)/).filter((x) => x.trim().length > 0).length,
    numberedClauses: plain.split(/,\s+|;\s+|\.\s+/).filter((c) => /\d/.test(c)).length,
    terms,
    leadVerb,
    leadClass: verbClasses[0] ?? null,
    verbClasses,
    nounPhrase,
    objectWords,
    deliverableDone,
    stateReached,
    qualityOnly,
    quantity,
    numbers,
    measurable: hasTarget(quantity) && !placeholder,
    placeholder,
    nounArtifact,
    workAsMeans,
    question: /\?\s*$/.test(plain) || terms[0]?.tags.has('QuestionWord') === true,
    countedOutputs: countedOutputs || quantity.countedOutputs === true,
    objectIsCapacity,
  };
}

const GENERIC_WORDS =
  /^(?:our|their|its|my|your|his|her|new|net|overall|total|general|consistent(?:ly)?|more|better|up)$/;

/**
 * Whether the words make a clause — something said about a subject ("Ansible manages our
 * deployments", "Members rely on the handbook", "Guide is published") — rather than a name
 * with a verb-looking word in it: a last word ("Informers revamp"), a plural head before "and"
 * ("email updates and office hours"), a participle before its noun ("Fine grained permissions"),
 * or a word in brackets ("(Python, Go)").
 */
function statesClause(terms: readonly Term[]): boolean {
  let depth = 0;
  return terms.some((t, i) => {
    const inBrackets = depth > 0 || /^\(/.test(t.text);
    depth += (t.text.match(/\(/g) ?? []).length - (t.text.match(/\)/g) ?? []).length;
    if (inBrackets || !isVerb(t) || (i === 0 && t.tags.has('Noun'))) return false;
    const next = terms[i + 1];
    if (!next) return i === 0 || !terms[i - 1]!.tags.has('Noun');
    if (next.word === 'and' || next.tags.has('Conjunction')) return !t.tags.has('PresentTense');
    if (t.tags.has('PastTense') && next.tags.has('Noun') && !terms[i - 1]?.tags.has('Noun'))
      return false;
    return true;
  });
}

/**
 * Titles seen lately and how they read. A coach run reads the same titles again and again (every
 * edit re-runs it), and tagging is the costly part, so each distinct title is read once; the
 * oldest readings are forgotten past a bound so a long session does not grow without end.
 */
const MAX_REMEMBERED = 50_000;
const remembered = new Map<string, TitleReading>();

export function readTitle(title: string): TitleReading {
  let r = remembered.get(title);
  if (r) return r;
  r = readOnce(title);
  if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
  remembered.set(title, r);
  return r;
}

/**
 * Which of these titles have not been read yet, each once: a caller with a whole plan to coach
 * can read them a few at a time (readTitle) while the app is idle, so the run itself only looks
 * its readings up.
 */
export function unreadTitles(titles: Iterable<string | undefined>): string[] {
  const out = new Set<string>();
  for (const t of titles) if (!remembered.has(t ?? '')) out.add(t ?? '');
  return [...out];
}

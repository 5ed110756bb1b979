import { DIRECTION_VERBS } from './lexicon';
import type { TitleReading } from './reading';

/**
 * The judgements a coach makes on one title, each with the words that gave it away (for the
 * finding's message). Null: nothing to say.
 */

const FILLERS =
  /(?<![\p{L}])(?:things?|stuff|something|everything|etc|misc|various|whatever)(?![\p{L}])/iu;

/**
 * A judgement made once per reading. Readings are remembered across runs (reading.ts), and a
 * whole-plan run judges thousands of them again on every edit: the regular expressions of a
 * judgement cost more than looking its verdict up.
 */
function once(judge: (r: TitleReading) => string | null): (r: TitleReading) => string | null {
  const verdicts = new WeakMap<TitleReading, string | null>();
  return (r) => {
    let verdict = verdicts.get(r);
    if (verdict === undefined) verdicts.set(r, (verdict = judge(r)));
    return verdict;
  };
}

/** An objective that names a topic or a metric, or points nowhere in particular. */
export const vagueObjective = once(judgeVagueObjective);

function judgeVagueObjective(r: TitleReading): string | null {
  if (r.terms.length === 0) return 'has no title';
  const filler = FILLERS.exec(r.plain);
  if (filler && r.leadClass !== 'work')
    return `says “${filler[0]}” instead of naming what should change`;
  if (r.nounPhrase) return 'names a topic, not a direction';
  if (!r.leadVerb) return null;
  const qualified = /(?<![\p{L}])(?:for|to|so|by|through|with|that|into|across)(?![\p{L}])/iu.test(
    r.terms
      .slice(1)
      .map((t) => t.word)
      .join(' '),
  );
  if (r.verbClasses.includes('fuzzy') && !qualified && r.numbers.length === 0)
    return `“${r.leadVerb}” points somewhere without saying what changes, for whom`;
  if (r.objectWords.length === 0) return `is a verb with nothing to change (“${r.leadVerb}”)`;
  // "Scale our business", "Grow net new ARR": a direction on an area, with nobody it changes
  // things for and no change named; "Make customers love onboarding" says what changes.
  const saysChange = r.terms.filter((t) => t.tags.has('Verb') && !t.tags.has('Gerund')).length > 1;
  if (r.objectWords.length === 1 && r.leadClass !== 'work' && r.numbers.length === 0 && !saysChange)
    return `names a verb and a topic (“${r.objectWords[0]}”), not what should change, for whom`;
  return null;
}

/** An objective that names an activity or a deliverable rather than an aim. */
export function taskObjective(r: TitleReading): string | null {
  if (!r.leadVerb)
    return r.deliverableDone ? `states a deliverable (“${r.deliverableDone}”)` : null;
  if (r.leadClass === 'hiring')
    return `hiring (“${r.leadVerb}”) is work towards an aim, not the aim`;
  if (r.leadClass !== 'work') return null;
  if (r.objectIsCapacity && !r.countedOutputs) return null;
  return `“${r.leadVerb}” names an activity or a deliverable`;
}

/** Numbers in an objective that belong in its key results (not years, versions or segments). */
export const objectiveNumbers = (r: TitleReading): readonly string[] => r.numbers;

/** Whether the title states something a person could check at the end: a number or a threshold. */
export const statesThreshold = (r: TitleReading): boolean => r.measurable;

/** A key result that is work to do or an output to produce. */
export const taskKeyResult = once(judgeTaskKeyResult);

function judgeTaskKeyResult(r: TitleReading): string | null {
  if (r.deliverableDone) return `states an output as done (“${r.deliverableDone}”)`;
  if (r.nounArtifact) return `names an output (“${r.nounArtifact}”), not what it should change`;
  if (r.workAsMeans) return `lists the work (“${r.workAsMeans}”) rather than its result`;
  if (!r.leadVerb) return null;
  if (r.verbClasses.includes('hiring')) return `hiring (“${r.leadVerb}”) is an activity`;
  const work = r.verbClasses.find((c) => c === 'work' || c === 'effort');
  if (!work) return null;
  // "Fix all new P1 bugs within one release" is a service level, not a job.
  if (
    r.quantity.threshold === true &&
    r.leadClass !== 'effort' &&
    /within|under|less than|fewer than/i.test(r.plain)
  )
    return null;
  if (r.countedOutputs) return `counts outputs of “${r.leadVerb}”, not their effect`;
  if (r.objectIsCapacity && statesThreshold(r)) return null;
  return `“${r.leadVerb}” names an activity, not the change it should bring`;
}

/** A key result nobody could mark as achieved or not. */
export function unmeasurableKeyResult(r: TitleReading): string | null {
  if (r.question) return 'is a question';
  if (r.placeholder) return 'has a placeholder where the target should be';
  if (statesThreshold(r)) return null;
  if (r.qualityOnly) return `“${r.qualityOnly}” with no threshold cannot be checked`;
  if (r.stateReached) return null;
  if (r.terms.length < 2) return 'names a topic, not a result';
  if (r.nounPhrase && !r.deliverableDone) return 'names a topic, not a result';
  if (r.leadClass === 'change' && DIRECTION_VERBS.has(r.leadVerb ?? ''))
    return `“${r.leadVerb}” says which way, not how far`;
  if (r.leadVerb && /^(?:make)$/.test(r.leadVerb) && r.objectWords[0] === 'progress')
    return '“make progress” has no end point';
  if (r.leadClass === 'fuzzy')
    return `“${r.leadVerb}” without a number or threshold cannot be checked`;
  if (r.verbClasses.includes('effort')) return `“${r.leadVerb}” names an effort with no end point`;
  return null;
}

import { missing, optional } from './optional';
import { timed, type PageMeasure } from './types';

const PATH = 'shared/domain/coach/index.ts';
type CoachModule = typeof import('../../../../shared/domain/coach/index');
const found = import.meta.glob('../../../../shared/domain/coach/index.ts');

/** Titles typed into the forms, one key result and one objective, as people write them. */
const TITLES = [
  ['Publish 8 blog posts about the new pricing by the end of March', 'keyResult'],
  ['Raise weekly active teams from 120 to 450', 'keyResult'],
  ['Make onboarding effortless for first-week customers', 'objective'],
  ['Build the data platform our analysts use every day', 'objective'],
] as const;

let run = 0;

/** Every prefix of a title, as each keystroke leaves it; a word of its own per run, so no run reuses the last one's readings. */
function keystrokes(): { text: string; kind: 'keyResult' | 'objective' }[] {
  run++;
  return TITLES.flatMap(([title, kind]) => {
    const typed = `Team${run} ${title}`;
    return Array.from({ length: typed.length }, (_, i) => ({ text: typed.slice(0, i + 1), kind }));
  });
}

const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

/** The live coach under a title field: the p95 over every keystroke of four titles typed. */
export const coachHint: PageMeasure = {
  async subject() {
    const mod = await optional<CoachModule>(found);
    if (!mod) return missing(PATH);
    await mod.loadLanguage();
    const krRules = [...mod.TITLE_RULE_IDS].filter((id) => id.startsWith('kr-'));
    const objectiveRules = [...mod.TITLE_RULE_IDS].filter((id) => id.startsWith('objective-'));
    const times = keystrokes().map(({ text, kind }) =>
      timed(() =>
        kind === 'keyResult'
          ? mod.coachKeyResult({ id: 'k', objectiveId: 'o', title: text }, { rules: krRules })
          : mod.coachObjective({ id: 'o', title: text }, { rules: objectiveRules }),
      ),
    );
    return { value: p95(times), note: `${times.length} keystrokes` };
  },
  /** What the field does anyway on each keystroke: split the title into words. */
  async baseline() {
    const times = keystrokes().map(({ text }) => timed(() => text.split(/\s+/).length));
    return { value: p95(times) };
  },
};

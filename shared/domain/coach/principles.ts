import type { Principle } from './types';

/**
 * The method's branches and leaves each rule traces to, spelled exactly as in
 * `okr-work-method.md` (a test checks every one of them is there).
 */
const p = (branch: string, leaf: string): Principle => ({ branch, leaf });

export const PRINCIPLES = {
  clearDirection: p('Clear and inspiring goals', 'Clear direction'),
  unreasonableGoal: p('Avoid common pitfalls in OKR', 'Unreasonable goal setting'),
  quantitativeKrs: p('OKR composition', 'Quantitative Key Results'),
  unmeasurable: p('Avoid common pitfalls in OKR', 'Key results are unmeasurable'),
  customOkr: p('Discuss key results', 'Custom OKR'),
  focus: p('Determine the target', 'Focus on important goals'),
  cutOff: p('Discuss key results', 'Cut off irrelevant matters'),
  noPriority: p('No priority is set to the target', 'Target confusion'),
  timeLimit: p('Target has a time limit', 'Set time limits'),
  timeNodes: p('Target has a time limit', 'The importance of time nodes'),
  goalConsistency: p(
    'The OKR of departmental services should be related to company goals',
    'Goal consistency',
  ),
  teamFormation: p('Have an independent team to implement goals', 'Team formation'),
  regularEvaluation: p('Avoid common pitfalls in OKR', 'Lack of regular evaluation and adjustment'),
  resultsAssessment: p('Evaluation results', 'Results Assessment'),
  shortTerm: p('Avoid common pitfalls in OKR', 'Over-focus on short-term goals'),
  clarifyGoal: p('OKR composition', 'Clarify the goal'),
  inspiring: p('Clear and inspiring goals', 'Inspiring'),
  resourceWaste: p('No priority is set to the target', 'Resource waste'),
  disorderlyAction: p('Not planning well', 'Disorderly action'),
  topDown: p('Seven steps to OKR meeting', 'Top-down correlation'),
  collaborativeCooperation: p(
    'The OKR of departmental services should be related to company goals',
    'Collaborative cooperation',
  ),
  measuringGoals: p(
    'Implement OKR for minimized executable products',
    'Measuring goals and summarizing learning',
  ),
  reviewMechanism: p(
    'Regularly review and summarize the implementation of OKRs, and continuously optimize and improve',
    'Review mechanism',
  ),
  optimization: p(
    'Regularly review and summarize the implementation of OKRs, and continuously optimize and improve',
    'Optimization and improvement',
  ),
  informationAsymmetry: p(
    'Lack of sufficient communication leads to failure to accurately understand the goals',
    'Information asymmetry',
  ),
} as const;

/** `Branch › Leaf`, as the UI and the meeting pack show it. */
export const principleLabel = (pr: Principle): string => `${pr.branch} › ${pr.leaf}`;

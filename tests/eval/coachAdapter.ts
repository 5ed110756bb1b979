import {
  coachCycle,
  type CoachCycle,
  type CoachInput,
  type CoachKeyResult,
  type CoachObjective,
  type Finding,
} from '../../shared/domain/coach';
import type { ImportPreview } from '../../shared/domain/importMarkdown';
import type { ItemKind } from './labels';

/**
 * Which label of the vocabulary each coach rule predicts, per kind of item. A finding of a
 * rule not listed here (owners, alignment, cadence…) says nothing about wording and is not
 * counted. Extend this table when a rule is added.
 */
export const RULE_LABELS: Record<string, Partial<Record<ItemKind, string>>> = {
  'objective-vague': { objective: 'vague' },
  'objective-numbers': { objective: 'has_numbers' },
  'objective-task-like': { objective: 'task_like' },
  'kr-task-like': { key_result: 'task_like' },
  'kr-unmeasurable': { key_result: 'unmeasurable' },
  'kr-placeholder': { key_result: 'unmeasurable' },
  'kr-question': { key_result: 'unmeasurable' },
  'kr-deadline-in-title': { key_result: 'has_deadline' },
};

/** A quarter for the coach to judge dates against; a period the labels name is not parsed. */
const CYCLE: CoachCycle = {
  id: 'cycle',
  name: 'Imported',
  kind: 'quarter',
  start: '2026-07-01',
  end: '2026-09-30',
  state: 'planning',
};

/**
 * Runs the coach over one imported file, as one planning cycle: top-level objectives for the
 * company, nested ones aligned to their parent. Returns the rule ids found per item key
 * (`o3` for an objective, `o3k1` for its second key result). The one place that calls the coach.
 */
export function coachItems(preview: ImportPreview, _period: string): Map<string, string[]> {
  const objectives: CoachObjective[] = preview.objectives.map((o, i) => ({
    id: `o${i}`,
    title: o.title,
    ownerId: 'owner',
    type: 'committed',
    rank: i + 1,
    planState: 'draft',
    alignedTo: o.parent === null ? null : { kind: 'objective', id: `o${o.parent}` },
  }));
  const keyResults: CoachKeyResult[] = preview.objectives.flatMap((o, i) =>
    o.keyResults.map((k, j) => ({
      id: `o${i}k${j}`,
      objectiveId: `o${i}`,
      title: k.title,
      kind: k.kind,
      start: k.start,
      target: k.target,
      current: k.current,
      unit: k.unit,
      ownerId: 'owner',
      dueDate: null,
    })),
  );
  const input: CoachInput = {
    cycle: CYCLE,
    objectives,
    keyResults,
    orgUnits: [{ id: 'owner', kind: 'team', name: 'Team', parentId: null }],
    today: CYCLE.start!,
  };
  const found = new Map<string, string[]>();
  const add = (f: Finding): void => {
    const list = found.get(f.subject.id) ?? [];
    list.push(f.ruleId);
    found.set(f.subject.id, list);
  };
  const report = coachCycle(input);
  for (const f of report.findings) add(f);
  for (const f of report.dismissed) add(f);
  return found;
}

/** The labels a set of rule ids predicts for one item. */
export function predictedLabels(ruleIds: readonly string[], kind: ItemKind): Set<string> {
  const out = new Set<string>();
  for (const id of ruleIds) {
    const label = RULE_LABELS[id]?.[kind];
    if (label) out.add(label);
  }
  return out;
}

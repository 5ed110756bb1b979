import type { CoachKeyResult } from '@shared/domain/coach';
import type { KrKind } from '@shared/domain/model';
import { parseNumberInput } from '@shared/domain/validation';

export interface KeyResultFormFields {
  id?: string;
  objectiveId: string;
  title: string;
  kind: KrKind;
  start: string;
  target: string;
  unit: string;
  dueDate: string;
  milestones: string;
}

/** The key-result form's text fields as the coach reads them; a blank target is "not typed yet". */
export function keyResultDraft(f: KeyResultFormFields): CoachKeyResult {
  const lines = f.milestones.split('\n').filter((l) => l.trim());
  const numeric = f.kind !== 'binary' && f.kind !== 'milestones';
  return {
    id: f.id ?? 'draft',
    objectiveId: f.objectiveId,
    title: f.title,
    kind: f.kind,
    start: numeric ? parseNumberInput(f.start) : 0,
    target: numeric
      ? f.target.trim()
        ? parseNumberInput(f.target)
        : null
      : f.kind === 'binary'
        ? 1
        : lines.length,
    unit: numeric ? f.unit : '',
    dueDate: f.dueDate || null,
    milestones: lines.map(() => ({ done: false })),
  };
}

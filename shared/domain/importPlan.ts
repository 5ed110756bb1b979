import type { ImportPreview } from './importPreview';
import { keyResultSchema, objectiveSchema, type KeyResult, type Objective } from './model';
import { check } from './validation';

export interface ImportTarget {
  cycleId: string;
  ownerId: string;
  /** Rank of the owner's last objective in the cycle; imported ones follow it. */
  lastRank: number;
  newId: () => string;
  stamp: string;
}

export interface ImportRecords {
  objectives: Objective[];
  keyResults: KeyResult[];
  /** Line-numbered reasons a record could not be made; the import is refused if any. */
  errors: string[];
}

/**
 * Turns a confirmed preview into records of one cycle and owner: objectives as drafts in
 * text order after the owner's existing ones, nested objectives aligned to their parent,
 * every record validated by the model's schemas.
 */
export function buildImportRecords(preview: ImportPreview, to: ImportTarget): ImportRecords {
  const out: ImportRecords = { objectives: [], keyResults: [], errors: [] };
  const ids = preview.objectives.map(() => to.newId());
  preview.objectives.forEach((p, i) => {
    const parentId = p.parent !== null && p.parent < i ? ids[p.parent] : undefined;
    const o = check(objectiveSchema, {
      id: ids[i],
      cycleId: to.cycleId,
      ownerId: to.ownerId,
      title: p.title,
      description: withKrNotes(p),
      type: 'committed',
      rank: to.lastRank + i + 1,
      planState: 'draft',
      alignedTo: parentId ? { kind: 'objective', id: parentId } : null,
      carriedFromId: null,
      createdAt: to.stamp,
      updatedAt: to.stamp,
    });
    if (!o.ok) {
      out.errors.push(`Line ${p.line}: ${Object.values(o.errors).join('; ')}`);
      return;
    }
    out.objectives.push(o.value);
    p.keyResults.forEach((k, r) => {
      const kr = check(keyResultSchema, {
        id: to.newId(),
        objectiveId: ids[i],
        cycleId: to.cycleId,
        ownerId: to.ownerId,
        title: k.title,
        kind: k.kind,
        start: k.start,
        target: k.target,
        current: k.current,
        unit: k.unit,
        weight: 1,
        dueDate: null,
        confidence: null,
        milestones: [],
        rank: r + 1,
        createdAt: to.stamp,
        updatedAt: to.stamp,
      });
      if (kr.ok) out.keyResults.push(kr.value);
      else out.errors.push(`Line ${k.line}: ${Object.values(kr.errors).join('; ')}`);
    });
  });
  return out;
}

/**
 * A key result has no notes field, so what the import read beside each one (its owner, tags,
 * scoring) is kept in its objective's description rather than lost.
 */
function withKrNotes(p: ImportPreview['objectives'][number]): string {
  const notes = p.keyResults.filter((k) => k.note).map((k) => `- ${k.title}: ${k.note}`);
  const text = notes.length
    ? [p.description, `Notes on the key results:\n${notes.join('\n')}`].filter(Boolean).join('\n\n')
    : p.description;
  return text.slice(0, 20_000);
}

/** Keeps the chosen objectives; one whose parent was left out is no longer nested. */
export function selectObjectives(preview: ImportPreview, keep: readonly boolean[]): ImportPreview {
  const newIndex = new Map<number, number>();
  const objectives = preview.objectives.flatMap((o, i) => {
    if (keep[i] === false) return [];
    newIndex.set(i, newIndex.size);
    const parent = o.parent !== null ? (newIndex.get(o.parent) ?? null) : null;
    return [{ ...o, parent }];
  });
  return { objectives, warnings: preview.warnings };
}

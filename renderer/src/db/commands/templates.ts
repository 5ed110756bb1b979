import builtIn from '../../../../resources/templates.json';
import { templateSchema, type Objective, type Template } from '@shared/domain/model';
import { check } from '@shared/domain/validation';
import { db } from '../schema';
import { isLive, live, newId, nowStamp, ValidationError } from '../records';
import { createObjective } from './objectives';
import { createKeyResult } from './keyResults';
import { markDeleted, type DeletionToken } from './softDelete';

type BuiltInTemplate = Omit<
  Template,
  'id' | 'createdAt' | 'updatedAt' | 'builtIn' | 'deletedAt'
> & { key: string };

/** Built-in templates get stable ids so loading them twice (two windows) adds nothing twice. */
const builtInId = (key: string) => `builtin-template-${key}`;

/** Loads the built-in templates into the table on first use; later calls add only missing ones. */
export async function ensureBuiltInTemplates(): Promise<void> {
  await db.transaction('rw', db.templates, async () => {
    const stamp = nowStamp();
    const have = new Set(await db.templates.toCollection().primaryKeys());
    const rows: Template[] = [];
    for (const t of (builtIn as { templates: BuiltInTemplate[] }).templates) {
      if (have.has(builtInId(t.key))) continue;
      const { key, ...rest } = t;
      const r = check(templateSchema, {
        ...rest,
        id: builtInId(key),
        builtIn: true,
        createdAt: stamp,
        updatedAt: stamp,
      });
      if (!r.ok) throw new ValidationError(r.errors);
      rows.push(r.value);
    }
    if (rows.length) await db.templates.bulkAdd(rows);
  });
}

export interface FromTemplateInput {
  templateId: string;
  cycleId: string;
  ownerId: string;
  alignedTo?: Objective['alignedTo'];
}

/** A new draft objective with the template's key results, in one transaction. */
export async function createFromTemplate(input: FromTemplateInput): Promise<Objective> {
  // settings: createKeyResult reads the locale to word a due date it refuses.
  return db.transaction(
    'rw',
    [db.templates, db.objectives, db.keyResults, db.cycles, db.orgUnits, db.checkIns, db.settings],
    async () => {
      const t = await db.templates.get(input.templateId);
      if (!isLive(t)) throw new ValidationError({ templateId: 'This template no longer exists' });
      const o = await createObjective({
        title: t.objectiveTitle,
        description: t.description,
        type: t.type,
        ownerId: input.ownerId,
        cycleId: input.cycleId,
        alignedTo: input.alignedTo ?? null,
      });
      for (const k of t.keyResults)
        await createKeyResult(o.id, { ...k, current: k.start, weight: 1 });
      return o;
    },
  );
}

/** Saves an objective and its key results as a template of your own. */
export async function saveAsTemplate(
  objectiveId: string,
  name: string,
  category = 'Mine',
): Promise<Template> {
  return db.transaction('rw', [db.templates, db.objectives, db.keyResults], async () => {
    const o = await db.objectives.get(objectiveId);
    if (!isLive(o)) throw new ValidationError({ objectiveId: 'This objective no longer exists' });
    const krs = live(await db.keyResults.where('objectiveId').equals(objectiveId).toArray()).sort(
      (a, b) => a.rank - b.rank,
    );
    const stamp = nowStamp();
    const r = check(templateSchema, {
      id: newId(),
      name,
      category,
      objectiveTitle: o.title,
      description: o.description,
      type: o.type,
      keyResults: krs.map((k) => ({
        title: k.title,
        kind: k.kind,
        start: k.start,
        target: k.target,
        unit: k.unit,
      })),
      builtIn: false,
      createdAt: stamp,
      updatedAt: stamp,
    });
    if (!r.ok) throw new ValidationError(r.errors.name ? { name: r.errors.name } : r.errors);
    await db.templates.add(r.value);
    return r.value;
  });
}

/** Deletes one of your own templates (undoable); built-in ones stay. */
export async function deleteTemplate(id: string): Promise<DeletionToken> {
  return db.transaction('rw', db.templates, async () => {
    const t = await db.templates.get(id);
    if (!isLive(t)) throw new ValidationError({ id: 'This template no longer exists' });
    if (t.builtIn) throw new ValidationError({ id: 'Built-in templates cannot be deleted' });
    return markDeleted({ templates: [id] });
  });
}

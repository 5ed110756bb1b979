import { orgUnitSchema, type OrgKind, type OrgUnit } from '@shared/domain/model';
import { check } from '@shared/domain/validation';
import { db } from '../schema';
import { isLive, live, newId, nowStamp, ValidationError } from '../records';
import { markDeleted, type DeletionToken } from './softDelete';

const CHILD_KINDS: Record<OrgKind, OrgKind[]> = {
  company: ['department', 'team', 'person'],
  department: ['department', 'team', 'person'],
  team: ['team', 'person'],
  person: [],
};

export const canContain = (parent: OrgKind, child: OrgKind): boolean =>
  CHILD_KINDS[parent].includes(child);

export async function addOrgUnit(
  kind: OrgKind,
  name: string,
  parentId: string | null,
): Promise<OrgUnit> {
  return db.transaction('rw', db.orgUnits, async () => {
    if (parentId) {
      const parent = await db.orgUnits.get(parentId);
      if (!isLive(parent))
        throw new ValidationError({ parentId: 'The parent unit no longer exists' });
      if (!canContain(parent.kind, kind))
        throw new ValidationError({ parentId: `A ${parent.kind} cannot contain a ${kind}` });
    } else if (kind !== 'company') {
      throw new ValidationError({ parentId: 'Only a company can stand at the top of the tree' });
    }
    const stamp = nowStamp();
    const r = check(orgUnitSchema, {
      id: newId(),
      kind,
      name,
      parentId,
      createdAt: stamp,
      updatedAt: stamp,
    });
    if (!r.ok) throw new ValidationError(r.errors);
    await db.orgUnits.add(r.value);
    return r.value;
  });
}

export async function renameOrgUnit(id: string, name: string): Promise<void> {
  await db.transaction('rw', db.orgUnits, async () => {
    const unit = await db.orgUnits.get(id);
    if (!isLive(unit)) throw new ValidationError({ id: 'This unit no longer exists' });
    const r = check(orgUnitSchema, { ...unit, name, updatedAt: nowStamp() });
    if (!r.ok) throw new ValidationError(r.errors);
    await db.orgUnits.put(r.value);
  });
}

async function descendantIds(rootId: string): Promise<string[]> {
  const out: string[] = [];
  let frontier = [rootId];
  while (frontier.length) {
    const kids = live(await db.orgUnits.where('parentId').anyOf(frontier).toArray());
    frontier = kids.map((k) => k.id).filter((k) => !out.includes(k));
    out.push(...frontier);
  }
  return out;
}

export async function moveOrgUnit(id: string, newParentId: string): Promise<void> {
  await db.transaction('rw', db.orgUnits, async () => {
    const [unit, parent] = await Promise.all([db.orgUnits.get(id), db.orgUnits.get(newParentId)]);
    if (!isLive(unit) || !isLive(parent))
      throw new ValidationError({ parentId: 'That unit no longer exists' });
    if (id === newParentId || (await descendantIds(id)).includes(newParentId))
      throw new ValidationError({ parentId: 'A unit cannot move inside itself' });
    if (!canContain(parent.kind, unit.kind))
      throw new ValidationError({ parentId: `A ${parent.kind} cannot contain a ${unit.kind}` });
    await db.orgUnits.update(id, { parentId: newParentId, updatedAt: nowStamp() });
  });
}

/** Removes a unit, everything below it and the objectives they own; undoable. */
export async function removeOrgUnit(id: string): Promise<DeletionToken> {
  return db.transaction('rw', [db.orgUnits, db.objectives, db.keyResults], async () => {
    const unit = await db.orgUnits.get(id);
    if (!isLive(unit)) throw new ValidationError({ id: 'This unit no longer exists' });
    if (unit.parentId === null)
      throw new ValidationError({ id: 'The company itself cannot be removed' });
    const units = [id, ...(await descendantIds(id))];
    const objectives = live(await db.objectives.where('ownerId').anyOf(units).toArray()).map(
      (o) => o.id,
    );
    const keyResults = live(
      await db.keyResults.where('objectiveId').anyOf(objectives).toArray(),
    ).map((k) => k.id);
    return markDeleted({ orgUnits: units, objectives, keyResults });
  });
}

/**
 * Changes who leads a unit (on a team server a lead writes that unit's documents and those
 * below it), all in one transaction. Returns the leads before, so undo sets them back.
 */
async function changeLeads(
  unitId: string,
  next: (current: readonly string[]) => readonly string[],
): Promise<string[]> {
  return db.transaction('rw', db.orgUnits, async () => {
    const unit = await db.orgUnits.get(unitId);
    if (!isLive(unit)) throw new ValidationError({ id: 'This unit no longer exists' });
    if (unit.kind === 'person')
      throw new ValidationError({ leadIds: 'A person has no leads; choose a team or department' });
    const before = [...(unit.leadIds ?? [])];
    const leadIds = [...new Set(next(before))];
    // Only new leads are checked: one whose person was removed since must not block other edits.
    const added = leadIds.filter((id) => !before.includes(id));
    const people = await db.orgUnits.bulkGet(added);
    people.forEach((p, i) => {
      if (!isLive(p) || p.kind !== 'person')
        throw new ValidationError({
          leadIds: `A lead must be a person of the org tree (${p?.name ?? added[i]} is not)`,
        });
    });
    const r = check(orgUnitSchema, { ...unit, leadIds, updatedAt: nowStamp() });
    if (!r.ok) throw new ValidationError(r.errors);
    await db.orgUnits.put(r.value);
    return before;
  });
}

/** Sets a unit's leads outright (undo of the two below); returns the leads before. */
export const setUnitLeads = (unitId: string, leadIds: readonly string[]): Promise<string[]> =>
  changeLeads(unitId, () => leadIds);

/** Makes a person a lead of a unit; returns the leads before. */
export const addUnitLead = (unitId: string, personId: string): Promise<string[]> =>
  changeLeads(unitId, (current) => [...current, personId]);

/** Ends a person's lead of a unit; returns the leads before. */
export const removeUnitLead = (unitId: string, personId: string): Promise<string[]> =>
  changeLeads(unitId, (current) => current.filter((id) => id !== personId));

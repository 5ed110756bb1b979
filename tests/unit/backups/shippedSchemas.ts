/**
 * Versions 2 and 3 exactly as they shipped (team sync; KPIs). Never edit: a change is a new
 * version (docs/decisions/0003-append-only-schema.md). Tests write real databases of these
 * versions from these literal copies, so none of today's schema code is involved.
 */
export const SHIPPED_V2 = {
  orgUnits: 'id, parentId, kind',
  cycles: 'id, start, state',
  objectives: 'id, cycleId, ownerId, [cycleId+ownerId], alignedTo.id, carriedFromId',
  keyResults: 'id, objectiveId, cycleId, ownerId',
  checkIns: 'id, keyResultId, [keyResultId+at], ownerId, at',
  initiatives: 'id, keyResultId, ownerId',
  scores: 'id, cycleId, keyResultId',
  retros: 'id, cycleId, objectiveId',
  comments: 'id, objectiveId',
  votes: 'id, cycleId, objectiveId, [cycleId+voter]',
  dismissals: 'id, subjectId, ruleId',
  templates: 'id, category',
  settings: 'key',
  syncUpdates: '++seq, [docName+seq]',
  syncSnapshots: 'docName',
  syncRecords: '[table+id], docName',
  syncState: 'key',
  mergedChanges: 'id, at, [table+recordId]',
};
export const SHIPPED_V3 = {
  ...SHIPPED_V2,
  objectives: 'id, cycleId, ownerId, [cycleId+ownerId], alignedTo.id, carriedFromId, *kpiIds',
  kpis: 'id, ownerId',
  kpiCheckIns: 'id, kpiId, [kpiId+at], ownerId',
};

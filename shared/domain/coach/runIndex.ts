import { dayNumber } from '../history';
import { ORG_LEVEL } from '../org';
import type { CoachInput, CoachKeyResult, CoachObjective, CoachOrgUnit } from './types';

/** More objectives than this for one owner in a cycle is too many ("Focus on important goals"). */
export const MAX_OBJECTIVES = 5;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/** Day number of a yyyy-MM-dd date, NaN for anything else (partial data is coached too). */
export const dayOf = (iso: string | null | undefined): number =>
  typeof iso === 'string' && ISO_DAY.test(iso) ? dayNumber(iso) : NaN;

/** The run's subjects and what is known of each, by place in the input. */
export interface RunIndex {
  objectives: readonly CoachObjective[];
  keyResults: readonly CoachKeyResult[];
  /** The place of each id (the last one when an id repeats, as a map by id would keep). */
  objectiveAt: ReadonlyMap<string, number>;
  keyResultAt: ReadonlyMap<string, number>;
  /** Whether some id repeats: then facts kept by id are read at the id's place. */
  repeatedObjectives: boolean;
  repeatedKeyResults: boolean;
  /** By an id's place: its key results, its place among its owner's by rank, and a shared rank. */
  keyResultsOf: readonly CoachKeyResult[][];
  placeByRank: Int32Array;
  tied: Uint8Array;
  /** By an objective's own place: how many objectives its owner has, and the owner's unit. */
  ownerCount: Int32Array;
  ownerUnit: readonly (CoachOrgUnit | undefined)[];
  /** The places of each owner's objectives ('' for those without an owner). */
  placesByOwner: ReadonlyMap<string, readonly number[]>;
  /** By a key result's own place: its objective's place, -1 when not in the run. */
  objectiveOfKeyResult: Int32Array;
  /**
   * The places of each objective's key results, objective by objective, in input order: those
   * of the objective at place i are keyResultPlaces[keyResultStart[i] … keyResultStart[i + 1]).
   */
  keyResultStart: Int32Array;
  keyResultPlaces: Int32Array;
  /** By a key result id's place: the day of its latest check-in, NaN for none (only when tracking). */
  lastCheckIn: Float64Array;
  /** How many key results have a check-in at all. */
  checkedIn: number;
}

const byRank = (a: CoachObjective, b: CoachObjective): number =>
  (a.rank || Infinity) - (b.rank || Infinity) ||
  (a.createdAt ?? '').localeCompare(b.createdAt ?? '') ||
  a.id.localeCompare(b.id);

function placesOf(items: readonly { id: string }[]): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < items.length; i++) map.set(items[i]!.id, i);
  return map;
}

const NONE: CoachKeyResult[] = [];

export function indexRun(
  input: CoachInput,
  orgById: ReadonlyMap<string, CoachOrgUnit> | null,
  tracking: boolean,
): RunIndex & { topLevel: number } {
  const objectives = input.objectives;
  const keyResults = input.keyResults ?? [];
  const objectiveAt = placesOf(objectives);
  const keyResultAt = placesOf(keyResults);
  const repeatedObjectives = objectiveAt.size !== objectives.length;
  const repeatedKeyResults = keyResultAt.size !== keyResults.length;

  // Each key result under its objective. Key results mostly come in runs of one objective's:
  // the place found for the last one serves the next without a look-up.
  const keyResultsOf: CoachKeyResult[][] = new Array<CoachKeyResult[]>(objectives.length).fill(
    NONE,
  );
  const objectiveOfKeyResult = new Int32Array(keyResults.length);
  let lastId: string | undefined;
  let lastPlace = -1;
  for (let j = 0; j < keyResults.length; j++) {
    const id = keyResults[j]!.objectiveId;
    if (id !== lastId) {
      lastId = id;
      lastPlace = objectiveAt.get(id) ?? -1;
    }
    objectiveOfKeyResult[j] = lastPlace;
    if (lastPlace < 0) continue;
    const list = keyResultsOf[lastPlace]!;
    if (list === NONE) keyResultsOf[lastPlace] = [keyResults[j]!];
    else list.push(keyResults[j]!);
  }

  // The same, as places: counted, then laid out objective by objective.
  const keyResultStart = new Int32Array(objectives.length + 1);
  for (let j = 0; j < keyResults.length; j++) {
    const i = objectiveOfKeyResult[j]!;
    if (i >= 0) keyResultStart[i + 1] = keyResultStart[i + 1]! + 1;
  }
  for (let i = 0; i < objectives.length; i++)
    keyResultStart[i + 1] = keyResultStart[i + 1]! + keyResultStart[i]!;
  const keyResultPlaces = new Int32Array(keyResultStart[objectives.length]!);
  const next = keyResultStart.slice(0, objectives.length);
  for (let j = 0; j < keyResults.length; j++) {
    const i = objectiveOfKeyResult[j]!;
    if (i >= 0) keyResultPlaces[next[i]!] = j;
    if (i >= 0) next[i] = next[i]! + 1;
  }

  const placesByOwner = new Map<string, number[]>();
  for (let i = 0; i < objectives.length; i++) {
    const owner = objectives[i]!.ownerId ?? '';
    const places = placesByOwner.get(owner);
    if (places) places.push(i);
    else placesByOwner.set(owner, [i]);
  }
  const placeOfId = (o: CoachObjective, i: number): number =>
    repeatedObjectives ? objectiveAt.get(o.id)! : i;
  const ownerCount = new Int32Array(objectives.length);
  const ownerUnit = new Array<CoachOrgUnit | undefined>(objectives.length);
  const placeByRank = new Int32Array(objectives.length);
  const tied = new Uint8Array(objectives.length);
  let topLevel = 4;
  for (const [owner, places] of placesByOwner) {
    const unit = owner ? orgById?.get(owner) : undefined;
    if (unit) topLevel = Math.min(topLevel, ORG_LEVEL[unit.kind]);
    for (const i of places) {
      ownerCount[i] = places.length;
      ownerUnit[i] = unit;
    }
    // One objective cannot share its rank: most owners need no map of ranks.
    if (places.length > 1) {
      const firstOfRank = new Map<number, number>();
      for (const i of places) {
        const o = objectives[i]!;
        if (!o.rank) continue;
        const other = firstOfRank.get(o.rank);
        if (other === undefined) firstOfRank.set(o.rank, i);
        else tied[placeOfId(objectives[other]!, other)] = tied[placeOfId(o, i)] = 1;
      }
    }
    if (places.length > MAX_OBJECTIVES)
      places
        .slice()
        .sort((a, b) => byRank(objectives[a]!, objectives[b]!))
        .forEach((i, n) => (placeByRank[placeOfId(objectives[i]!, i)] = n + 1));
  }

  // ISO dates order as strings: keep each key result's latest as written, read it as a day once.
  // Check-ins of one key result mostly come together: the place found for the last serves.
  const latest = new Array<string | undefined>(keyResults.length);
  if (tracking) {
    let lastKr: string | undefined;
    let place = -1;
    for (const c of input.checkIns ?? []) {
      if (typeof c.at !== 'string') continue;
      if (c.keyResultId !== lastKr) {
        lastKr = c.keyResultId;
        place = keyResultAt.get(lastKr) ?? -1;
      }
      if (place < 0) continue;
      const seen = latest[place];
      if (seen === undefined || c.at > seen) latest[place] = c.at;
    }
  }
  const lastCheckIn = new Float64Array(keyResults.length).fill(NaN);
  let lastAt: string | undefined;
  let lastDay = NaN;
  for (let j = 0; j < keyResults.length; j++) {
    const at = latest[j];
    if (at === undefined) continue;
    // Many key results were last checked in on the same day: read each day once.
    if (at !== lastAt) lastDay = dayOf((lastAt = at));
    lastCheckIn[j] = lastDay;
  }
  let checkedIn = 0;
  for (let j = 0; j < keyResults.length; j++) {
    const day = lastCheckIn[repeatedKeyResults ? keyResultAt.get(keyResults[j]!.id)! : j]!;
    if (Number.isFinite(day)) checkedIn++;
  }

  return {
    objectives,
    keyResults,
    objectiveAt,
    keyResultAt,
    repeatedObjectives,
    repeatedKeyResults,
    keyResultsOf,
    placeByRank,
    tied,
    ownerCount,
    ownerUnit,
    placesByOwner,
    objectiveOfKeyResult,
    keyResultStart,
    keyResultPlaces,
    lastCheckIn,
    checkedIn,
    topLevel,
  };
}

import { describe, expect, it } from 'vitest';
import { runCoach } from '../../../shared/domain/coach';
import { planHealth, type Finding } from '../../../shared/domain/coach';
import { dayNumber } from '../../../shared/domain/coach/days';
import { planHealthByPlace } from '../../../shared/domain/coach/health';
import {
  checkInRuns,
  groupRuns,
  keyResultPass,
  latestById,
} from '../../../shared/domain/coach/indexes';
import { ownerIndexes } from '../../../shared/domain/coach/owners';
import { lineUp, once, perRecord } from '../../../shared/domain/coach/perRecord';
import { rememberLast } from '../../../shared/domain/coach/text';
import { keyResult, objective, ORG, plan } from './build';

const rec = (id: string) => ({ id });

describe('groupRuns', () => {
  it('groups by key in input order, whether or not the records come grouped', () => {
    const rows = [
      { k: 'a', n: 1 },
      { k: 'a', n: 2 },
      { k: 'b', n: 3 },
      { k: 'a', n: 4 },
    ];
    const groups = groupRuns(rows, (r) => r.k);
    expect(groups.get('a')!.map((r) => r.n)).toEqual([1, 2, 4]);
    expect(groups.get('b')!.map((r) => r.n)).toEqual([3]);
  });
});

describe('checkInRuns and latestById', () => {
  it('keeps the latest date of each run, and of each key result over its runs', () => {
    const runs = checkInRuns([
      { keyResultId: 'k1', at: '2026-07-03' },
      { keyResultId: 'k1', at: '2026-07-10' },
      { keyResultId: 'k1', at: '2026-07-05' },
      { keyResultId: 'k2', at: '2026-07-01' },
      { keyResultId: 'k1', at: '2026-07-08' },
    ]);
    expect(runs).toEqual({
      keys: ['k1', 'k2', 'k1'],
      values: ['2026-07-10', '2026-07-01', '2026-07-08'],
      days: ['2026-07-10', '2026-07-01', '2026-07-08'].map(dayNumber),
    });
    expect([...latestById(runs)]).toEqual([
      ['k1', '2026-07-10'],
      ['k2', '2026-07-01'],
    ]);
  });
});

describe('lineUp', () => {
  const records = ['a', 'b', 'c', 'd'].map(rec);
  it('gives each record its run, and records without one the default', () => {
    const runs = { keys: ['b', 'd'], values: [2, 4] };
    expect(lineUp(records, runs, 0)).toEqual([0, 2, 0, 4]);
  });
  it('gives up when the runs come in another order, repeat a record, or name a stranger', () => {
    expect(lineUp(records, { keys: ['c', 'a'], values: [3, 1] }, 0)).toBeNull();
    expect(lineUp(records, { keys: ['a', 'a'], values: [1, 1] }, 0)).toBeNull();
    expect(lineUp(records, { keys: ['a', 'x'], values: [1, 9] }, 0)).toBeNull();
  });
});

describe('perRecord', () => {
  const records = ['a', 'b', 'c'].map(rec);
  const byId = () =>
    new Map([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
  it('reads lined-up values in order, and any other read through the map', () => {
    let built = 0;
    const read = perRecord(records, [1, 2, 3], () => (built++, byId()), 0);
    expect(records.map(read)).toEqual([1, 2, 3]);
    expect(read(records[2]!)).toBe(3);
    expect(built).toBe(0);
    expect(read(records[0]!)).toBe(1);
    expect(read({ id: 'b' })).toBe(2);
    expect(read({ id: 'zz' })).toBe(0);
    expect(built).toBe(1);
  });
  it('follows reads that skip records, or go back, without the map', () => {
    const many = Array.from({ length: 50 }, (_, i) => rec(`r${i}`));
    let built = 0;
    const read = perRecord(
      many,
      many.map((_, i) => i),
      () => (built++, new Map()),
      -1,
    );
    expect([0, 5, 6, 30, 49, 2, 3, 40].map((i) => read(many[i]!))).toEqual([
      0, 5, 6, 30, 49, 2, 3, 40,
    ]);
    expect(built).toBe(0);
  });
  it('uses the map alone when nothing lined up', () => {
    const read = perRecord(records, null, byId, 0);
    expect([...records].reverse().map(read)).toEqual([3, 2, 1]);
  });
});

describe('ownerIndexes', () => {
  it('counts, ties and ranks each owner’s objectives, and finds each owner’s unit once', () => {
    const os = [
      ...[3, 1, 2, 2, 5, 0, 4].map((rank) => objective({ ownerId: 'team', rank })),
      objective({ ownerId: 'co', rank: 1 }),
      objective({ ownerId: null, rank: 1 }),
      objective({ ownerId: undefined, rank: 1 }),
    ];
    const org = new Map(ORG.map((u) => [u.id, u]));
    const { count, tied, position, unit, topLevel } = ownerIndexes(os, org);
    expect(count).toEqual([7, 7, 7, 7, 7, 7, 7, 1, 2, 2]);
    expect(tied).toEqual([false, false, true, true, false, false, false, false, true, true]);
    expect(position.slice(0, 7)).toEqual([4, 1, 2, 3, 6, 7, 5]);
    expect(position.slice(7)).toEqual([undefined, undefined, undefined]);
    expect(unit.map((u) => u?.id)).toEqual([...Array(7).fill('team'), 'co', undefined, undefined]);
    expect(topLevel).toBe(0);
  });
});

describe('keyResultPass', () => {
  it('slices consecutive key results of one objective, and lines their check-ins up', () => {
    const krs = [keyResult('o1'), keyResult('o1'), keyResult('o2')];
    const checkIns = checkInRuns([
      { keyResultId: krs[0]!.id, at: '2026-07-02' },
      { keyResultId: krs[2]!.id, at: '2026-07-03' },
    ]);
    const pass = keyResultPass(krs, checkIns);
    expect(pass.byObjective.keys).toEqual(['o1', 'o2']);
    expect(pass.byObjective.values).toEqual([krs.slice(0, 2), krs.slice(2)]);
    expect(pass.lastDays).toEqual([dayNumber('2026-07-02'), undefined, dayNumber('2026-07-03')]);
    expect(keyResultPass([...krs].reverse(), checkIns).lastDays).toBeNull();
  });
});

describe('dayNumber', () => {
  it('counts days as Date.UTC does, month ends and early years included', () => {
    for (const iso of [
      '1970-01-01',
      '2026-02-29',
      '2024-02-29',
      '2026-04-31',
      '0050-06-15',
      '9999-12-31',
    ])
      expect(dayNumber(iso)).toBe(
        Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000,
      );
    expect(dayNumber('2026-13-01')).toBeNaN();
    expect(dayNumber('soon')).toBeNaN();
  });
});

describe('planHealthByPlace', () => {
  it('scores as planHealth does when each finding names its objective by place', () => {
    const f = (objectiveId: string | null, severity: Finding['severity']): Finding => ({
      ruleId: 'r',
      severity,
      subject: { kind: 'objective', id: objectiveId ?? 'c', title: '' },
      objectiveId,
      message: '',
      fix: '',
      principle: { branch: '', leaf: '' },
    });
    const ids = ['a', 'b', 'c'];
    const findings = [
      f('a', 'warning'),
      f('b', 'error'),
      f(null, 'info'),
      f('a', 'info'),
      f('a', 'error'),
    ];
    const places = findings.map((x) => (x.objectiveId ? ids.indexOf(x.objectiveId) : -1));
    expect(planHealthByPlace(findings, places, 3)).toBe(planHealth(findings, ids));
    expect(planHealthByPlace([], [], 0)).toBe(100);
  });
});

describe('once and rememberLast', () => {
  it('makes a value once, and reads a record again only when another one comes', () => {
    let calls = 0;
    const value = once(() => ++calls);
    expect([value(), value()]).toEqual([1, 1]);
    const length = rememberLast((r: { title: string }) => (calls++, r.title.length));
    const ab = { title: 'ab' };
    expect([length(ab), length(ab), length({ title: 'abc' }), length(ab)]).toEqual([2, 2, 3, 2]);
    expect(calls).toBe(4);
  });
});

describe('the coach whatever order its records come in', () => {
  it('finds the same findings with check-ins grouped per key result or in date order', () => {
    const os = [objective({ id: 'a', rank: 1 }), objective({ id: 'b', rank: 2 })];
    const krs = os.flatMap((o) => [keyResult(o.id), keyResult(o.id)]);
    const byKr = krs.flatMap((k, i) =>
      i % 2
        ? [
            { keyResultId: k.id, at: '2026-07-20' },
            { keyResultId: k.id, at: '2026-07-02' },
          ]
        : [],
    );
    const byDate = [...byKr].sort((x, y) => (x.at < y.at ? -1 : 1));
    const run = (checkIns: typeof byKr) =>
      runCoach(plan(os, { keyResults: krs, checkIns, today: '2026-08-01' }));
    const grouped = run(byKr);
    expect(grouped.filter((f) => f.ruleId === 'not-checked-in')).toHaveLength(2);
    expect(run(byDate)).toEqual(grouped);
    expect(run([...byKr].reverse())).toEqual(grouped);
  });
});

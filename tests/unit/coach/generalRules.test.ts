import { describe, expect, it } from 'vitest';
import {
  coachKeyResult,
  coachObjective,
  readTitle,
  unreadTitles,
} from '../../../shared/domain/coach';
import { keyResult, objective } from './build';

const objectiveRules = (title: string, rule: string): string[] =>
  coachObjective(objective({ title }), { rules: [rule] }).map((f) => f.message);
const krRules = (title: string, rule: string): string[] =>
  coachKeyResult(keyResult('o', { title, kind: 'binary', start: 0, target: 1, current: 0 }), {
    rules: [rule],
  }).map((f) => f.message);

describe('objective-task-like', () => {
  it('reads like the method: work done to a thing is a task, even when it is for customers', () => {
    expect(
      objectiveRules('Resolve outages for enterprise customers', 'objective-task-like'),
    ).toEqual([expect.stringMatching(/“resolve” names an activity/)]);
    expect(objectiveRules('Finish the billing rewrite', 'objective-task-like')).toHaveLength(1);
    expect(objectiveRules('Migrate payroll to the new ledger', 'objective-task-like')).toHaveLength(
      1,
    );
  });

  it('passes an effort whose direct object is a capacity or people to grow', () => {
    expect(objectiveRules('Build a loyal community of makers', 'objective-task-like')).toEqual([]);
    expect(objectiveRules('Grow our partner pipeline in Asia', 'objective-task-like')).toEqual([]);
  });
});

describe('objective-vague', () => {
  it('reads like the method: a direction on an area, with nobody it changes things for, is vague', () => {
    expect(objectiveRules('Scale our consultancy', 'objective-vague')).toEqual([
      expect.stringMatching(/names a verb and a topic \(“consultancy”\).*for whom/),
    ]);
    expect(objectiveRules('Grow net new GMV consistently', 'objective-vague')).toHaveLength(1);
  });

  it('passes a direction that says what changes for whom', () => {
    expect(objectiveRules('Make our tenants trust the repair process', 'objective-vague')).toEqual(
      [],
    );
    expect(objectiveRules('Make clinics love scheduling', 'objective-vague')).toEqual([]);
  });

  it('flags a name with a verb-looking word in it as a topic', () => {
    expect(objectiveRules('Warehouse robotics revamp', 'objective-vague')).toEqual([
      'Objective names a topic, not a direction',
    ]);
  });
});

describe('kr-unmeasurable', () => {
  it('reads like the method: a bare name of a deliverable cannot be marked achieved', () => {
    expect(krRules('Scheduler overhaul', 'kr-unmeasurable')).toEqual([
      expect.stringMatching(/names a topic, not a result/),
    ]);
    expect(krRules('Adapters for legacy printers (Zebra, Epson)', 'kr-unmeasurable')).toHaveLength(
      1,
    );
    expect(
      krRules('Monthly founder video updates and open office hours', 'kr-unmeasurable'),
    ).toHaveLength(1);
  });

  it('passes a state said about a subject, which someone can see is true or not', () => {
    expect(krRules('The warehouse robot sorts returned parcels', 'kr-unmeasurable')).toEqual([]);
    expect(krRules('Nurses rely on the new rota app', 'kr-unmeasurable')).toEqual([]);
  });
});

describe('kr-unmeasurable: a direction or an end point', () => {
  it('reads like the method: a direction verb with no number cannot be checked', () => {
    expect(krRules('Grow repeat orders from cafés', 'kr-unmeasurable')).toEqual([
      expect.stringMatching(/“grow” says which way, not how far/),
    ]);
  });

  it('passes an end point someone can see reached, which is done or not done', () => {
    expect(krRules('Achieve ISO 27001 certification', 'kr-unmeasurable')).toEqual([]);
    expect(krRules('Win the municipal transit tender', 'kr-unmeasurable')).toEqual([]);
  });
});

describe('unreadTitles', () => {
  it('lists each title not read yet once, and none once they are read', () => {
    const fresh = `Cut parcel damage in the Leeds depot ${Date.now()}`;
    expect(unreadTitles([fresh, fresh, undefined])).toContain(fresh);
    expect(unreadTitles([fresh, fresh]).filter((t) => t === fresh)).toHaveLength(1);
    readTitle(fresh);
    expect(unreadTitles([fresh])).toEqual([]);
  });
});

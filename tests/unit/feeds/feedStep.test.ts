import { describe, expect, it } from 'vitest';
import { feedStep } from '../../../shared/feeds/feedStep';
import { readFeed } from '../../../shared/feeds/readFeed';

const spec = { kind: 'csv' as const, column: 'Uptime', reading: 'last' as const };
const feed = { ...spec, fileName: 'uptime.csv', lastValue: null, problem: null };
const file = (text: string) => new TextEncoder().encode(text);
const at = new Date('2026-11-25T08:02:00Z');

describe('feedStep', () => {
  it('turns a KPI file’s new value into a check-in that says where it came from', () => {
    const outcome = readFeed(
      file('Week,Uptime\n2026-11-23,99.7\n'),
      'uptime.csv',
      spec,
      '2026-11-25',
    );
    expect(feedStep(feed, outcome, at)).toEqual({
      kind: 'checkIn',
      value: 99.7,
      source: {
        file: 'uptime.csv',
        column: 'Uptime',
        reading: 'last',
        readAt: '2026-11-25T08:02:00.000Z',
      },
    });
  });

  it('writes nothing from a broken file, only what is wrong with it', () => {
    const outcome = readFeed(
      file('Week,Availability\n2026-11-23,99.7\n'),
      'uptime.csv',
      spec,
      '2026-11-25',
    );
    expect(feedStep(feed, outcome, at)).toEqual({
      kind: 'problem',
      message: "Column 'Uptime' is not in uptime.csv — columns are: Week, Availability",
    });
  });

  it('writes nothing when the file gives the value it gave last time, so a check-in by hand stays', () => {
    const outcome = readFeed(
      file('Week,Uptime\n2026-11-23,99.7\n'),
      'uptime.csv',
      spec,
      '2026-11-25',
    );
    expect(feedStep({ ...feed, lastValue: 99.7 }, outcome, at)).toEqual({
      kind: 'unchanged',
      clearProblem: false,
    });
    expect(
      feedStep({ ...feed, lastValue: 99.7, problem: 'uptime.csv is gone' }, outcome, at),
    ).toEqual({ kind: 'unchanged', clearProblem: true });
  });
});

import { describe, expect, it } from 'vitest';
import { hasTarget, readQuantity } from '../../../shared/domain/quantity';

describe('readQuantity', () => {
  it('reads a range as a direction with its start, target and unit', () => {
    expect(readQuantity('Improve developer NPS from 25 to 35')).toMatchObject({
      kind: 'increase',
      start: 25,
      target: 35,
    });
    expect(readQuantity('Raise availability from 96.64% to a consistent 99.95%')).toMatchObject({
      kind: 'increase',
      start: 96.64,
      target: 99.95,
      unit: '%',
    });
    expect(readQuantity('Median query time: 40 -> 10 s')).toMatchObject({
      kind: 'decrease',
      start: 40,
      target: 10,
    });
  });

  it('reads "to N" after a verb as a target in the verb’s direction', () => {
    expect(readQuantity('Decrease cost-per-lead to $230 by end of Q4.')).toMatchObject({
      kind: 'decrease',
      target: 230,
      unit: '$',
    });
    expect(readQuantity('Raise the pass rate of Level 3 to 85% including new tests')).toMatchObject(
      { kind: 'increase', target: 85, unit: '%' },
    );
  });

  it('reads comparisons as thresholds', () => {
    expect(readQuantity('Get CI queue times (p95) under 1 min')).toMatchObject({
      kind: 'stayBelow',
      target: 1,
      unit: 'min',
      threshold: true,
    });
    expect(readQuantity('Checkout p99 < 30 min')).toMatchObject({ kind: 'stayBelow', target: 30 });
    expect(readQuantity('Uptime ≥ 99.9 %')).toMatchObject({
      kind: 'stayAbove',
      target: 99.9,
      unit: '%',
      threshold: true,
    });
    expect(readQuantity('At least 4 members of the team merge 2 pull requests')).toMatchObject({
      kind: 'stayAbove',
      target: 4,
      unit: 'members',
    });
    expect(readQuantity('Fix every P1 bug within one week')).toMatchObject({
      kind: 'stayBelow',
      target: 1,
      unit: 'week',
    });
  });

  it('turns a comparison around when the sentence starts with "No"', () => {
    expect(
      readQuantity('No client inquiry takes more than one business day to get a response.'),
    ).toMatchObject({ kind: 'stayBelow', target: 1, unit: 'business day', threshold: true });
  });

  it('reads universal quantifiers as thresholds', () => {
    expect(readQuantity('Root layer scrolling passing all unit tests.')).toMatchObject({
      kind: 'stayAbove',
      target: 100,
      unit: '%',
      threshold: true,
    });
    expect(readQuantity('Training delivered to 100% of PSEs.')).toMatchObject({
      target: 100,
      unit: '%',
      threshold: true,
    });
    expect(readQuantity('Zero open security incidents')).toMatchObject({
      kind: 'stayBelow',
      target: 0,
      threshold: true,
    });
  });

  it('reads thousands, millions and a start stated aside', () => {
    expect(readQuantity('200k views per 30 days of articles (current is 125k)')).toMatchObject({
      kind: 'increase',
      start: 125_000,
      target: 200_000,
      unit: 'views',
    });
    expect(readQuantity('Minimum $2m spent on digital demand gen')).toMatchObject({
      kind: 'stayAbove',
      target: 2_000_000,
      unit: '$',
    });
    expect(readQuantity('Certify 1,000 team members')).toMatchObject({ target: 1000 });
  });

  it('takes the counted noun for the unit, stopping at the verb', () => {
    expect(readQuantity('1 post hits top 5 in Hacker News')).toMatchObject({
      target: 1,
      unit: 'post',
    });
    expect(readQuantity('Run 10 new customer onboarding workshops.').unit).toBe(
      'new customer onboarding workshops',
    );
  });

  it('reads relative changes and factors', () => {
    expect(readQuantity('Increase number of active contributors by 3%')).toMatchObject({
      kind: 'increase',
      target: 3,
      unit: '%',
      relative: true,
    });
    expect(readQuantity('Double lead flow from key alliance partners.')).toMatchObject({
      kind: 'increase',
      start: 1,
      target: 2,
      unit: '×',
    });
    expect(readQuantity('Effective SKO planning before the early Feb 2020 event').target).toBe(
      undefined,
    );
    expect(readQuantity('Speed up complex text by a factor of 2.')).toMatchObject({
      kind: 'increase',
      target: 2,
      unit: '×',
    });
  });

  it('does not take a year, quarter, version, priority, segment or scope for a target', () => {
    for (const text of [
      'Build strong FY21 pipeline.',
      'Ship the v2 API in Q3',
      'Scale gracefully to 500+ members',
      'Reach 5k+ users segment with the new plan',
      'Document the top 5 Jobs to be Done',
      'Fix all P0/P1 bugs by 2020-04-02',
      'Launch by end 2025',
      'Release 0.5.0 to the community',
      'Improve availability of bottom three services',
    ]) {
      const q = readQuantity(text);
      expect(q.target === undefined || q.target === 100, text).toBe(true);
      expect(q.names.length, text).toBeGreaterThan(0);
    }
  });

  it('does not take placeholders for targets', () => {
    for (const text of [
      'Grow backend maintainers from X to Y',
      '??% of interviews are with female candidates.',
      'Reach TBD active users',
      'Have at least X positions open',
    ]) {
      const q = readQuantity(text);
      expect(q.placeholder, text).toBe(true);
      expect(q.target, text).toBeUndefined();
      expect(hasTarget(q), text).toBe(false);
    }
  });

  it('knows a target kept off the page', () => {
    for (const text of [
      'Improve CJK vertical text support \\[redacted, internal metric\\].',
      'Grow revenue to $N',
      'Meet first order SAO and new logo goals.',
      'Reach N0 MAU (see latest)',
    ]) {
      const q = readQuantity(text);
      expect(q.redacted, text).toBe(true);
      expect(hasTarget(q), text).toBe(true);
    }
  });

  it('marks counts of outputs as tasks, and counts of people or rates as outcomes', () => {
    expect(readQuantity('Publish 5 blog posts with key projects').countedOutputs).toBe(true);
    expect(readQuantity('20 case studies added to our repository').countedOutputs).toBe(true);
    expect(readQuantity('Upstream 75% of our flexbox tests to w3c.').countedOutputs).toBe(true);
    expect(readQuantity('Add and retain 5 members to the committee').countedOutputs).toBeFalsy();
    expect(readQuantity('Create processes to achieve 95% SLA').countedOutputs).toBeFalsy();
    expect(readQuantity('Increase signups from 10 to 20').countedOutputs).toBeFalsy();
  });

  it('finds no quantity in words alone, and never throws', () => {
    expect(readQuantity('Make progress on text autosizing spec')).toMatchObject({ kind: null });
    expect(readQuantity('Reduce forced layouts for one common trigger.').target).toBeUndefined();
    for (const t of ['', '%%%', '$', '1e999', '→ →', '\u202e\u0000 12']) readQuantity(t);
  });
});

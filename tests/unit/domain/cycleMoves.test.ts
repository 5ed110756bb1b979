import { describe, expect, it } from 'vitest';
import {
  cycleMoveRefusal,
  describeCycleMove,
  previousCycleState,
} from '../../../shared/domain/cycleMoves';

const q4 = { name: 'Q4 2026', start: '2026-10-01', end: '2026-12-31' };

describe('previousCycleState', () => {
  it('steps back review → active → planning, and nowhere from planning or closed', () => {
    expect(previousCycleState('review')).toBe('active');
    expect(previousCycleState('active')).toBe('planning');
    expect(previousCycleState('planning')).toBeNull();
    expect(previousCycleState('closed')).toBeNull();
  });
});

describe('cycleMoveRefusal', () => {
  it('allows one step on or one step back', () => {
    expect(cycleMoveRefusal({ ...q4, state: 'planning' }, 'active')).toBeNull();
    expect(cycleMoveRefusal({ ...q4, state: 'active' }, 'review')).toBeNull();
    expect(cycleMoveRefusal({ ...q4, state: 'review' }, 'active')).toBeNull();
    expect(cycleMoveRefusal({ ...q4, state: 'active' }, 'planning')).toBeNull();
  });
  it('leaves closing to its own dialog and never reopens a closed cycle', () => {
    expect(cycleMoveRefusal({ ...q4, state: 'review' }, 'closed')).toMatch(
      /Close cycle and carry over/,
    );
    expect(cycleMoveRefusal({ ...q4, state: 'closed' }, 'review')).toBe(
      'Q4 2026 is closed and cannot change',
    );
  });
  it('refuses a jump of two steps and a move to where it already is', () => {
    expect(cycleMoveRefusal({ ...q4, state: 'planning' }, 'review')).toMatch(/one step/);
    expect(cycleMoveRefusal({ ...q4, state: 'active' }, 'active')).toBe(
      'Q4 2026 is already active',
    );
  });
});

describe('describeCycleMove', () => {
  it('says how many days are left when review starts early and that tracking stops', () => {
    const text = describeCycleMove({ ...q4, state: 'active' }, 'review', '2026-12-05');
    expect(text.title).toBe('Move Q4 2026 to Review');
    expect(text.summary).toBe('Q4 2026 moves to Review with 27 days left.');
    expect(text.consequences.join(' ')).toMatch(/Staleness flags stop/);
    expect(text.consequences.join(' ')).toMatch(/Score each key result/);
    expect(text.confirm).toBe('Move to Review');
    expect(text.undone).toBe('Q4 2026 is active again');
  });
  it('says a cycle taken back from review is "in review" again, not "review"', () => {
    const text = describeCycleMove({ ...q4, state: 'review' }, 'active', '2026-12-05');
    expect(text.undone).toBe('Q4 2026 is in review again');
  });
  it('says "1 day left", not "1 days"', () => {
    const text = describeCycleMove({ ...q4, state: 'active' }, 'review', '2026-12-31');
    expect(text.summary).toBe('Q4 2026 moves to Review with 1 day left.');
  });
  it('names the stale-after setting when a cycle becomes active', () => {
    const text = describeCycleMove(
      { ...q4, state: 'planning' },
      'active',
      '2026-09-20',
      10,
      'en-GB',
    );
    expect(text.summary).toBe('Q4 2026 becomes active before it starts on 1 Oct 2026.');
    expect(text.consequences[0]).toBe(
      'Check-ins start to count: a key result without a check-in for 10 days is flagged Stale.',
    );
  });
  it('words a step back as a return, keeping what was written', () => {
    const text = describeCycleMove({ ...q4, state: 'review' }, 'active', '2026-12-05');
    expect(text.title).toBe('Move Q4 2026 back to Active');
    expect(text.confirm).toBe('Move back to Active');
    expect(text.consequences.join(' ')).toMatch(/Staleness flags return/);
    expect(text.consequences.join(' ')).toMatch(
      /Scores and retrospectives already written are kept/,
    );
  });
  it('writes the date in the reader’s locale', () => {
    const text = describeCycleMove({ ...q4, state: 'active' }, 'review', '2027-01-04', 10, 'en-US');
    expect(text.summary).toBe('Q4 2026 moves to Review; its last day, Dec 31, 2026, has passed.');
  });
  it('says when the last day has passed', () => {
    const text = describeCycleMove({ ...q4, state: 'active' }, 'review', '2027-01-04', 10, 'en-GB');
    expect(text.summary).toBe('Q4 2026 moves to Review; its last day, 31 Dec 2026, has passed.');
  });
});

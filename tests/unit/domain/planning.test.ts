import { describe, expect, it } from 'vitest';
import {
  breakTie,
  inShownOrder,
  isOutOfVoteOrder,
  voteOrder,
} from '../../../shared/domain/planning';

const proposals = [
  { id: 'a', createdAt: '2026-09-01T09:00:00Z' },
  { id: 'b', createdAt: '2026-09-02T09:00:00Z' },
  { id: 'c', createdAt: '2026-09-03T09:00:00Z' },
];
const vote = (objectiveId: string, dots = 1, voter = 'Ana') => ({ objectiveId, voter, dots });

describe('voteOrder', () => {
  it('puts the most dots first and the oldest first among equals', () => {
    const order = voteOrder(proposals, [vote('c', 2), vote('b')]);
    expect(order.map((p) => [p.id, p.dots])).toEqual([
      ['c', 2],
      ['b', 1],
      ['a', 0],
    ]);
  });

  it('marks no tie before anyone has voted', () => {
    expect(voteOrder(proposals, []).some((p) => p.tied)).toBe(false);
  });

  it('marks a tie only between proposals with the same dots, at least one each', () => {
    const order = voteOrder(proposals, [vote('a'), vote('b', 1, 'Tomás')]);
    expect(order.map((p) => [p.id, p.tied])).toEqual([
      ['a', true],
      ['b', true],
      ['c', false],
    ]);
  });

  it('follows the order set by hand within a tie', () => {
    const votes = [vote('a'), vote('b', 1, 'Tomás')];
    const hand = breakTie(voteOrder(proposals, votes), 'b', -1)!;
    expect(voteOrder(proposals, votes, hand).map((p) => p.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('inShownOrder', () => {
  it('keeps the rows where they were while dots are added', () => {
    const shown = voteOrder(proposals, []).map((p) => p.id);
    const now = voteOrder(proposals, [vote('c', 2)]);
    const rows = inShownOrder(shown, now);
    expect(rows.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(rows.find((p) => p.id === 'c')!.dots).toBe(2);
    expect(isOutOfVoteOrder(rows, now)).toBe(true);
  });

  it('adds a new proposal at the end and drops a withdrawn one', () => {
    const now = voteOrder([...proposals.slice(1), { id: 'd', createdAt: '2026-09-04' }], []);
    expect(inShownOrder(['a', 'b', 'c'], now).map((p) => p.id)).toEqual(['b', 'c', 'd']);
  });

  it('is in vote order again once sorted', () => {
    const now = voteOrder(proposals, [vote('c', 2)]);
    const rows = inShownOrder(
      now.map((p) => p.id),
      now,
    );
    expect(isOutOfVoteOrder(rows, now)).toBe(false);
  });
});

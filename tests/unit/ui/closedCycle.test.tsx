// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Cycle } from '../../../shared/domain/model';
import { CycleHeader } from '../../../renderer/src/features/cycles/CycleHeader';
import { ObjectiveCard } from '../../../renderer/src/features/objectives/ObjectiveCard';
import { objectiveRow } from '../../../renderer/src/features/objectives/useObjectiveRows';
import { keyResult, objective } from '../map/fixtures';

afterEach(cleanup);

const cycle = (state: Cycle['state']): Cycle => ({
  id: 'q1',
  name: 'Q4 2026',
  kind: 'quarter',
  start: '2026-10-01',
  end: '2026-12-31',
  state,
  ownerId: 'acme',
  createdAt: '2026-09-01T00:00:00.000Z',
  updatedAt: '2026-09-01T00:00:00.000Z',
});

function card(state: Cycle['state']) {
  const o = objective('o1', 'acme', null, { title: 'Make search fast' });
  // 20 % two days before the end: off track while it runs, red once closed.
  const kr = keyResult('k1', 'o1', { title: 'Queries under a second', current: 2 });
  const c = cycle(state);
  const row = objectiveRow(
    o,
    [kr],
    new Map([['k1', { values: [2], lastAt: '2026-12-20', finalScore: null }]]),
    { cycle: c, today: '2026-12-29' },
  );
  render(
    <ObjectiveCard
      row={row}
      cycle={c}
      index={0}
      count={2}
      selected={false}
      onOpen={() => {}}
      onMove={() => {}}
    />,
  );
}

describe('a closed cycle reads closed', () => {
  it('offers no reorder on its objectives and shows the final band', () => {
    card('active');
    expect(screen.getByRole('button', { name: 'Move “Make search fast” down' })).toBeTruthy();
    expect(screen.getByText('Off track')).toBeTruthy();
    cleanup();
    card('closed');
    expect(screen.queryByRole('button', { name: /^Move “Make search fast”/ })).toBeNull();
    expect(
      screen.getByRole('listitem', { name: 'Make search fast' }).getAttribute('draggable'),
    ).toBe('false');
    expect(screen.getByText('Final: red')).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'Progress of Make search fast' });
    expect(bar.querySelector('.progress__fill')?.className).toContain('status--red');
  });

  it('says closed in the sidebar, with no days left or time elapsed', () => {
    render(<CycleHeader cycle={cycle('closed')} today={new Date('2026-12-29T10:00:00')} />);
    expect(screen.getByText('Closed — read-only')).toBeTruthy();
    expect(screen.queryByText(/days? left/)).toBeNull();
    expect(screen.queryByRole('meter', { name: 'Time elapsed' })).toBeNull();
  });
});

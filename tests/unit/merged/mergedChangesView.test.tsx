// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/schema';
import { createObjective } from '../../../renderer/src/db/commands/objectives';
import { addOrgUnit } from '../../../renderer/src/db/commands/org';
import { enableTeamSync } from '../../../renderer/src/db/sync/teamSync';
import { MergedChangesView } from '../../../renderer/src/features/merged/MergedChangesView';
import { Sidebar } from '../../../renderer/src/shell/Sidebar';
import { useUi } from '../../../renderer/src/store/ui';
import { freshWorkspace } from '../db/helpers';

afterEach(cleanup);

/** A team workspace where Mei's title overwrote mine while we were both offline. */
async function overwrittenTitle() {
  const { company, meId, cycle } = await freshWorkspace();
  const mei = await addOrgUnit('person', 'Mei Tanaka', company.id);
  const o = await createObjective({ title: 'Grow profit', ownerId: meId, cycleId: cycle.id });
  await enableTeamSync(db, { memberId: meId });
  await db.mergedChanges.add({
    id: 'merged-1',
    kind: 'field',
    docName: `unit/${meId}/${cycle.id}`,
    table: 'objectives',
    recordId: o.id,
    field: 'title',
    yours: 'Grow revenue',
    theirs: 'Grow profit',
    who: mei.id,
    at: '2026-11-24T09:30:00.000Z',
    resolvedAt: null,
  });
  return { o, company };
}

beforeEach(() => useUi.setState({ toasts: [], undoStack: [] }));

describe('the Merged changes view', () => {
  it('says what it is for when nothing waits', async () => {
    await freshWorkspace();
    render(<MergedChangesView />);
    expect(await screen.findByText(/a teammate’s edit overwrites one of yours/)).toBeTruthy();
  });

  it('shows yours, theirs and who, and Keep mine puts my title back for everyone', async () => {
    const { o } = await overwrittenTitle();
    render(<MergedChangesView />);
    const entry = await screen.findByRole('listitem', { name: /Objective “Grow profit”/ });
    expect(within(entry).getByText('Grow revenue')).toBeTruthy();
    expect(within(entry).getByText(/Changed by Mei Tanaka/)).toBeTruthy();

    fireEvent.click(within(entry).getByRole('button', { name: 'Keep mine' }));
    await waitFor(async () => expect((await db.objectives.get(o.id))!.title).toBe('Grow revenue'));
    expect(await screen.findByText('Nothing to look at.')).toBeTruthy();
    expect(useUi.getState().toasts.map((t) => t.text)).toEqual(['Kept your objective title']);

    // Undo gives theirs back and the entry returns.
    await useUi.getState().toasts[0]!.undo!.undo();
    await waitFor(async () => expect((await db.objectives.get(o.id))!.title).toBe('Grow profit'));
    expect(await screen.findByRole('button', { name: 'Keep mine' })).toBeTruthy();
  });

  it('refuses Keep mine with a message when the record changed so mine no longer fits', async () => {
    const { o } = await overwrittenTitle();
    await db.mergedChanges.update('merged-1', { yours: '' });
    render(<MergedChangesView />);
    fireEvent.click(await screen.findByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(useUi.getState().toasts).toHaveLength(1));
    expect(useUi.getState().toasts[0]!.tone).toBe('error');
    expect((await db.objectives.get(o.id))!.title).toBe('Grow profit');
    expect(screen.getByRole('button', { name: 'Keep mine' })).toBeTruthy();
  });

  it('lists a repair under Needs attention with its message, and Dismiss takes it away', async () => {
    const { o } = await overwrittenTitle();
    await db.mergedChanges.update('merged-1', {
      kind: 'structure',
      field: 'alignedTo',
      message: 'Broke an alignment loop: “Grow profit” no longer aligns to “Ship”',
    });
    render(<MergedChangesView />);
    const attention = await screen.findByRole('region', { name: 'Needs attention' });
    expect(within(attention).getByText(/Broke an alignment loop/)).toBeTruthy();
    expect(within(attention).queryByRole('button', { name: 'Keep mine' })).toBeNull();
    fireEvent.click(within(attention).getByRole('button', { name: 'Dismiss' }));
    expect(await screen.findByText('Nothing to look at.')).toBeTruthy();
    expect((await db.objectives.get(o.id))!.title).toBe('Grow profit');
  });
});

describe('the sidebar’s Merged changes item', () => {
  it('is not offered in a personal workspace', async () => {
    await freshWorkspace();
    render(<Sidebar />);
    await screen.findByRole('button', { name: 'Objectives' });
    expect(screen.queryByRole('button', { name: /Merged changes/ })).toBeNull();
  });

  it('shows in a team workspace with the count of what waits', async () => {
    await overwrittenTitle();
    render(<Sidebar />);
    expect(
      await screen.findByRole('button', { name: /^Merged changes\W+1 waiting$/ }),
    ).toBeTruthy();
    await db.mergedChanges.update('merged-1', { resolvedAt: '2026-11-24T10:00:00.000Z' });
    expect(await screen.findByRole('button', { name: 'Merged changes' })).toBeTruthy();
  });
});

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/schema';
import { createObjective } from '../../../renderer/src/db/commands/objectives';
import { enableTeamSync } from '../../../renderer/src/db/sync/teamSync';
import { ObjectiveCard } from '../../../renderer/src/features/objectives/ObjectiveCard';
import { PrivateSwitch } from '../../../renderer/src/features/objectives/PrivateSwitch';
import { useIsTeamWorkspace } from '../../../renderer/src/features/useTeamWorkspace';
import { objectiveRow } from '../../../renderer/src/features/objectives/useObjectiveRows';
import { performUndo, useUi } from '../../../renderer/src/store/ui';
import { freshWorkspace } from '../db/helpers';

afterEach(cleanup);
beforeEach(() => useUi.setState({ toasts: [], undoStack: [] }));

async function quietPlan(team: boolean) {
  const { meId, cycle } = await freshWorkspace();
  const o = await createObjective({ title: 'Quiet plan', ownerId: meId, cycleId: cycle.id });
  if (team) await enableTeamSync(db, { memberId: meId });
  return { o, cycle };
}

describe('the Private switch', () => {
  it('is not offered in a personal workspace', async () => {
    const { o } = await quietPlan(false);
    // Shown beside the switch: once it says "personal", the switch has read the workspace too.
    const Workspace = () => {
      const team = useIsTeamWorkspace();
      return <p>{team === undefined ? 'reading' : team ? 'team' : 'personal'}</p>;
    };
    render(
      <>
        <PrivateSwitch objective={o} />
        <Workspace />
      </>,
    );
    await screen.findByText('personal');
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('keeps a team objective on this computer, and Undo shares it again', async () => {
    const { o } = await quietPlan(true);
    render(<PrivateSwitch objective={o} />);
    const sw = await screen.findByRole('switch', { name: /Private — stays on this computer/ });
    expect((sw as HTMLInputElement).checked).toBe(false);
    fireEvent.click(sw);
    await waitFor(async () => expect((await db.objectives.get(o.id))!.private).toBe(true));
    expect(useUi.getState().toasts.map((t) => t.text)).toEqual([
      '“Quiet plan” stays on this computer',
    ]);
    await performUndo(useUi.getState().popUndo()!);
    expect((await db.objectives.get(o.id))!.private).toBe(false);
  });
});

describe('a private objective in the list', () => {
  it('carries a lock', async () => {
    const { o, cycle } = await quietPlan(true);
    const card = (objective: typeof o) =>
      render(
        <ObjectiveCard
          row={objectiveRow(objective, [], new Map(), { cycle, today: '2026-11-25' })}
          cycle={cycle}
          index={0}
          count={1}
          selected={false}
          onOpen={() => {}}
          onMove={() => {}}
        />,
      );
    card(o);
    expect(screen.queryByRole('img', { name: 'Private — stays on this computer' })).toBeNull();
    cleanup();
    card({ ...o, private: true });
    expect(screen.getByRole('img', { name: 'Private — stays on this computer' })).toBeTruthy();
  });
});

// @vitest-environment happy-dom
/**
 * A `.cairn.json` pushed by the desktop host (opened from the file manager) goes through the
 * same check and confirmation as "Restore from file…": nothing is written until the person
 * confirms (issue 18).
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureText } from './helpers';

const fake = vi.hoisted(() => ({
  listAutoBackups: vi.fn(async () => []),
  appInfo: vi.fn(async () => ({
    name: 'Cairn',
    version: '0.1.0',
    platform: 'linux',
    host: 'electron',
  })),
}));
vi.mock('../../../renderer/src/host', () => ({ host: fake }));

import { BackupsView } from '../../../renderer/src/features/backups/BackupsView';
import { openBackupFromHost } from '../../../renderer/src/features/backups/flows';
import { db } from '../../../renderer/src/db/schema';
import { useUi } from '../../../renderer/src/store/ui';

afterEach(() => {
  cleanup();
  useUi.setState({ pendingRestore: null, refused: null });
});

describe('openBackupFromHost', () => {
  it('shows Backups & import with the restore confirmation for the opened file, and writes nothing', async () => {
    useUi.getState().setView('objectives');
    await openBackupFromHost({ name: 'Q4 plan.cairn.json', content: fixtureText() });
    expect(useUi.getState().view).toBe('backups');
    render(<BackupsView />);
    const dialog = await screen.findByRole('dialog', { name: 'Replace the workspace?' });
    expect(dialog.textContent).toContain('Restore the file Q4 plan.cairn.json');
    expect(
      within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Replace workspace' }).disabled,
    ).toBe(false);
    expect(await db.objectives.count()).toBe(0);
  });

  it('refuses a file that is not a sound backup, naming it, and writes nothing', async () => {
    await openBackupFromHost({ name: 'broken.cairn.json', content: '{"format":"cairn-backup"' });
    render(<BackupsView />);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(
      screen.getByRole('alert', { name: /Cairn cannot restore the file broken\.cairn\.json/ }),
    ).toBeTruthy();
    expect(await db.objectives.count()).toBe(0);
  });
});

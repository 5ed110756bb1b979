// @vitest-environment happy-dom
/**
 * Settings › Host a team on this computer, as a person uses it: start on a port, see the
 * address to give teammates and the encryption caveat, invite a person of the tree, stop.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostingStatus } from '../../../shared/host';

const fake = vi.hoisted(() => ({
  hostTeam: { invite: vi.fn(async (personId: string) => ({ personId, code: 'KIMCODE' })) },
}));
vi.mock('../../../renderer/src/host', () => ({ host: fake }));

import { HostingPanel } from '../../../renderer/src/features/hosting/HostingPanel';
import type { Hosting } from '../../../renderer/src/features/hosting/useHosting';
import { db } from '../../../renderer/src/db/schema';

afterEach(cleanup);

const stopped: HostingStatus = {
  state: 'stopped',
  port: 1234,
  addresses: [],
  localUrl: null,
  members: 0,
  leftOn: false,
  problem: null,
};
const running: HostingStatus = {
  ...stopped,
  state: 'running',
  addresses: ['ws://192.168.1.20:1234'],
  localUrl: 'ws://127.0.0.1:1234',
  members: 2,
  leftOn: true,
};

function hosting(status: HostingStatus): Hosting {
  return { status, busy: false, start: vi.fn(async () => {}), stop: vi.fn(async () => {}) };
}

describe('Host a team on this computer', () => {
  it('starts on the port the person gives, and refuses one it cannot use', () => {
    const h = hosting(stopped);
    render(<HostingPanel hosting={h} />);
    expect(screen.getByRole('status').textContent).toBe('Not hosting.');
    const port = screen.getByLabelText('Port');
    fireEvent.change(port, { target: { value: '80' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start hosting' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'The port must be a whole number between 1024 and 65535.',
    );
    expect(h.start).not.toHaveBeenCalled();
    fireEvent.change(port, { target: { value: '4300' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start hosting' }));
    expect(h.start).toHaveBeenCalledWith({ port: 4300 });
  });

  it('shows the address teammates enter and that it is unencrypted, and stops', () => {
    const h = hosting(running);
    render(<HostingPanel hosting={h} />);
    expect(screen.getByRole('status').textContent).toBe(
      'Hosting on port 1234 · 2 members invited.',
    );
    expect(screen.getByRole('list', { name: 'Addresses for teammates' }).textContent).toBe(
      'ws://192.168.1.20:1234',
    );
    expect(screen.getByText(/not encrypted/).textContent).toContain('never on public Wi-Fi');
    expect(screen.getByText(/firewall/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Stop hosting' }));
    expect(h.stop).toHaveBeenCalled();
  });

  it('says why a crash stopped it', () => {
    render(
      <HostingPanel
        hosting={hosting({
          ...stopped,
          state: 'failed',
          leftOn: true,
          problem: 'The team server stopped unexpectedly (exit code 1).',
        })}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe(
      'The team server stopped unexpectedly (exit code 1).',
    );
    expect(screen.getByRole('button', { name: 'Start hosting' })).toBeTruthy();
  });

  it('makes an invite for a person of the tree, ready to copy', async () => {
    await db.orgUnits.bulkAdd([
      { id: 'acme', kind: 'company', name: 'Acme', parentId: null, createdAt: 'x', updatedAt: 'x' },
      { id: 'kim', kind: 'person', name: 'Kim', parentId: 'acme', createdAt: 'x', updatedAt: 'x' },
    ]);
    render(<HostingPanel hosting={hosting(running)} />);
    const person = await screen.findByLabelText('Person');
    fireEvent.change(person, { target: { value: 'kim' } });
    fireEvent.click(screen.getByRole('button', { name: 'Make an invite' }));
    const text = (await screen.findByLabelText('Invite for Kim')) as HTMLTextAreaElement;
    expect(fake.hostTeam.invite).toHaveBeenCalledWith('kim');
    expect(text.value).toContain('Server address: ws://192.168.1.20:1234');
    expect(text.value).toContain('Invite code: KIMCODE');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Copy invite' })).toBeTruthy());
  });
});

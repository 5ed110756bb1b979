/**
 * Share this workspace with "Host on this computer": hosting starts with the person as admin,
 * then the workspace is shared to this computer's address with that invite.
 */
import { describe, expect, it, vi } from 'vitest';
import type { HostingStatus, HostStartResult } from '../../../shared/host';
import type { CairnDb } from '../../../renderer/src/db/schema';
import { shareToThisComputer } from '../../../renderer/src/workspaces/hostedShare';

const CODE = '7G2KQ-M4XRA-8P3WD-0ZT5N-CF6YB';
const stopped: HostingStatus = {
  state: 'stopped',
  port: 1234,
  addresses: [],
  localUrl: null,
  members: 0,
  leftOn: false,
  problem: null,
};
const running: HostStartResult = {
  ...stopped,
  state: 'running',
  addresses: ['ws://192.168.1.20:1234'],
  localUrl: 'ws://127.0.0.1:1234',
  members: 1,
  leftOn: true,
  adminInvite: CODE,
};
const source = {} as CairnDb;

function deps(start: HostStartResult, before: HostingStatus = stopped, shared = true) {
  return {
    hostTeam: {
      status: vi.fn(async () => before),
      start: vi.fn(async () => start),
      stop: vi.fn(async () => stopped),
    },
    share: vi.fn(async () =>
      shared
        ? ({ ok: true, workspace: { id: 'w', name: 'Acme', kind: 'team', dbName: 'x' } } as const)
        : ({ ok: false, message: 'The server refused the upload.' } as const),
    ),
  };
}

describe('shareToThisComputer', () => {
  it('hosts with the person as admin and shares to this computer with their invite', async () => {
    const d = deps(running);
    expect((await shareToThisComputer(source, 'Acme', 'sam', d)).ok).toBe(true);
    expect(d.hostTeam.start).toHaveBeenCalledWith({ adminPersonId: 'sam' });
    expect(d.share).toHaveBeenCalledWith(source, {
      name: 'Acme',
      serverUrl: 'ws://127.0.0.1:1234',
      inviteCode: CODE,
    });
  });

  it('says why when hosting does not start, and shares nothing', async () => {
    const problem =
      'Port 1234 is already in use on this computer: stop what uses it, or choose another port.';
    const d = deps({ ...stopped, state: 'failed', problem });
    expect(await shareToThisComputer(source, 'Acme', 'sam', d)).toEqual({
      ok: false,
      message: problem,
    });
    expect(d.share).not.toHaveBeenCalled();
  });

  it('stops a server it started when the share fails, but not one that was already hosting', async () => {
    const fresh = deps(running, stopped, false);
    expect(await shareToThisComputer(source, 'Acme', 'sam', fresh)).toEqual({
      ok: false,
      message: 'The server refused the upload.',
    });
    expect(fresh.hostTeam.stop).toHaveBeenCalled();

    const already = deps(running, running, false);
    await shareToThisComputer(source, 'Acme', 'sam', already);
    expect(already.hostTeam.stop).not.toHaveBeenCalled();
  });
});

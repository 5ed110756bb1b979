import { describe, expect, it } from 'vitest';
import { checkServerAddress } from '../../../shared/sync/serverAddress';
import { checkTeamForm } from '../../../shared/sync/teamForm';
import { defaultWorkspaceList } from '../../../shared/workspaces';

const message = (text: string, allow = false) => {
  const r = checkServerAddress(text, allow);
  return r.ok ? null : r.message;
};

describe('checkServerAddress', () => {
  it('accepts wss:// to any server, as written', () => {
    expect(checkServerAddress('  wss://team.example.org ')).toEqual({
      ok: true,
      url: 'wss://team.example.org',
      encrypted: true,
    });
    expect(checkServerAddress('wss://10.0.0.5:1234/cairn')).toMatchObject({
      ok: true,
      url: 'wss://10.0.0.5:1234/cairn',
    });
  });

  it('accepts plain ws:// to this computer only', () => {
    for (const a of ['ws://localhost:1234', 'ws://127.0.0.1:1234', 'ws://[::1]:1234'])
      expect(checkServerAddress(a), a).toMatchObject({ ok: true, encrypted: false });
  });

  it('refuses plain ws:// to another computer, naming the risk, unless the person accepts it', () => {
    const r = checkServerAddress('ws://192.168.1.20:1234');
    expect(r).toMatchObject({ ok: false, needsUnencryptedConsent: true });
    expect(message('ws://192.168.1.20:1234')).toMatch(/not encrypted.*invite code/);
    expect(checkServerAddress('ws://192.168.1.20:1234', true)).toMatchObject({
      ok: true,
      encrypted: false,
    });
  });

  it('explains what a server address looks like when it is not one', () => {
    expect(message('')).toMatch(/Enter the team server's address/);
    expect(message('team.example.org')).toMatch(/must start with wss:\/\//);
    expect(message('https://team.example.org')).toMatch(/starts with wss:\/\/.*not https:/);
    expect(message('ftp://team.example.org')).toMatch(/must start with wss:\/\//);
    expect(message('wss://bob:secret@team.example.org')).toMatch(/user name and password/);
    expect(message('wss://team.example.org/?token=x')).toMatch(/must not end in \?/);
  });

  it('never lets the tick excuse an address that is not a server', () => {
    expect(message('https://team.example.org', true)).toMatch(/not https:/);
  });
});

describe('checkTeamForm', () => {
  const list = defaultWorkspaceList();
  const form = {
    name: 'Acme',
    serverAddress: 'wss://team.example.org',
    allowUnencrypted: false,
    inviteCode: '7g2kq m4xra 8p3wd 0zt5n cf6yb',
  };

  it('gives the address and the code in their canonical form', () => {
    expect(checkTeamForm(form, list)).toEqual({
      ok: true,
      name: 'Acme',
      serverUrl: 'wss://team.example.org',
      inviteCode: '7G2KQM4XRA8P3WD0ZT5NCF6YB',
    });
  });

  it('names every field that is wrong at once', () => {
    const r = checkTeamForm(
      {
        name: 'personal',
        serverAddress: 'ws://10.1.1.1',
        allowUnencrypted: false,
        inviteCode: 'abc',
      },
      list,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.name).toMatch(/already a workspace named "personal"/);
    expect(r.errors.serverAddress).toMatch(/not encrypted/);
    expect(r.errors.inviteCode).toMatch(/not an invite code/);
    expect(r.needsUnencryptedConsent).toBe(true);
  });

  it('asks for a code that is missing', () => {
    const r = checkTeamForm({ ...form, inviteCode: '  ' }, list);
    expect(!r.ok && r.errors.inviteCode).toMatch(/Enter the invite code/);
  });
});

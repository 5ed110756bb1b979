/**
 * Opening a `.cairn.json` from the system (issue 18): main, with `electron` mocked, reads the
 * file it was asked to open (launch argv, a second launch, macOS `open-file`) and sends it to
 * the window once the window exists; anything that is not a regular backup file in the size
 * limit is ignored.
 */
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { MAX_OPEN_BYTES } from '../../../shared/fileLimits';
import { HOST_CHANNELS } from '../../../shared/host';

const m = vi.hoisted(() => {
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((r) => (resolveReady = r));
  return {
    ready,
    resolveReady: () => resolveReady(),
    appHandlers: {} as Record<string, (...a: unknown[]) => void>,
    windows: [] as unknown[],
    sent: [] as { channel: string; payload: unknown }[],
    calls: [] as string[],
    minimized: false,
    userData: '',
  };
});

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {
      on: () => {},
      setWindowOpenHandler: () => {},
      send: (channel: string, payload: unknown) => void m.sent.push({ channel, payload }),
    };
    constructor() {
      m.windows.push(this);
    }
    static getAllWindows = () => m.windows;
    static getFocusedWindow = () => m.windows[0] ?? null;
    maximize() {}
    once() {}
    on() {}
    show() {}
    isMinimized = () => m.minimized;
    restore = () => void m.calls.push('restore');
    focus = () => void m.calls.push('focus');
    async loadURL() {}
  }
  return {
    app: {
      requestSingleInstanceLock: () => true,
      quit: vi.fn(),
      on: (name: string, fn: (...a: unknown[]) => void) => void (m.appHandlers[name] = fn),
      whenReady: () => m.ready,
      getPath: () => m.userData,
      getVersion: () => '0.1.0',
      isPackaged: false,
    },
    BrowserWindow,
    Menu: { setApplicationMenu: () => {}, buildFromTemplate: (t: unknown) => t },
    ipcMain: { handle: () => {} },
    protocol: { registerSchemesAsPrivileged: () => {}, handle: () => {} },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => {},
        setPermissionCheckHandler: () => {},
      },
    },
    dialog: {},
    shell: {},
  };
});

import { readBackupToOpen } from '../../../electron/main/openBackup';

const dir = mkdtempSync(join(tmpdir(), 'cairn-open-'));
const file = (name: string, content: string): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const launched = file('Launched.cairn.json', '{"format":"cairn-backup","n":1}');
const fromFinder = file('Q4 plan.CAIRN.JSON', '{"format":"cairn-backup","n":2}');
const fromSecond = file('second.cairn.json', '{"format":"cairn-backup","n":3}');
const argv = process.argv;
afterAll(() => {
  process.argv = argv;
});

const backupsSent = () =>
  m.sent.filter((s) => s.channel === HOST_CHANNELS.openBackupFile).map((s) => s.payload);

describe('opening a .cairn.json from the system', () => {
  it('a backup in the launch arguments, and one macOS opens before the app is ready, are sent once the window exists', async () => {
    m.userData = mkdtempSync(join(tmpdir(), 'cairn-userdata-'));
    process.argv = ['/opt/Cairn/cairn', '--no-sandbox', launched];
    await import('../../../electron/main/index');
    const preventDefault = vi.fn();
    m.appHandlers['open-file']!({ preventDefault }, fromFinder);
    expect(preventDefault).toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 20));
    expect(m.windows).toHaveLength(0);
    expect(backupsSent()).toEqual([]);

    m.resolveReady();
    await vi.waitFor(() => expect(backupsSent()).toHaveLength(2));
    expect(backupsSent()).toEqual(
      expect.arrayContaining([
        { name: 'Launched.cairn.json', content: '{"format":"cairn-backup","n":1}' },
        { name: 'Q4 plan.CAIRN.JSON', content: '{"format":"cairn-backup","n":2}' },
      ]),
    );
    expect(m.windows).toHaveLength(1);
  });

  it('a second launch with a backup brings the window back and sends the file to it', async () => {
    m.sent.length = 0;
    m.minimized = true;
    m.appHandlers['second-instance']!({}, ['/opt/Cairn/cairn', fromSecond], dir);
    expect(m.calls).toEqual(['restore', 'focus']);
    await vi.waitFor(() =>
      expect(backupsSent()).toEqual([
        { name: 'second.cairn.json', content: '{"format":"cairn-backup","n":3}' },
      ]),
    );
    expect(m.windows).toHaveLength(1);
  });

  it('a second launch without a backup only focuses the window', async () => {
    m.sent.length = 0;
    m.calls.length = 0;
    m.minimized = false;
    const notes = file('notes.txt', 'hello');
    m.appHandlers['second-instance']!({}, ['/opt/Cairn/cairn', notes], dir);
    expect(m.calls).toEqual(['focus']);
    await new Promise((r) => setTimeout(r, 50));
    expect(backupsSent()).toEqual([]);
  });
});

describe('readBackupToOpen', () => {
  it('reads a regular .cairn.json file, whatever the case of its extension', async () => {
    expect(await readBackupToOpen(fromFinder)).toEqual({
      name: 'Q4 plan.CAIRN.JSON',
      content: '{"format":"cairn-backup","n":2}',
    });
  });

  it('ignores another kind of file, a folder, a missing file and one over the size limit', async () => {
    const folder = join(dir, 'folder.cairn.json');
    mkdirSync(folder);
    const big = file('huge.cairn.json', '');
    truncateSync(big, MAX_OPEN_BYTES + 1);
    expect(await readBackupToOpen(file('notes.txt', '{}'))).toBeNull();
    expect(await readBackupToOpen(file('plain.json', '{}'))).toBeNull();
    expect(await readBackupToOpen(folder)).toBeNull();
    expect(await readBackupToOpen(join(dir, 'gone.cairn.json'))).toBeNull();
    expect(await readBackupToOpen(big)).toBeNull();
  });
});

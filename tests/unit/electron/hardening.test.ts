/**
 * Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security),
 * item by item, with `electron` mocked: each test shows one item holds. The README's
 * data-safety section lists the items with the test that shows each.
 */
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const m = vi.hoisted(() => {
  const state = {
    privileged: [] as unknown[],
    windows: [] as { options: Record<string, unknown>; url?: string; guarded: string[] }[],
    appHandlers: {} as Record<string, (...a: unknown[]) => void>,
    protocolHandlers: {} as Record<string, (req: { url: string }) => Promise<Response>>,
    permissionRequest: null as null | ((wc: unknown, p: string, cb: (ok: boolean) => void) => void),
    permissionCheck: null as null | ((...a: unknown[]) => boolean),
    ipc: new Map<string, (...a: unknown[]) => unknown>(),
    exposed: {} as Record<string, unknown>,
    invoked: [] as string[],
    userData: '',
  };
  return state;
});

vi.mock('electron', () => {
  class BrowserWindow {
    webContents: { on: (n: string) => void; setWindowOpenHandler: () => void; send: () => void };
    constructor(options: Record<string, unknown>) {
      const rec = { options, guarded: [] as string[], url: undefined as string | undefined };
      m.windows.push(rec);
      this.webContents = {
        on: (n: string) => void rec.guarded.push(n),
        setWindowOpenHandler: () => void rec.guarded.push('window-open'),
        send: () => {},
      };
      (this as unknown as { rec: typeof rec }).rec = rec;
    }
    static getAllWindows = () => [];
    static getFocusedWindow = () => null;
    maximize() {}
    once() {}
    on() {}
    show() {}
    async loadURL(url: string) {
      (this as unknown as { rec: { url?: string } }).rec.url = url;
    }
  }
  return {
    app: {
      requestSingleInstanceLock: () => true,
      quit: vi.fn(),
      on: (name: string, fn: (...a: unknown[]) => void) => void (m.appHandlers[name] = fn),
      whenReady: () => Promise.resolve(),
      getPath: () => m.userData,
      getVersion: () => '0.1.0',
    },
    BrowserWindow,
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: (t: unknown) => t },
    ipcMain: { handle: (ch: string, fn: (...a: unknown[]) => unknown) => void m.ipc.set(ch, fn) },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => void m.privileged.push(...s),
      handle: (scheme: string, fn: (req: { url: string }) => Promise<Response>) =>
        void (m.protocolHandlers[scheme] = fn),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: typeof m.permissionRequest) =>
          void (m.permissionRequest = fn),
        setPermissionCheckHandler: (fn: typeof m.permissionCheck) => void (m.permissionCheck = fn),
      },
    },
    dialog: {},
    shell: {},
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => void (m.exposed[key] = api),
    },
    ipcRenderer: {
      invoke: (ch: string) => (m.invoked.push(ch), Promise.resolve()),
      on: vi.fn(),
      removeListener: vi.fn(),
    },
  };
});

import {
  CONTENT_SECURITY_POLICY,
  APP_ORIGIN,
  installNavigationGuards,
  isTrustedSender,
  windowOptions,
  denyAllPermissions,
} from '../../../electron/main/security';
import { makeAppProtocolHandler, resolveAppFile } from '../../../electron/main/protocol';
import { registerHostIpc, type HostServices } from '../../../electron/main/ipc';
import { registerFeedIpc } from '../../../electron/main/feedIpc';
import { registerHostTeamIpc } from '../../../electron/main/hostTeamIpc';
import { writeFileAtomic } from '../../../electron/main/files';
import {
  KEEP_DAYS,
  listAutoBackups,
  readAutoBackup,
  writeAutoBackup,
} from '../../../electron/main/backups';
import { HOST_CHANNELS } from '../../../shared/host';

const ROOT = process.cwd();
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory()
      ? sources(p)
      : /\.(ts|tsx|js|mjs|cjs|html)$/.test(f)
        ? [p]
        : [];
  });
const code = [...sources(join(ROOT, 'electron')), ...sources(join(ROOT, 'renderer'))];

/** The main process started with everything mocked: what it registered and opened. */
async function startMain() {
  if (!m.windows.length) {
    m.userData = mkdtempSync(join(tmpdir(), 'cairn-userdata-'));
    await import('../../../electron/main/index');
    await vi.waitFor(() => expect(m.windows[0]?.url).toBeDefined());
  }
  return m;
}

describe('1. Only load secure content', () => {
  it('the window loads the app from the fixed app://cairn origin, never file:// or http', async () => {
    const { windows } = await startMain();
    expect(APP_ORIGIN).toBe('app://cairn');
    expect(windows[0]!.url).toBe('app://cairn/index.html');
  });

  it('app:// is registered as a standard, secure scheme before the app is ready', async () => {
    const { privileged } = await startMain();
    expect(privileged).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
  });

  it('the protocol serves nothing from another host or outside the build folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cairn-renderer-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    writeFileSync(join(dir, '..', 'secret.txt'), 'secret');
    const handle = makeAppProtocolHandler(dir);
    expect((await handle({ url: 'app://cairn/index.html' })).status).toBe(200);
    for (const url of [
      'app://evil/index.html',
      'app://cairn/../secret.txt',
      'app://cairn/%2e%2e/secret.txt',
      'app://cairn/..%2fsecret.txt',
      'app://cairn/%00index.html',
    ])
      expect((await handle({ url })).status, url).toBe(404);
    expect(resolveAppFile(dir, 'https://cairn/index.html')).toBeNull();
  });
});

describe('2–4, 6, 8–10. Isolation, sandbox, no Node, web security kept, no insecure content or experiments', () => {
  it('every window option of the app window is locked down', () => {
    expect(windowOptions('/p.cjs').webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(windowOptions('/p.cjs').webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('the window main creates uses those options', async () => {
    const { windows } = await startMain();
    expect(windows[0]!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
  });

  it('no source turns any of them off', () => {
    const weakening =
      /(nodeIntegration|nodeIntegrationInWorker|nodeIntegrationInSubFrames|allowRunningInsecureContent|experimentalFeatures|webviewTag)\s*:\s*true|(contextIsolation|sandbox|webSecurity)\s*:\s*false|enableBlinkFeatures|disable-web-security/;
    const offenders = code.filter((f) => weakening.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the preload exposes one narrow object, never ipcRenderer itself', async () => {
    await import('../../../electron/preload/index');
    const api = m.exposed.cairnHost as Record<string, unknown>;
    expect(Object.keys(m.exposed)).toEqual(['cairnHost']);
    expect(Object.keys(api).sort()).toEqual([
      'appInfo',
      'checkForUpdates',
      'deleteSecret',
      'forgetFeedFile',
      'hostTeam',
      'listAutoBackups',
      'notificationPermission',
      'notify',
      'onFeedFileChanged',
      'onMenuAction',
      'onOpenBackupFile',
      'openFile',
      'pickFeedFile',
      'printToPdf',
      'readAutoBackup',
      'readFeedFile',
      'readSecret',
      'requestNotificationPermission',
      'saveFile',
      'saveSecret',
      'saveUpdateSettings',
      'setBadgeCount',
      'updateStatus',
      'watchFeedFiles',
      'writeAutoBackup',
    ]);
    const { hostTeam, ...rest } = api;
    for (const v of Object.values(rest)) expect(typeof v).toBe('function');
    // Hosting is one more narrow object of functions, nothing else.
    expect(Object.keys(hostTeam as object).sort()).toEqual([
      'invite',
      'onStatus',
      'start',
      'status',
      'stop',
    ]);
    for (const v of Object.values(hostTeam as object)) expect(typeof v).toBe('function');
    await (api.appInfo as () => Promise<unknown>)();
    expect(m.invoked).toEqual([HOST_CHANNELS.appInfo]);
  });
});

describe('5. Permission requests are denied', () => {
  it('denies every request and every check on the default session', async () => {
    const { permissionRequest, permissionCheck } = await startMain();
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const cb = vi.fn();
      permissionRequest!({}, p, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    expect(permissionCheck!({}, 'media', 'app://cairn', {})).toBe(false);
  });

  it('denyAllPermissions works on any session', () => {
    const s = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    denyAllPermissions(s as never);
    const cb = vi.fn();
    s.setPermissionRequestHandler.mock.calls[0]![0]({}, 'camera', cb);
    expect(cb).toHaveBeenCalledWith(false);
    expect(s.setPermissionCheckHandler.mock.calls[0]![0]()).toBe(false);
  });
});

describe('7. A Content-Security-Policy', () => {
  const rules = (csp: string) =>
    Object.fromEntries(
      csp
        .split(';')
        .map((r) => r.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );

  it('allows only its own scripts: no eval, no inline script, no remote source but the team server’s websocket', () => {
    for (const csp of [
      CONTENT_SECURITY_POLICY,
      /content="([^"]+)"/.exec(readFileSync(join(ROOT, 'renderer/index.html'), 'utf8'))![1]!,
    ]) {
      const r = rules(csp);
      expect(r['script-src']).toEqual(["'self'"]);
      expect(r['default-src']).toEqual(["'self'"]);
      expect(r['object-src']).toEqual(["'none'"]);
      // Team sync opens a websocket to the team server the person joined; nothing else leaves.
      expect(r['connect-src']).toEqual(["'self'", 'ws:', 'wss:']);
      expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
    }
  });

  it('is sent on every response of the app:// protocol', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cairn-renderer-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    const res = await makeAppProtocolHandler(dir)({ url: 'app://cairn/index.html' });
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('11–13. No webviews, navigation and new windows refused', () => {
  function fakeContents() {
    const handlers: Record<string, (e: { preventDefault: () => void }, url?: string) => void> = {};
    let open: (() => { action: string }) | undefined;
    installNavigationGuards({
      on: (n: string, fn: (typeof handlers)[string]) => void (handlers[n] = fn),
      setWindowOpenHandler: (fn: () => { action: string }) => void (open = fn),
    } as never);
    return { handlers, open: () => open!() };
  }
  const prevented = (
    fn: (e: { preventDefault: () => void }, url?: string) => void,
    url?: string,
  ) => {
    const e = { preventDefault: vi.fn() };
    fn(e, url);
    return e.preventDefault.mock.calls.length > 0;
  };

  it('refuses navigation and redirects away from app://cairn', () => {
    const { handlers } = fakeContents();
    for (const url of [
      'https://example.com',
      'file:///etc/passwd',
      'app://other/',
      'javascript:alert(1)',
      'not a url',
    ])
      expect(prevented(handlers['will-navigate']!, url), url).toBe(true);
    expect(prevented(handlers['will-redirect']!, 'https://example.com')).toBe(true);
    expect(prevented(handlers['will-navigate']!, 'app://cairn/index.html#/review')).toBe(false);
  });

  it('refuses every new window and every webview', () => {
    const f = fakeContents();
    expect(f.open()).toEqual({ action: 'deny' });
    expect(prevented(f.handlers['will-attach-webview']!)).toBe(true);
  });

  it('guards the app window and every web contents created later', async () => {
    const { windows, appHandlers } = await startMain();
    expect(windows[0]!.guarded).toEqual(
      expect.arrayContaining([
        'will-navigate',
        'will-redirect',
        'will-attach-webview',
        'window-open',
      ]),
    );
    const later: string[] = [];
    appHandlers['web-contents-created']!(
      {},
      { on: (n: string) => later.push(n), setWindowOpenHandler: () => later.push('window-open') },
    );
    expect(later).toEqual(expect.arrayContaining(['will-navigate', 'window-open']));
  });
});

describe('14. No shell.openExternal', () => {
  it('no source of the main process, preload or renderer calls openExternal or openPath', () => {
    expect(code.length).toBeGreaterThan(20);
    const offenders = code.filter((f) => /openExternal|openPath\(/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('15. A current Electron', () => {
  it('depends on Electron 40 or later', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(Number(/(\d+)/.exec(pkg.devDependencies.electron)![1])).toBeGreaterThanOrEqual(40);
  });
});

describe('16. IPC: every sender and every argument is checked', () => {
  function setup() {
    const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
    const services = {
      saveFile: vi.fn(async () => ({ saved: true })),
      printToPdf: vi.fn(async () => ({ saved: true })),
      openFile: vi.fn(async () => null),
      appInfo: vi.fn(() => ({
        name: 'Cairn',
        version: '0',
        platform: 'linux',
        host: 'electron' as const,
      })),
      writeAutoBackup: vi.fn(async () => ({ name: 'n', createdAt: '', bytes: 0 })),
      listAutoBackups: vi.fn(async () => []),
      readAutoBackup: vi.fn(async () => '{}'),
      updateStatus: vi.fn(async () => ({
        enabled: false,
        feedUrl: '',
        managedBy: 'you' as const,
        policyPath: '',
        canUpdate: false,
        version: '0',
      })),
      saveUpdateSettings: vi.fn(async () => ({
        enabled: false,
        feedUrl: '',
        managedBy: 'you' as const,
        policyPath: '',
        canUpdate: false,
        version: '0',
      })),
      checkForUpdates: vi.fn(async () => ({ outcome: 'off' as const, message: '' })),
      notify: vi.fn(() => true),
      notificationPermission: vi.fn(() => 'granted' as const),
      setBadgeCount: vi.fn(),
      saveSecret: vi.fn(async () => undefined),
      readSecret: vi.fn(async () => null),
      deleteSecret: vi.fn(async () => undefined),
    } satisfies HostServices;
    const ipc = { handle: (ch: string, fn: never) => void handlers.set(ch, fn) } as never;
    registerHostIpc(ipc, services);
    // The feed-file channels are registered beside the host's, with the same sender check.
    const feeds = {
      pick: vi.fn(async () => null),
      read: vi.fn(async () => ({ gone: true as const })),
      watch: vi.fn(async () => undefined),
      forget: vi.fn(async () => undefined),
      close: vi.fn(),
    };
    registerFeedIpc(ipc, feeds);
    // And the hosting channels, with the same check again.
    const hosting = {
      start: vi.fn(async () => ({}) as never),
      stop: vi.fn(async () => ({}) as never),
      status: vi.fn(async () => ({}) as never),
      invite: vi.fn(async () => ({}) as never),
    };
    registerHostTeamIpc(ipc, hosting);
    Object.assign(services, { feeds, hosting });
    const call = (ch: string, url: string | null, ...args: unknown[]) =>
      handlers.get(ch)!({ senderFrame: url === null ? null : { url }, sender: {} }, ...args);
    return { services, call };
  }
  const ok = 'app://cairn/index.html';

  it('refuses forged senders on every channel before any service runs', async () => {
    const { services, call } = setup();
    // Push channels (main → renderer) have no handler to forge a call to.
    const pushed: string[] = [
      HOST_CHANNELS.menuAction,
      HOST_CHANNELS.openBackupFile,
      HOST_CHANNELS.feedFileChanged,
      HOST_CHANNELS.hostTeamChanged,
    ];
    for (const ch of Object.values(HOST_CHANNELS).filter((c) => !pushed.includes(c)))
      for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'app://cairn.evil/', null])
        await expect(call(ch, url, {}), `${ch} from ${url}`).rejects.toThrow(
          /did not come from Cairn/,
        );
    const { feeds, hosting, ...host } = services as typeof services & {
      feeds: Record<string, unknown>;
      hosting: Record<string, unknown>;
    };
    for (const fn of [...Object.values(host), ...Object.values(feeds), ...Object.values(hosting)])
      expect(fn).not.toHaveBeenCalled();
    expect(isTrustedSender({ senderFrame: { url: ok } } as never)).toBe(true);
  });

  it('refuses oversized content, paths in file names and wrong types', async () => {
    const { services, call } = setup();
    const huge = 'x'.repeat(200 * 1024 * 1024 + 1);
    await expect(
      call(HOST_CHANNELS.saveFile, ok, { suggestedName: 'a.json', content: huge, filters: [] }),
    ).rejects.toThrow(/too large/);
    await expect(call(HOST_CHANNELS.writeAutoBackup, ok, huge)).rejects.toThrow(/too large/);
    for (const name of ['../a.json', '..\\a.json', '/etc/passwd', 'a\0.json', '..'])
      await expect(
        call(HOST_CHANNELS.saveFile, ok, { suggestedName: name, content: 'x', filters: [] }),
        name,
      ).rejects.toThrow(/suggestedName/);
    for (const name of ['../../etc/passwd', 'cairn-2026.json/../../x', 'notes.txt'])
      await expect(call(HOST_CHANNELS.readAutoBackup, ok, name), name).rejects.toThrow(
        /not an automatic backup name/,
      );
    await expect(call(HOST_CHANNELS.writeAutoBackup, ok, { content: 'x' })).rejects.toThrow(
      /writeAutoBackup/,
    );
    await expect(
      call(HOST_CHANNELS.openFile, ok, { filters: [{ name: 'x', extensions: ['../sh'] }] }),
    ).rejects.toThrow(/extension/);
    expect(services.saveFile).not.toHaveBeenCalled();
    expect(services.writeAutoBackup).not.toHaveBeenCalled();
    expect(services.readAutoBackup).not.toHaveBeenCalled();
  }, 60_000);

  it('refuses a notification without a title or with an odd action, and a badge that is not a count', async () => {
    const { services, call } = setup();
    await expect(call(HOST_CHANNELS.notify, ok, { title: ' ', body: '' })).rejects.toThrow(
      /notify: title is empty/,
    );
    await expect(
      call(HOST_CHANNELS.notify, ok, { title: 'Check in', body: '', actionId: '../x' }),
    ).rejects.toThrow(/actionId/);
    await expect(
      call(HOST_CHANNELS.notify, ok, { title: 'Check in', body: '', script: 'x' }),
    ).rejects.toThrow(/notify/);
    for (const count of [-1, 2.5, '3', 100_000])
      await expect(call(HOST_CHANNELS.setBadgeCount, ok, count), String(count)).rejects.toThrow(
        /setBadgeCount/,
      );
    expect(services.notify).not.toHaveBeenCalled();
    expect(services.setBadgeCount).not.toHaveBeenCalled();
    const req = { title: 'Time to check in', body: '3 key results', actionId: 'checkin.session' };
    await expect(call(HOST_CHANNELS.notify, ok, req)).resolves.toBe(true);
    expect(services.notify).toHaveBeenCalledWith({}, req);
    await call(HOST_CHANNELS.setBadgeCount, ok, 3);
    expect(services.setBadgeCount).toHaveBeenCalledWith(3);
  });
});

describe('17. A custom protocol instead of file://', () => {
  it('no source loads a file:// URL into a window', () => {
    const offenders = code.filter((f) =>
      /loadFile\(|loadURL\(\s*['"`]file:/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});

describe('Files written by main', () => {
  it('an atomic write that fails leaves the old file and no temporary file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cairn-atomic-'));
    mkdirSync(join(dir, 'taken'));
    writeFileSync(join(dir, 'taken', 'inside'), 'x');
    await expect(writeFileAtomic(join(dir, 'taken'), 'new')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
    await writeFileAtomic(join(dir, 'ok.json'), 'one');
    await expect(writeFileAtomic(join(dir, 'missing-folder', 'x.json'), 'two')).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(['ok.json', 'taken']);
    expect(readFileSync(join(dir, 'ok.json'), 'utf8')).toBe('one');
  });

  it('automatic backups keep the last 10 days and drop older ones, named .cairn.json (older .json ones still count)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cairn-backups-'));
    const now = new Date('2026-11-25T10:00:00Z');
    const day = 24 * 3600 * 1000;
    for (const age of [1, 9, 11, 30]) {
      const at = new Date(now.getTime() - age * day);
      const file = join(dir, `cairn-${at.toISOString().replace(/:/g, '-')}.json`);
      writeFileSync(file, '{}');
      utimesSync(file, at, at);
    }
    writeFileSync(join(dir, 'notes.txt'), 'not a backup');
    await writeAutoBackup(dir, '{"format":"cairn-backup"}', now);
    const kept = await listAutoBackups(dir);
    expect(KEEP_DAYS).toBe(10);
    expect(
      kept.map((b) =>
        Math.round(
          (now.getTime() -
            Date.parse(
              b.name
                .slice(6)
                .replace(/(\.cairn)?\.json$/, '')
                .replace(/T(\d\d)-(\d\d)-(\d\d)/, 'T$1:$2:$3'),
            )) /
            day,
        ),
      ),
    ).toEqual([0, 1, 9]);
    expect(kept[0]!.name).toBe('cairn-2026-11-25T10-00-00.000Z.cairn.json');
    expect(existsSync(join(dir, 'notes.txt'))).toBe(true);
    await expect(readAutoBackup(dir, '../window-state.json')).rejects.toThrow();
    expect(await readAutoBackup(dir, kept[0]!.name)).toBe('{"format":"cairn-backup"}');
  });
});

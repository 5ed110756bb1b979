import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({
  app: {},
  BrowserWindow: {},
  dialog: {},
  ipcMain: { handle: vi.fn() },
}));

import {
  CONTENT_SECURITY_POLICY,
  installNavigationGuards,
  isTrustedUrl,
  windowOptions,
} from '../../../electron/main/security';
import { registerHostIpc, type HostServices } from '../../../electron/main/ipc';
import { registerFeedIpc } from '../../../electron/main/feedIpc';
import { registerHostTeamIpc } from '../../../electron/main/hostTeamIpc';
import { resolveAppFile } from '../../../electron/main/protocol';
import { writeFileAtomic } from '../../../electron/main/files';
import { buildMenuTemplate } from '../../../electron/main/menu';
import { pdfOptions } from '../../../electron/main/print';
import { DEFAULT_STATE, loadWindowState } from '../../../electron/main/windowState';
import { HOST_CHANNELS } from '../../../shared/host';
import { ACTIONS } from '../../../shared/menu';

describe('the window', () => {
  it('runs the renderer isolated, sandboxed and without Node', () => {
    const prefs = windowOptions('/app/preload.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      preload: '/app/preload.cjs',
    });
  });
  it('cannot be made smaller than 1024×700, the size every view is laid out for', () => {
    expect(windowOptions('/app/preload.cjs')).toMatchObject({ minWidth: 1024, minHeight: 700 });
  });
  it('reopens a window saved smaller than that at the minimum, keeping its place', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cairn-win-')), 'window-state.json');
    writeFileSync(
      file,
      JSON.stringify({ x: 40, y: 30, width: 880, height: 560, maximized: false }),
    );
    expect(await loadWindowState(file)).toEqual({
      x: 40,
      y: 30,
      width: 1024,
      height: 700,
      maximized: false,
    });
    writeFileSync(file, '{"width":');
    expect(await loadWindowState(file)).toEqual(DEFAULT_STATE);
  });
  it('has a CSP that allows only its own scripts and no eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });
});

describe('navigation guards', () => {
  function fakeContents() {
    const handlers: Record<string, (e: { preventDefault: () => void }, url: string) => void> = {};
    let openHandler: (() => { action: string }) | undefined;
    const contents = {
      on: (name: string, fn: (typeof handlers)[string]) => void (handlers[name] = fn),
      setWindowOpenHandler: (fn: () => { action: string }) => void (openHandler = fn),
    };
    return { contents, handlers, open: () => openHandler!() };
  }
  it('refuses navigation to any other origin and every new window', () => {
    const f = fakeContents();
    installNavigationGuards(f.contents as never);
    const away = { preventDefault: vi.fn() };
    f.handlers['will-navigate']!(away, 'https://example.com/');
    expect(away.preventDefault).toHaveBeenCalled();
    const home = { preventDefault: vi.fn() };
    f.handlers['will-navigate']!(home, 'app://cairn/index.html');
    expect(home.preventDefault).not.toHaveBeenCalled();
    expect(f.open()).toEqual({ action: 'deny' });
  });
  it('trusts only the app:// origin, or the dev server while developing', () => {
    expect(isTrustedUrl('app://cairn/index.html')).toBe(true);
    expect(isTrustedUrl('app://evil/index.html')).toBe(false);
    expect(isTrustedUrl('file:///etc/passwd')).toBe(false);
    expect(isTrustedUrl('http://localhost:5173/')).toBe(false);
    expect(isTrustedUrl('http://localhost:5173/x', 'http://localhost:5173')).toBe(true);
  });
});

describe('IPC', () => {
  function setup() {
    const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
    const services: HostServices = {
      saveFile: vi.fn(async () => ({ saved: true, path: '/tmp/x' })),
      printToPdf: vi.fn(async () => ({ saved: true })),
      openFile: vi.fn(async () => null),
      appInfo: () => ({ name: 'Cairn', version: '0', platform: 'linux', host: 'electron' }),
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
      notificationPermission: () => 'granted',
      setBadgeCount: vi.fn(),
      saveSecret: vi.fn(async () => undefined),
      readSecret: vi.fn(async () => null),
      deleteSecret: vi.fn(async () => undefined),
    };
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
    registerHostTeamIpc(ipc, {
      start: vi.fn(),
      stop: vi.fn(),
      status: vi.fn(),
      invite: vi.fn(),
    } as never);
    Object.assign(services, { feeds });
    const call = (ch: string, url: string, ...args: unknown[]) =>
      handlers.get(ch)!({ senderFrame: { url }, sender: {} }, ...args);
    return { services, call, handlers };
  }
  const ok = 'app://cairn/index.html';

  it('registers a handler for every host channel that crosses the bridge', () => {
    const { handlers } = setup();
    const invoked = Object.entries(HOST_CHANNELS)
      .filter(
        ([k]) =>
          k !== 'menuAction' &&
          k !== 'openBackupFile' &&
          k !== 'feedFileChanged' &&
          k !== 'hostTeamChanged',
      )
      .map(([, v]) => v);
    expect([...handlers.keys()].sort()).toEqual(invoked.sort());
  });
  it('refuses a call from a forged sender before touching anything', async () => {
    const { services, call } = setup();
    const req = { suggestedName: 'a.md', content: 'x', filters: [] };
    await expect(call(HOST_CHANNELS.saveFile, 'https://evil.example/', req)).rejects.toThrow(
      /did not come from Cairn/,
    );
    await expect(handlersWithoutFrame(setup().handlers)).rejects.toThrow(/did not come from Cairn/);
    expect(services.saveFile).not.toHaveBeenCalled();
  });
  it('refuses a file name that carries a path, and a wrong argument type, saying which', async () => {
    const { services, call } = setup();
    await expect(
      call(HOST_CHANNELS.saveFile, ok, {
        suggestedName: '../../.bashrc',
        content: 'x',
        filters: [],
      }),
    ).rejects.toThrow(/suggestedName file name must not contain a path/);
    await expect(
      call(HOST_CHANNELS.printToPdf, ok, {
        suggestedName: 'r.pdf',
        pageSize: 'A0',
        landscape: false,
      }),
    ).rejects.toThrow(/pageSize/);
    await expect(call(HOST_CHANNELS.readAutoBackup, ok, '/etc/passwd')).rejects.toThrow(
      /not an automatic backup name/,
    );
    expect(services.saveFile).not.toHaveBeenCalled();
  });
  it('refuses update settings with a feed that is not https, naming the field', async () => {
    const { services, call } = setup();
    await expect(
      call(HOST_CHANNELS.saveUpdateSettings, ok, {
        enabled: true,
        feedUrl: 'http://updates.example.org/',
      }),
    ).rejects.toThrow(/saveUpdateSettings: feedUrl must be an https:\/\/ address/);
    await expect(
      call(HOST_CHANNELS.saveUpdateSettings, ok, { enabled: true, feedUrl: '' }),
    ).rejects.toThrow(/feedUrl is needed to turn updates on/);
    expect(services.saveUpdateSettings).not.toHaveBeenCalled();
  });
  it('passes a valid request through', async () => {
    const { services, call } = setup();
    const req = {
      suggestedName: 'Q4 review.md',
      content: '# Q4',
      filters: [{ name: 'Markdown', extensions: ['md'] }],
    };
    await expect(call(HOST_CHANNELS.saveFile, ok, req)).resolves.toEqual({
      saved: true,
      path: '/tmp/x',
    });
    expect(services.saveFile).toHaveBeenCalledWith(req);
  });
});

function handlersWithoutFrame(
  handlers: Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>,
) {
  return handlers.get(HOST_CHANNELS.appInfo)!({ senderFrame: null, sender: {} });
}

describe('the app:// protocol', () => {
  it('serves files from the build folder only', () => {
    expect(resolveAppFile('/app/renderer', 'app://cairn/')).toBe('/app/renderer/index.html');
    expect(resolveAppFile('/app/renderer', 'app://cairn/assets/index.js')).toBe(
      '/app/renderer/assets/index.js',
    );
    for (const climb of [
      'app://cairn/../../etc/passwd',
      'app://cairn/%2e%2e/%2e%2e/etc/passwd',
      'app://cairn/a/..%2f..%2f..%2fetc/passwd',
    ]) {
      const file = resolveAppFile('/app/renderer', climb);
      expect(file === null || file.startsWith('/app/renderer/')).toBe(true);
    }
    expect(resolveAppFile('/app/renderer', 'app://cairn/..%5c..%5cetc%5cpasswd')).toBeNull();
    expect(resolveAppFile('/app/renderer', 'app://other/index.html')).toBeNull();
  });
});

describe('files', () => {
  it('writes atomically and leaves no temporary file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cairn-'));
    await writeFileAtomic(join(dir, 'report.md'), '# One');
    await writeFileAtomic(join(dir, 'report.md'), '# Two');
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toBe('# Two');
    expect(readdirSync(dir)).toEqual(['report.md']);
  });
});

describe('the native menu', () => {
  it('sends each item’s action id, the same ids the palette and shortcuts run', () => {
    const sent: string[] = [];
    const template = buildMenuTemplate((id) => sent.push(id), 'linux');
    const file = template.find((m) => m.label === 'File')!;
    const items = file.submenu as {
      label?: string;
      click?: () => void;
      accelerator?: string;
      registerAccelerator?: boolean;
    }[];
    const newObjective = items.find((i) => i.label === ACTIONS.newObjective.label)!;
    newObjective.click!();
    expect(sent).toEqual([ACTIONS.newObjective.id]);
    expect(newObjective.accelerator).toBe('CmdOrCtrl+Shift+O');
    expect(newObjective.registerAccelerator).toBe(false);
  });
});

describe('printing', () => {
  it('prints the asked page size, backgrounds on, with the page boxes of the report itself', () => {
    const o = pdfOptions({ suggestedName: 'r.pdf', pageSize: 'Letter', landscape: false })!;
    expect(o.pageSize).toBe('Letter');
    expect(o.printBackground).toBe(true);
    // Page numbers and the date are the report's @page margin boxes: no second footer.
    expect(o.preferCSSPageSize).toBe(true);
    expect(o.displayHeaderFooter).toBe(false);
  });
});

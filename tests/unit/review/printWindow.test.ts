import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ BrowserWindow: vi.fn() }));

import {
  printPageUrl,
  printRouteToPdf,
  printWindowOptions,
  type PrintWindowLike,
} from '../../../electron/main/printWindow';
import { printRequestSchema } from '../../../shared/hostSchemas';
import {
  parsePrintRoute,
  printRouteHash,
  PRINT_READY_TITLE,
} from '../../../shared/report/printRoute';

const ROUTE = 'print=review&cycle=c-123&scope=u-9&page=Letter';
const SENDER = 'app://cairn/index.html';

/** A hidden window that draws the report after `drawMs`, and records what happened to it. */
function fakeWindow(opts: { drawMs?: number; title?: string; failLoad?: boolean } = {}) {
  const listeners = new Map<string, ((...a: unknown[]) => void)[]>();
  const log: string[] = [];
  const win: PrintWindowLike & { log: string[]; options?: unknown } = {
    log,
    async loadURL(url) {
      log.push(`load ${url}`);
      if (opts.failLoad) throw new Error('ERR_FILE_NOT_FOUND');
      setTimeout(() => {
        for (const l of listeners.get('page-title-updated') ?? [])
          l({}, opts.title ?? PRINT_READY_TITLE);
      }, opts.drawMs ?? 5);
    },
    destroy: () => log.push('destroy'),
    isDestroyed: () => log.includes('destroy'),
    webContents: {
      on(event: string, listener: (...a: unknown[]) => void) {
        listeners.set(event, [...(listeners.get(event) ?? []), listener]);
        return this;
      },
      async printToPDF(o) {
        log.push(`print ${o?.pageSize} footer=${o?.displayHeaderFooter}`);
        return new Uint8Array([37, 80, 68, 70]);
      },
    } as PrintWindowLike['webContents'],
  };
  return win;
}

describe('printWindowOptions', () => {
  it('is hidden, sandboxed, isolated, without Node and without any preload bridge', () => {
    const o = printWindowOptions();
    expect(o.show).toBe(false);
    expect(o.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(o.webPreferences).not.toHaveProperty('preload');
  });
});

describe('printPageUrl', () => {
  it("loads the sender's own page at the report route", () => {
    expect(printPageUrl(SENDER, ROUTE)).toBe(`app://cairn/index.html#${ROUTE}`);
    expect(printPageUrl('app://cairn/index.html#old', `#${ROUTE}`)).toBe(
      `app://cairn/index.html#${ROUTE}`,
    );
  });

  it('refuses anything that is not a report route, or a page that is not ours', () => {
    expect(printPageUrl(SENDER, 'print=review&cycle=<script>')).toBeNull();
    expect(printPageUrl(SENDER, 'javascript:alert(1)')).toBeNull();
    expect(printPageUrl('https://example.com/', ROUTE)).toBeNull();
    expect(printPageUrl('http://localhost:5173/', ROUTE)).toBeNull();
    expect(printPageUrl('http://localhost:5173/', ROUTE, 'http://localhost:5173')).toBe(
      `http://localhost:5173/#${ROUTE}`,
    );
  });
});

describe('printRouteToPdf', () => {
  const req = {
    suggestedName: 'review.pdf',
    pageSize: 'Letter' as const,
    landscape: false,
    route: ROUTE,
  };

  it('prints only once the report says it has drawn, then destroys the window', async () => {
    const win = fakeWindow({ drawMs: 30 });
    const pdf = await printRouteToPdf(SENDER, req, { createWindow: () => win });
    expect([...pdf]).toEqual([37, 80, 68, 70]);
    expect(win.log).toEqual([
      `load app://cairn/index.html#${ROUTE}`,
      'print Letter footer=false',
      'destroy',
    ]);
  });

  it('gives up when the report never finishes drawing, and still destroys the window', async () => {
    const win = fakeWindow({ title: 'Cairn' });
    await expect(
      printRouteToPdf(SENDER, req, { createWindow: () => win, timeoutMs: 50 }),
    ).rejects.toThrow(/in time/);
    expect(win.log).toContain('destroy');
    expect(win.log.some((l) => l.startsWith('print'))).toBe(false);
  });

  it('destroys the window when the page fails to load', async () => {
    const win = fakeWindow({ failLoad: true });
    await expect(
      printRouteToPdf(SENDER, req, { createWindow: () => win, timeoutMs: 50 }),
    ).rejects.toThrow();
    expect(win.log).toContain('destroy');
  });

  it('opens no window for a refused route', async () => {
    const create = vi.fn(() => fakeWindow());
    await expect(
      printRouteToPdf(SENDER, { ...req, route: 'print=other' }, { createWindow: create }),
    ).rejects.toThrow(/Refused/);
    expect(create).not.toHaveBeenCalled();
  });
});

describe('print routes', () => {
  it('round-trip through the hash', () => {
    const route = {
      report: 'review' as const,
      cycleId: 'c-1',
      scopeId: null,
      pageSize: 'A4' as const,
    };
    expect(parsePrintRoute(`#${printRouteHash(route)}`)).toEqual(route);
    expect(parsePrintRoute(ROUTE)).toEqual({
      report: 'review',
      cycleId: 'c-123',
      scopeId: 'u-9',
      pageSize: 'Letter',
    });
  });

  it('name the meeting pack of a cycle too, never with a scope', () => {
    const pack = {
      report: 'pack' as const,
      cycleId: 'c-1',
      scopeId: null,
      pageSize: 'A4' as const,
    };
    expect(parsePrintRoute(printRouteHash(pack))).toEqual(pack);
    expect(parsePrintRoute('print=pack&cycle=c-1&scope=u-9&page=A4')).toBeNull();
    expect(parsePrintRoute('print=weekly&cycle=c-1&page=A4')).toBeNull();
  });

  it('refuses unknown keys, repeated keys, odd ids and page sizes', () => {
    expect(parsePrintRoute('print=review&cycle=c1&extra=1')).toBeNull();
    expect(parsePrintRoute('print=review&cycle=c1&cycle=c2')).toBeNull();
    expect(parsePrintRoute('print=review&cycle=../../etc')).toBeNull();
    expect(parsePrintRoute('print=review&cycle=c1&page=A3')).toBeNull();
    expect(parsePrintRoute('')).toBeNull();
  });

  it('are checked at the IPC boundary', () => {
    const base = { suggestedName: 'r.pdf', pageSize: 'A4', landscape: false };
    expect(printRequestSchema.safeParse({ ...base, route: ROUTE }).success).toBe(true);
    expect(printRequestSchema.safeParse(base).success).toBe(true);
    expect(printRequestSchema.safeParse({ ...base, route: '<img src=x>' }).success).toBe(false);
  });
});

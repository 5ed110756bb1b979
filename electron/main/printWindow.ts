import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import type { PrintRequest } from '../../shared/host';
import { parsePrintRoute, PRINT_READY_TITLE } from '../../shared/report/printRoute';
import { pdfOptions } from './print';
import { isTrustedUrl, windowOptions } from './security';

/**
 * Prints a report view in a hidden window, so the PDF never depends on what the user's window
 * shows (its size, theme, scroll or an open dialog). The hidden window gets the app's own
 * locked-down options minus the preload: it has no bridge to main at all, loads only the
 * app's own page at a validated report route, and is destroyed once printed.
 */

const READY_TIMEOUT_MS = 30_000;

/** The hidden window's options: sandboxed, isolated, no Node, no preload, never shown. */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  const base = windowOptions('');
  const { preload: _preload, ...prefs } = base.webPreferences ?? {};
  return {
    ...base,
    show: false,
    // The layout width the report is drawn at before print reflows it onto the page.
    width: 1024,
    height: 1400,
    webPreferences: { ...prefs, spellcheck: false, backgroundThrottling: false },
  };
}

/**
 * The page to load: the sender's own page (already checked as ours) with the report route as
 * its hash. Null when the route is not a valid report route or the page is not ours.
 */
export function printPageUrl(
  senderUrl: string,
  route: string,
  devServerUrl?: string,
): string | null {
  const parsed = parsePrintRoute(route);
  if (!parsed || !isTrustedUrl(senderUrl, devServerUrl)) return null;
  const url = new URL(senderUrl);
  url.hash = route.replace(/^#/, '');
  url.search = '';
  return url.toString();
}

/** What this module needs of a window; Electron's BrowserWindow in the app, a fake in tests. */
export interface PrintWindowLike {
  loadURL(url: string): Promise<void>;
  destroy(): void;
  isDestroyed(): boolean;
  webContents: {
    on(event: 'page-title-updated', listener: (event: unknown, title: string) => void): unknown;
    on(event: 'render-process-gone', listener: () => void): unknown;
    printToPDF(options: ReturnType<typeof pdfOptions>): Promise<Uint8Array>;
  };
}

export interface PrintWindowDeps {
  createWindow?: (options: BrowserWindowConstructorOptions) => PrintWindowLike;
  timeoutMs?: number;
  devServerUrl?: string;
}

/** Loads the report route in a hidden window, waits until it has drawn, prints it to PDF. */
export async function printRouteToPdf(
  senderUrl: string,
  req: PrintRequest & { route: string },
  deps: PrintWindowDeps = {},
): Promise<Uint8Array> {
  const url = printPageUrl(senderUrl, req.route, deps.devServerUrl);
  if (!url) throw new Error('Refused: not a report Cairn can print');
  const create = deps.createWindow ?? ((o) => new BrowserWindow(o) as unknown as PrintWindowLike);
  const win = create(printWindowOptions());
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const ready = new Promise<void>((resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error('The report did not finish drawing in time')),
        deps.timeoutMs ?? READY_TIMEOUT_MS,
      );
      win.webContents.on('page-title-updated', (_e, title) => {
        if (title === PRINT_READY_TITLE) resolve();
      });
      win.webContents.on('render-process-gone', () =>
        reject(new Error('The report window stopped unexpectedly')),
      );
    });
    await Promise.all([win.loadURL(url), ready]);
    return new Uint8Array(await win.webContents.printToPDF(pdfOptions(req)));
  } finally {
    if (timer) clearTimeout(timer);
    if (!win.isDestroyed()) win.destroy();
  }
}

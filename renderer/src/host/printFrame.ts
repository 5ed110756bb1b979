import { PRINT_READY_TITLE } from '@shared/report/printRoute';

const READY_TIMEOUT_MS = 30_000;

/**
 * The browser's counterpart of Electron's hidden print window: the app's own page at a
 * report's print route, in a frame off screen, printed once it says it has drawn, then
 * removed. The page the person works in never changes view to print.
 */
export async function printRouteInFrame(route: string, documentTitle: string): Promise<void> {
  const url = new URL(window.location.href);
  url.search = '';
  url.hash = route.replace(/^#/, '');
  const frame = document.createElement('iframe');
  frame.title = 'Report being printed';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  // Laid out at the width Electron's print window uses; print reflows it onto the page.
  Object.assign(frame.style, {
    position: 'fixed',
    left: '-12000px',
    top: '0',
    width: '1024px',
    height: '1400px',
    border: '0',
  });
  let onMessage: ((e: MessageEvent) => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const ready = new Promise<void>((resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error('The report did not finish drawing in time')),
        READY_TIMEOUT_MS,
      );
      onMessage = (e) => {
        if (e.source === frame.contentWindow && e.origin === location.origin)
          if (e.data === PRINT_READY_TITLE) resolve();
      };
      window.addEventListener('message', onMessage);
    });
    frame.src = url.toString();
    document.body.append(frame);
    await ready;
    const win = frame.contentWindow;
    if (!win) throw new Error('The report frame closed before printing');
    // The browser names the PDF after the printed page's title.
    win.document.title = documentTitle;
    win.focus();
    win.print();
  } finally {
    if (timer) clearTimeout(timer);
    if (onMessage) window.removeEventListener('message', onMessage);
    frame.remove();
  }
}

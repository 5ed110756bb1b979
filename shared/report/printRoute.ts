/**
 * The address of a report view to print, as the hash of the app's own page
 * (`index.html#print=review&cycle=…&scope=…&page=A4`, `#print=pack&cycle=…&page=A4`). The main process loads it in a hidden,
 * sandboxed window and prints it: no HTML crosses the bridge, only ids checked here, on both
 * sides, against a strict pattern.
 */

export type PrintPageSize = 'A4' | 'Letter';

/** The review report of a cycle and scope, or the planning meeting pack of a cycle. */
export type PrintReport = 'review' | 'pack';

export interface PrintRoute {
  report: PrintReport;
  cycleId: string;
  /** The org unit whose subtree the review covers; null for everyone (always, for a pack). */
  scopeId: string | null;
  pageSize: PrintPageSize;
}

/**
 * The page title a print view sets once it has drawn everything (Electron's hidden window
 * waits for it); the same words are posted to the parent page when printed in a frame.
 */
export const PRINT_READY_TITLE = 'Cairn report ready to print';

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function printRouteHash(route: PrintRoute): string {
  const parts = [`print=${route.report}`, `cycle=${route.cycleId}`];
  if (route.scopeId) parts.push(`scope=${route.scopeId}`);
  parts.push(`page=${route.pageSize}`);
  return parts.join('&');
}

/** Reads a print route from a location hash (with or without `#`); null unless valid. */
export function parsePrintRoute(hash: string): PrintRoute | null {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text.length > 300) return null;
  const fields = new Map<string, string>();
  for (const part of text.split('&')) {
    const eq = part.indexOf('=');
    if (eq <= 0) return null;
    const key = part.slice(0, eq);
    if (fields.has(key)) return null;
    fields.set(key, part.slice(eq + 1));
  }
  const cycleId = fields.get('cycle') ?? '';
  const scopeId = fields.get('scope') ?? null;
  const page = fields.get('page') ?? 'A4';
  const known = new Set(['print', 'cycle', 'scope', 'page']);
  if ([...fields.keys()].some((k) => !known.has(k))) return null;
  const report = fields.get('print');
  if ((report !== 'review' && report !== 'pack') || !ID.test(cycleId)) return null;
  if (scopeId !== null && (report === 'pack' || !ID.test(scopeId))) return null;
  if (page !== 'A4' && page !== 'Letter') return null;
  return { report, cycleId, scopeId, pageSize: page };
}

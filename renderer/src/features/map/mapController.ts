import { useUi } from '../../store/ui';

/** What the app-wide actions (menu, palette, shortcuts) can ask of the mounted Map view. */
export interface MapController {
  fit(): void;
  exportPng(): Promise<void>;
  exportSvg(): Promise<void>;
}

let current: MapController | null = null;
let queued: ((c: MapController) => void | Promise<void>)[] = [];

/** The Map view registers itself once its layout is ready, and runs what was waiting. */
export function setMapController(c: MapController | null): void {
  current = c;
  if (!c) return;
  const run = queued;
  queued = [];
  for (const fn of run) void fn(c);
}

/** Runs `fn` on the map, opening the Map view first if it is not showing. */
export async function withMap(fn: (c: MapController) => void | Promise<void>): Promise<void> {
  if (current) return fn(current);
  queued.push(fn);
  useUi.getState().setView('map');
}

/**
 * From the units view: shows the objectives, then runs `fn` on their map once it is laid out
 * (exports draw objectives, not units).
 */
export function handOverToObjectives(
  fn: (c: MapController) => void | Promise<void>,
): Promise<void> {
  current = null;
  return new Promise((resolve, reject) => {
    queued.push(async (c) => {
      try {
        resolve(await fn(c));
      } catch (e) {
        reject(e);
      }
    });
    useUi.getState().setMapUnitsView(false);
  });
}

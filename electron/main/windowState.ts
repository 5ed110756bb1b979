import { promises as fs } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from './files';
import { MIN_WINDOW_SIZE } from './security';

const stateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(10000),
  height: z.number().int().min(300).max(10000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof stateSchema>;

export const DEFAULT_STATE: WindowState = { width: 1280, height: 820, maximized: false };

/** The last window size and place; a missing or damaged file falls back to the default. */
export async function loadWindowState(file: string): Promise<WindowState> {
  try {
    const r = stateSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
    if (!r.success) return DEFAULT_STATE;
    // A size saved before the minimum was raised opens at the minimum, not squeezed.
    return {
      ...r.data,
      width: Math.max(r.data.width, MIN_WINDOW_SIZE.width),
      height: Math.max(r.data.height, MIN_WINDOW_SIZE.height),
    };
  } catch {
    return DEFAULT_STATE;
  }
}

export const saveWindowState = (file: string, s: WindowState): Promise<void> =>
  writeFileAtomic(file, JSON.stringify(s));

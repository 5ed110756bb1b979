import { promises as fs } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from './files';

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
    return r.success ? r.data : DEFAULT_STATE;
  } catch {
    return DEFAULT_STATE;
  }
}

export const saveWindowState = (file: string, s: WindowState): Promise<void> =>
  writeFileAtomic(file, JSON.stringify(s));

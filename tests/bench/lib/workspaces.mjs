// The seeded workspaces a run uses, one cached browser profile each (tests/bench/.profile/L,
// …/M), opened (and seeded when stale) on first use, then kept open for the run.
import { join } from 'node:path';
import { OPEN_PROBE } from './app.mjs';
import { benchPage, openSeededProfile } from './profile.mjs';

export function workspaces({ profiles, origin, chromium, log, reseed }) {
  const open = new Map();
  const seeds = {};
  const openOne = async (size) => {
    const { context, seed } = await openSeededProfile({
      dir: join(profiles, size),
      size,
      origin,
      chromium,
      log,
      reseed,
    });
    seeds[size] = seed;
    log(seed.reused ? `reusing the cached ${size} profile (${seed.key})` : `${size} seeded`);
    const page = await benchPage(context, origin, log);
    const { ms, counts } = await page.evaluate(() => window.cairnBench.prepare());
    await page.close();
    log(
      `${size} opened in ${Math.round(ms)} ms (untimed; schema patches happen here): ${JSON.stringify(counts)}`,
    );
    await context.addInitScript(OPEN_PROBE);
    return context;
  };
  return {
    /** The browser context of workspace `size` ('L' or 'M'). */
    open: (size) => {
      if (!open.has(size)) open.set(size, openOne(size));
      return open.get(size);
    },
    seeds: () => seeds,
    /** Closes every open workspace; a later `open` opens it again. */
    close: async () => {
      const contexts = [...open.values()];
      open.clear();
      for (const c of contexts) await (await c).close();
    },
  };
}

import { test, type Page } from '@playwright/test';

/** Where screenshots go, and the two window sizes every screen is looked at in. */
export const SHOTS_DIR = process.env.CAIRN_SHOTS_DIR ?? 'test-results/shots';
export const SHOT_SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const;

export interface ShotContext {
  page: Page;
  /** Writes `<prefix>-<name>-<scheme>-<width>.png` into SHOTS_DIR. */
  shot(name: string): Promise<Buffer>;
}

/**
 * Screenshots for people to look at (not assertions), kept out of the normal run: one test per
 * colour scheme and window size, run with CAIRN_SHOTS=1. Each starts at that size and scheme
 * with the clock fixed at `at`, so dates and "09:02" read the same in every picture.
 */
export function shotsInEveryScheme(
  title: string,
  opts: { prefix: string; at: string },
  body: (ctx: ShotContext) => Promise<void>,
): void {
  test.describe(title, () => {
    test.skip(!process.env.CAIRN_SHOTS, 'screenshots only when CAIRN_SHOTS=1');
    for (const scheme of ['light', 'dark'] as const)
      for (const size of SHOT_SIZES)
        test(`${scheme} at ${size.width}`, async ({ page }) => {
          test.setTimeout(180_000);
          await page.clock.setFixedTime(new Date(opts.at));
          await page.setViewportSize(size);
          await page.emulateMedia({ colorScheme: scheme });
          const shot = (name: string) =>
            page.screenshot({
              path: `${SHOTS_DIR}/${opts.prefix}-${name}-${scheme}-${size.width}.png`,
            });
          await body({ page, shot });
        });
  });
}

import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';

const SHOTS = '/tmp/shots-window';

test('at most three messages show, never over a dialog’s buttons, and they leave by themselves', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-11-25T09:00:00') });
  const app = new AppPage(page);
  await app.open('empty');
  const messages = page.getByRole('status').getByText('Nothing to undo');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Z');
  await expect(messages).toHaveCount(3);

  await page.keyboard.press('Control+Shift+O');
  const dialog = page.getByRole('dialog', { name: /New objective/ });
  await expect(dialog).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [w, h] of [
      [1440, 900],
      [1024, 700],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await expect(messages).toHaveCount(3);
      // Every button of the dialog is what a click at its centre reaches.
      for (const button of await dialog.getByRole('button').all())
        expect(
          await button.evaluate((el) => {
            const r = el.getBoundingClientRect();
            const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
            return !!hit && el.contains(hit);
          }),
        ).toBe(true);
      await page.screenshot({ path: `${SHOTS}/messages-dialog-${scheme}-${w}.png` });
    }
  }

  await page.clock.fastForward(6_000);
  await expect(messages).toHaveCount(0);
});

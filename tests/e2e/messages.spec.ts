import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';

const SHOTS = '/tmp/shots-window';

/** What is wrong with a dialog and the messages shown with it, in words (none: []). */
function clearOfEachOther(dialog: HTMLElement): string[] {
  const reached = (el: Element) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return !!hit && el.contains(hit);
  };
  const problems: string[] = [];
  for (const b of dialog.querySelectorAll('button:not(.toasts button)'))
    if (!reached(b)) problems.push(`covered: ${b.textContent}`);
  const d = dialog.getBoundingClientRect();
  for (const t of document.querySelectorAll('.toast')) {
    if (!reached(t)) problems.push(`message not reachable: ${t.textContent}`);
    const m = t.getBoundingClientRect();
    const apart = m.right <= d.left || m.left >= d.right || m.bottom <= d.top || m.top >= d.bottom;
    if (!apart) problems.push(`message over the dialog: ${t.textContent}`);
  }
  return problems;
}

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
      // Beside a wide dialog in a small window only the newest that fit show; the rest wait.
      await expect(messages.last()).toBeVisible();
      if (w === 1440) await expect(messages).toHaveCount(3);
      // Every button of the dialog and every message is what a click at its centre reaches,
      // and no message lies over the dialog's box. Polled: the messages move after a resize.
      await expect.poll(() => dialog.evaluate(clearOfEachOther)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/messages-dialog-${scheme}-${w}.png` });
    }
  }
  // Above the dialog, a message can be dismissed without closing it.
  await page.getByRole('button', { name: 'Dismiss message' }).first().click();
  await expect(messages).toHaveCount(2);
  await expect(dialog).toBeVisible();

  await page.clock.fastForward(6_000);
  await expect(messages).toHaveCount(0);
});

test('a message raised just before a dialog opens stays in sight above it', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('empty');
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Control+Shift+O');
  const dialog = page.getByRole('dialog', { name: /New objective/ });
  await expect(dialog).toBeVisible();
  const message = page.getByRole('status').getByText('Nothing to undo');
  await expect(message).toBeVisible();
  expect(
    await message.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return !!hit && el.contains(hit);
    }),
  ).toBe(true);
  // Closing the dialog leaves the message where it was, bottom left.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  const m = (await message.boundingBox())!;
  expect(m.y + m.height).toBeGreaterThan(700 - 80);
  expect(m.x).toBeLessThan(40);
});

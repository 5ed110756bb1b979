import { expect, test, type Locator } from '@playwright/test';
import { AppPage, DATA_PLATFORM } from './pages/AppPage';
import { MapPage } from './pages/MapPage';
import { DIALOGS, loadSample, openWelcome } from './pages/Dialogs';
import { VIEWS, WindowPage } from './pages/WindowPage';

// The window from its minimum size (the Electron window's minWidth/minHeight) through the
// size it first opens at (sidebar and detail pane both beside the main area) to a large one.
const SIZES = [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
] as const;

for (const scheme of ['light', 'dark'] as const) {
  for (const size of SIZES) {
    const at = `${size.width}×${size.height}`;
    test(`every view fits the window at ${at} in ${scheme}: nothing cut off sideways`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      const app = new AppPage(page);
      const win = new WindowPage(page);
      await app.open('sample');
      // Collapsed by default below 1200 px, expanded above.
      await win.expectCollapsed(size.width < 1200);
      // With an objective open, as a person often is when they move on to another view.
      await app.objective(DATA_PLATFORM).click();
      await expect(app.details).toBeVisible();
      for (const view of VIEWS) {
        await win.visit(view);
        expect(await win.overflow(), `${view.nav} at ${at}`).toEqual([]);
        await win.shot(`${view.nav.replace(/\W+/g, '-').toLowerCase()}-${at}-${scheme}`);
      }
      await win.visit(VIEWS[0]);
      await app.objective(DATA_PLATFORM).click();
      await expect(app.details).toBeVisible();
      expect(await win.overflow(), `details at ${at}`).toEqual([]);
      await win.shot(`details-${at}-${scheme}`);
    });
  }
}

// Dialogs at the smallest window and the size it opens at: nothing cut off sideways, and
// every control of the dialog reachable inside the window (a tall dialog scrolls inside).
for (const scheme of ['light', 'dark'] as const) {
  for (const size of [SIZES[0], SIZES[2]]) {
    const at = `${size.width}×${size.height}`;
    test(`every dialog fits the window at ${at} in ${scheme}: all its controls reachable`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      const win = new WindowPage(page);
      const check = async (dialog: Locator, file: string) => {
        expect(await win.overflow(), `${file} at ${at}`).toEqual([]);
        expect(await win.clipped(dialog), `${file} at ${at}`).toEqual([]);
        await win.shot(`dialog-${file}-${at}-${scheme}`);
      };
      const welcome = await openWelcome(page);
      await check(welcome, 'welcome');
      await loadSample(page, welcome);
      for (const step of DIALOGS) {
        const dialog = await step.open(page);
        await check(dialog, step.file);
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
      }
    });
  }
}

test('Ctrl/Cmd+B, the toggle button and the palette collapse and expand the sidebar; every view stays reachable', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const app = new AppPage(page);
  const win = new WindowPage(page);
  await app.open('sample');
  await win.expectCollapsed(false);

  await page.keyboard.press('Control+B');
  await win.expectCollapsed(true);
  // Collapsed, the views keep their names: a keyboard user reaches each one.
  for (const view of VIEWS) {
    const button = win.sidebar.getByRole('button', { name: view.nav, exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: view.heading })).toBeVisible();
  }
  await page.keyboard.press('Control+B');
  await win.expectCollapsed(false);

  await win.collapseButton.click();
  await win.expectCollapsed(true);
  await win.expandButton.click();
  await win.expectCollapsed(false);

  await app.palette('toggle sidebar');
  await win.expectCollapsed(true);
});

test('the sidebar follows the window width until the person toggles it', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const app = new AppPage(page);
  const win = new WindowPage(page);
  await app.open('sample');
  await win.expectCollapsed(true);
  await page.setViewportSize({ width: 1440, height: 900 });
  await win.expectCollapsed(false);
  await page.setViewportSize({ width: 1100, height: 700 });
  await win.expectCollapsed(true);

  // Once chosen, the choice holds whatever the width.
  await win.expandButton.click();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.setViewportSize({ width: 1024, height: 700 });
  await win.expectCollapsed(false);
  expect(await win.overflow()).toEqual([]);
});

test('at 1024×700 the details open as a drawer over the list; Escape closes it and focus returns to the card', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const app = new AppPage(page);
  await app.open('sample');
  const main = page.getByRole('main');
  const before = (await main.boundingBox())!;
  const card = app.objective(DATA_PLATFORM);

  await card.click();
  await expect(app.details).toBeVisible();
  // Over the main area, not beside it: the list keeps its width.
  expect((await main.boundingBox())!.width).toBe(before.width);
  const drawer = (await app.details.boundingBox())!;
  expect(drawer.x + drawer.width).toBe(1024);
  expect(drawer.x).toBeGreaterThan(before.x);
  // Focus is in the drawer, so the keyboard continues there.
  await expect(app.details).toBeFocused();

  const close = app.details.getByRole('button', { name: 'Close details' });
  await expect(close).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(close).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(app.details).toBeHidden();
  await expect(card).toBeFocused();

  // The same with the drawer's Close button, pressed from the keyboard once it shows.
  await page.keyboard.press('Enter');
  await expect(close).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(close).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.details).toBeHidden();
  await expect(card).toBeFocused();
});

test('the objective pane stays on Objectives and closes on arriving anywhere else', async ({
  page,
}) => {
  const app = new AppPage(page);
  const map = new MapPage(page);
  await app.open('sample');
  await app.objective(DATA_PLATFORM).click();
  await expect(app.details).toBeVisible();

  for (const view of VIEWS.slice(1)) {
    await app.nav(view.nav);
    await expect(page.getByRole('heading', { level: 1, name: view.heading })).toBeVisible();
    await expect(app.details, `on ${view.nav}`).toBeHidden();
    await app.nav('Objectives');
    await expect(app.details, `back from ${view.nav}`).toBeHidden();
    await app.objective(DATA_PLATFORM).click();
  }

  // A view may open it itself (the map's Open), and Objectives keeps what was opened there.
  await map.open();
  await map.node(DATA_PLATFORM).click();
  await page
    .getByRole('group', { name: 'Selected on the map' })
    .getByRole('button', { name: 'Open' })
    .click();
  await expect(app.details.getByRole('textbox', { name: 'Title' })).toHaveValue(DATA_PLATFORM);
  await app.nav('Objectives');
  await expect(app.details.getByRole('textbox', { name: 'Title' })).toHaveValue(DATA_PLATFORM);
});

test('at 1024×700 Check-in shows key-result titles whole, beside the history panel too', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const app = new AppPage(page);
  const win = new WindowPage(page);
  await app.open('sample');
  await app.objective(DATA_PLATFORM).click();
  await win.visit(VIEWS[2]);
  const titles = ['Starter dashboards shipped', 'New users who open a starter dashboard'];
  const expectWhole = async () => {
    for (const title of titles) {
      const button = page.getByRole('button', { name: `History of ${title}`, exact: true });
      // The whole title, not "S…": nothing of it is hidden.
      await expect(button).toHaveText(title);
      expect(await button.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    }
    expect(await win.overflow()).toEqual([]);
  };
  await expectWhole();
  await page.getByRole('button', { name: `History of ${titles[0]}` }).click();
  await expect(page.getByRole('heading', { name: titles[0] })).toBeVisible();
  await expectWhole();
  await win.shot('check-in-history-1024×700');
});

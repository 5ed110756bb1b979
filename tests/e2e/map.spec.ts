import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { CheckInPage } from './pages/CheckInPage';
import { MapPage } from './pages/MapPage';

const COMPANY = 'Make Northwind the product customers stay with';
const PRODUCT = 'Turn first-week users into weekly habits';
const GROWTH = 'Make the first session delightful';
const MEI = 'Become the go-to person for our data platform';
const ORPHAN = 'Improve things';

async function openSampleMap(page: Page): Promise<MapPage> {
  await new AppPage(page).open('sample');
  const map = new MapPage(page);
  await map.open();
  return map;
}

test('the sample workspace hangs from the company down to a person, with one edge per alignment', async ({
  page,
}) => {
  const map = await openSampleMap(page);
  await expect(map.cards).toHaveCount(8);
  await expect(map.edges).toHaveCount(5);
  await expect(
    map.canvas.getByRole('group', {
      name: `${PRODUCT} aligns to ${COMPANY} (key result: Customer retention)`,
    }),
  ).toHaveCount(1);
  await expect(
    map.canvas.getByRole('group', { name: `${GROWTH} aligns to ${PRODUCT}` }),
  ).toHaveCount(1);
  // Company above department above team; the person's row is lowest.
  const y = async (t: string) => (await map.node(t).boundingBox())!.y;
  expect(await y(COMPANY)).toBeLessThan(await y(PRODUCT));
  expect(await y(PRODUCT)).toBeLessThan(await y(GROWTH));
  expect(await y(GROWTH)).toBeLessThan(await y(MEI));
  await expect(map.node(COMPANY)).toContainText('Northwind Labs · company');
  await expect(map.node(COMPANY)).toContainText(/\d+ %/);

  // Key results unfold as child nodes: 17 of them, each linked to its objective.
  await page.getByLabel('Show key results').check();
  await expect(map.cards).toHaveCount(25);
  await expect(map.edges).toHaveCount(22);
  await expect(
    map.canvas.getByRole('group', { name: `${PRODUCT} aligns to Customer retention` }),
  ).toHaveCount(1);
});

test('an orphan is flagged on its node and listed; the list brings it into focus', async ({
  page,
}) => {
  const map = await openSampleMap(page);
  await expect(map.node(ORPHAN)).toContainText('Orphan: aligned to nothing');
  await expect(page.getByText('Needs attention: 1 orphan, 0 broken links')).toBeVisible();
  await page
    .getByRole('region', { name: 'Orphans (1)' })
    .getByRole('button', { name: ORPHAN })
    .click();
  await expect(map.node(ORPHAN)).toBeFocused();
});

test('dragging a node onto a parent aligns it, the orphan is gone, and it survives a reload', async ({
  page,
}) => {
  const map = await openSampleMap(page);
  await map.dragAlign(ORPHAN, COMPANY);
  await expect(
    page.getByRole('status').getByText(`“${ORPHAN}” now aligns to “${COMPANY}”`),
  ).toBeVisible();
  await expect(map.edges).toHaveCount(6);
  await expect(page.getByText('Everything hangs from the company')).toBeVisible();
  await page.reload();
  await map.open();
  await expect(map.edges).toHaveCount(6);
  await expect(
    map.canvas.getByRole('group', { name: `${ORPHAN} aligns to ${COMPANY}` }),
  ).toHaveCount(1);
  await expect(map.node(ORPHAN)).not.toContainText('Orphan');
});

test('an alignment that would make a loop is refused with a message and nothing changes', async ({
  page,
}) => {
  const map = await openSampleMap(page);
  await map.dragAlign(COMPANY, GROWTH);
  await expect(page.getByRole('alert')).toContainText(
    `That would make a loop: "${GROWTH}" already hangs from this objective`,
  );
  await expect(map.edges).toHaveCount(5);
  await expect(
    map.canvas.getByRole('group', { name: new RegExp(`^${COMPANY} aligns to`) }),
  ).toHaveCount(0);
});

test('deleting a link unaligns, and Undo puts it back', async ({ page }) => {
  const map = await openSampleMap(page);
  const link = map.canvas.getByRole('group', { name: `${GROWTH} aligns to ${PRODUCT}` });
  await link.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await expect(map.edges).toHaveCount(4);
  await expect(map.node(GROWTH)).toContainText('Orphan');
  await page.keyboard.press('Control+Z');
  await expect(map.edges).toHaveCount(5);
  await expect(link).toHaveCount(1);
});

test('the keyboard moves between nodes, aligns through a menu and opens the editor', async ({
  page,
}) => {
  const map = await openSampleMap(page);
  await page
    .getByRole('region', { name: 'Orphans (1)' })
    .getByRole('button', { name: ORPHAN })
    .click();
  await expect(map.node(ORPHAN)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(map.node(MEI)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(map.node('Give every team a data platform they trust')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(map.node(MEI)).toBeFocused();

  await page
    .getByRole('region', { name: 'Orphans (1)' })
    .getByRole('button', { name: ORPHAN })
    .click();
  await page
    .getByRole('group', { name: 'Selected on the map' })
    .getByRole('button', { name: 'Align to…' })
    .click();
  const dialog = page.getByRole('dialog', { name: `Align “${ORPHAN}”` });
  await dialog
    .getByLabel('Contributes to')
    .selectOption({ label: 'Key result: Net promoter score' });
  await dialog.getByRole('button', { name: 'Align' }).click();
  await expect(dialog).toBeHidden();
  await expect(map.edges).toHaveCount(6);

  await map.node(PRODUCT).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('complementary', { name: 'Details' }).getByLabel('Title'),
  ).toHaveValue(PRODUCT);
});

test('filters show an org subtree with its ancestors for context, and search jumps to a node', async ({
  page,
}) => {
  const map = await openSampleMap(page);
  const org = page.getByRole('combobox', { name: 'Org', exact: true });
  const engineering = await org.evaluate(
    (el: HTMLSelectElement) => [...el.options].find((o) => o.text.trim() === 'Engineering')!.value,
  );
  await org.selectOption(engineering);
  await expect(map.cards).toHaveCount(3);
  await expect(map.canvas.locator('.react-flow__node.is-context')).toHaveCount(1);
  // Engineering's team owns nothing itself: it keeps an empty lane in the filter.
  await expect(map.lane('Data platform', 'team')).toBeVisible();
  await org.selectOption({ label: 'Everyone' });
  await expect(map.cards).toHaveCount(8);

  await map
    .node(COMPANY)
    .getByRole('button', { name: `Collapse what hangs from ${COMPANY}` })
    .click();
  await expect(map.cards).toHaveCount(5);
  await page.getByLabel('Find on the map').fill('first session');
  await page.getByLabel('Find on the map').press('Enter');
  await expect(map.cards).toHaveCount(8);
  await expect(map.node(GROWTH)).toBeFocused();
});

test('the map exports as a PNG image and as well-formed SVG', async ({ page }) => {
  await openSampleMap(page);
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export PNG' }).click(),
  ]);
  expect(png.suggestedFilename()).toMatch(/^alignment-.+\.png$/);
  const bytes = await readFile((await png.path())!);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.length).toBeGreaterThan(1024);
  const width = bytes.readUInt32BE(16);
  expect(width).toBeGreaterThan(500);

  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export SVG' }).click(),
  ]);
  const text = await readFile((await svg.path())!, 'utf8');
  const parsed = await page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
    };
  }, text);
  expect(parsed.error).toBeNull();
  expect(parsed.texts).toContain('Improve things');
  // Headed with the cycle, the scope and the day, and a key to what the colours and badges mean.
  const today = await page.evaluate(() =>
    new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }),
  );
  expect(parsed.texts[0]).toMatch(/^Q\d \d{4} — alignment$/);
  expect(parsed.texts[1]).toBe(`Everyone · ${today}`);
  const legend = await page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    const g = doc.querySelector('g[aria-label="Legend"]');
    return [...(g?.querySelectorAll('text') ?? [])].map((t) => t.textContent);
  }, text);
  expect(legend).toEqual(
    expect.arrayContaining(['On track', 'At risk', 'Draft', 'Proposed', 'Orphan']),
  );
});

test('Tomás sees his new department empty beneath the company, and a new objective as a draft', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('sample');
  await app.nav('Organisation');
  await page.getByRole('button', { name: 'Add a unit under Northwind Labs' }).click();
  await page.getByLabel('Kind of the new unit').selectOption('Department');
  await page.getByLabel('Name of the new unit').fill('Customer success');
  await page.getByLabel('Name of the new unit').press('Enter');
  await app.nav('Objectives');
  await app.newObjective('Win back the accounts we lost');
  const map = new MapPage(page);
  await map.open();

  const lane = map.lane('Customer success', 'department');
  await expect(lane).toBeVisible();
  // On the departments' row, beneath the company's objectives.
  const y = async (l: typeof lane) => (await l.boundingBox())!.y;
  expect(await y(lane)).toBeGreaterThan(await y(map.node(COMPANY)));
  expect(Math.abs((await y(lane)) - (await y(map.node(PRODUCT))))).toBeLessThan(2);

  await expect(map.node('Win back the accounts we lost')).toContainText('Draft');
  await expect(map.node('Win back the accounts we lost')).toHaveAccessibleName(/, draft,/);
  await expect(map.node(COMPANY)).not.toContainText('Draft');

  // Filtered to the department, its lane is what the map shows.
  await page
    .getByRole('combobox', { name: 'Org', exact: true })
    .selectOption({ label: 'Customer success' });
  await expect(lane).toBeVisible();
  await expect(map.cards).toHaveCount(0);
});

test('Fit view never shrinks text below the floor: the map shows its units, and a unit opens', async ({
  page,
}) => {
  const map = await openSampleMap(page);
  await page.getByRole('button', { name: 'Fit view' }).click();
  // The sample fits at a readable zoom: it stays objectives.
  await expect(map.node(COMPANY)).toBeVisible();
  await expect.poll(() => map.zoom()).toBeGreaterThanOrEqual(0.5);

  // With its 17 key results it would not: Fit view shows the org units instead.
  await page.getByLabel('Show key results').check();
  await page.getByRole('button', { name: 'Fit view' }).click();
  const engineering = map.unit('Engineering', 'department');
  await expect(engineering).toBeVisible();
  await expect(engineering).toContainText(/2 objectives/);
  await expect(engineering).toContainText(/\d+ %/);
  await expect(engineering).toHaveAccessibleName(
    /: 2 objectives, \d+ %, (On track|At risk|Off track|Stale|Done)/,
  );
  await expect(map.cards).toHaveCount(0);
  await expect.poll(() => map.zoom()).toBeGreaterThanOrEqual(0.5);

  // Enter opens a unit: the map filters to it and shows its objectives again.
  await engineering.focus();
  await page.keyboard.press('Enter');
  await expect(map.node('Give every team a data platform they trust')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Org', exact: true })).toHaveValue(
    await page
      .getByRole('combobox', { name: 'Org', exact: true })
      .evaluate(
        (el: HTMLSelectElement) =>
          [...el.options].find((o) => o.text.trim() === 'Engineering')!.value,
      ),
  );
  await expect(map.node(PRODUCT)).toHaveCount(0);

  // Zooming out past the floor shows the units too; a click opens one.
  await page
    .getByRole('combobox', { name: 'Org', exact: true })
    .selectOption({ label: 'Everyone' });
  const product = map.unit('Product', 'department');
  // A person keeps pressing − until the map turns into units.
  await expect(async () => {
    await page.getByRole('button', { name: 'Zoom Out' }).click();
    await expect(product).toBeVisible({ timeout: 1000 });
  }).toPass();
  await expect.poll(() => map.zoom()).toBeGreaterThanOrEqual(0.5);
  await product.click();
  await expect(map.node(PRODUCT)).toBeVisible();
  await expect(map.node(COMPANY)).toHaveClass(/is-context/);
});

test('the overview draws every node by status and a press on it brings that part into view', async ({
  page,
}) => {
  const map = await openSampleMap(page);
  const overview = map.canvas.getByRole('img', { name: 'Overview of the whole map' });
  await expect(overview).toBeVisible();
  // Eight objectives, each a rectangle in one of the status paths.
  const rects = await overview
    .locator('path[class^="map-overview__"]:not(.map-overview__mask)')
    .evaluateAll((ps) => ps.map((p) => (p.getAttribute('d') ?? '').split('M').length - 1));
  expect(rects.reduce((a, b) => a + b, 0)).toBe(8);

  const viewport = map.canvas.locator('.react-flow__viewport');
  const before = await viewport.getAttribute('style');
  const box = (await overview.boundingBox())!;
  await page.mouse.click(box.x + 4, box.y + 4);
  await expect.poll(() => viewport.getAttribute('style')).not.toBe(before);
});

test('a key result silent for two weeks reads Stale on its map card and in the exported SVG', async ({
  page,
}) => {
  // Wednesday 25 November 2026, in Q4 2026: plan, check in once, then let 15 days pass.
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00'));
  const app = new AppPage(page);
  await app.planDataPlatform();
  await page.getByRole('button', { name: 'Close details' }).click();
  const checkin = new CheckInPage(page);
  await app.nav('Check-in');
  const panel = await checkin.openHistory('Internal talks given');
  await checkin.addCheckIn(panel, 'Internal talks given', { at: '2026-11-25', value: '2' });

  const map = new MapPage(page);
  await map.open();
  await page.getByLabel('Show key results').check();
  await expect(map.node('Internal talks given')).toContainText('67 %');
  await expect(map.node('Internal talks given')).toContainText('On track');

  await page.clock.setFixedTime(new Date('2026-12-10T10:00:00'));
  await page.reload();
  await map.open();
  await page.getByLabel('Show key results').check();
  // 67 % with 77 % of the quarter gone would be on track; silence is never green.
  const talks = map.node('Internal talks given');
  await expect(talks).toContainText('Stale');
  await expect(talks).not.toContainText('On track');

  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export SVG' }).click(),
  ]);
  const text = await readFile((await svg.path())!, 'utf8');
  const texts = await page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    return [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
  }, text);
  const facts = texts[texts.indexOf('Internal talks given') + 1];
  expect(facts).toMatch(/^67 % · Stale/);
  expect(texts.filter((t) => t.includes('On track'))).toEqual([]);
});

import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { CoachPage } from './pages/CoachPage';

/** A real, published OKR file (Node.js Community Committee, 2020), byte for byte. */
const FILE = resolve(
  process.cwd(),
  '../shared/fixtures/real-okrs-2/nodejs-community-committee/OKR@3d0329d.md',
);

test('a real OKR file imports with its numbers, and the coach flags a task on its card', async ({
  page,
}) => {
  const app = new AppPage(page);
  const coach = new CoachPage(page);
  await app.open('empty');

  const preview = await coach.importFile(FILE);
  // "200k views per 30 days … (current is 125k)" arrives as a number to move, start and target.
  const views = preview
    .getByRole('listitem')
    .filter({ hasText: /^200k views per 30 days/ })
    .last();
  await expect(views).toContainText('increase to: 125000 → 200000 views');
  await preview
    .getByRole('button', { name: /^Import \d+ objectives? and \d+ key results?$/ })
    .click();
  await expect(preview).toBeHidden();

  await app.nav('Objectives');
  const card = coach.card('Positively affect the rest of the JavaScript Ecosystem');
  await expect(card).toBeVisible();
  await expect(coach.badge(card)).toBeVisible();
  const findings = await coach.openFindings(card);
  // "Publish 5 blog posts …" counts outputs: a task, not an outcome.
  const task = findings
    .getByRole('listitem')
    .filter({ hasText: 'Publish 5 blog posts with key ecosystem projects' });
  await expect(task).toContainText('counts outputs');

  // An outcome with its numbers draws nothing about tasks.
  await expect(
    findings.getByRole('listitem').filter({ hasText: '200k views per 30 days' }),
  ).toHaveCount(0);
});

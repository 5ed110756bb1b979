import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { OrgPage } from './pages/OrgPage';

test('a person of the tree is made lead of a department, shown as "Led by", and Undo takes it back', async ({
  page,
}) => {
  await new AppPage(page).open('sample');
  const org = new OrgPage(page);
  await org.open();
  const engineering = org.unit('Engineering', 'Department');
  await expect(engineering).toContainText('No lead');

  await org.addLead('Engineering', 'Ana Sousa');
  await expect(engineering).toContainText('Led by Ana Sousa');
  await expect(page.getByRole('status')).toContainText('Ana Sousa leads Engineering');

  await org.undo('Ana Sousa leads Engineering');
  await expect(engineering).not.toContainText('Led by');
  await expect(engineering).toContainText('No lead');
});

test('two leads on a team; removing one keeps the other, and Undo brings the removed one back', async ({
  page,
}) => {
  await new AppPage(page).open('sample');
  const org = new OrgPage(page);
  await org.open();
  const team = org.unit('Data platform', 'Team');
  await org.addLead('Data platform', 'Mei Chen');
  await org.addLead('Data platform', 'Tomás Ruiz');
  await expect(team).toContainText('Led by Mei Chen, Tomás Ruiz');

  await org.removeLead('Data platform', 'Mei Chen');
  await expect(team).toContainText('Led by Tomás Ruiz');
  await expect(team).not.toContainText('Mei Chen, ');
  await org.undo('Mei Chen no longer leads Data platform');
  await expect(team).toContainText('Led by Mei Chen, Tomás Ruiz');
});

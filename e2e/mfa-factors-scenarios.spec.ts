import { scenarioHref, type ScenarioName } from '../mocks/scenarios/catalog';
import { expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';

// Each second-factor state opens from its link, genuinely built, and passes axe in both
// languages (the dialogs, the list with its buttons, the naming step).
const names: ScenarioName[] = [
  'profile-factors',
  'factor-add-reauth',
  'factor-add-scan',
  'factor-naming',
];

for (const lang of ['en', 'zh-CN'] as const) {
  for (const name of names) {
    test(`scenario ${name} (${lang}) opens ready and accessible`, async ({ page }) => {
      await page.goto(scenarioHref(name, { lang }));
      const html = page.locator('html');
      await expect(html).toHaveAttribute('data-scenario-state', 'ready');
      await expect(html).toHaveAttribute('lang', lang);
      if (lang === 'zh-CN') {
        // Nothing of the feature's own text is left in English.
        await expect(page.locator('#main')).not.toContainText(/Second factors|Add authenticator/);
      }
      await expectNoA11yViolations(page, `${name} (${lang})`);
    });
  }
}

test('the naming step is prefilled with the next free default name', async ({ page }) => {
  await page.goto(scenarioHref('factor-naming'));
  await expect(page.locator('html')).toHaveAttribute('data-scenario-state', 'ready');
  await expect(page.getByRole('dialog').getByLabel('Name')).toHaveValue('Authenticator app 2');
});

import { scenarioCatalog, scenarioFlows } from '#mocks/scenarios/catalog';
import { bob, expect, test } from './fixtures';

/**
 * Every named scenario lands: opened once through its link (English, light), it reports
 * `ready` and shows its screen. One test per flow, its scenarios one after another on the same
 * page (each link resets the simulated backend), so the whole catalog stays quick.
 */
for (const flow of scenarioFlows) {
  const scenarios = scenarioCatalog.filter((scenario) => scenario.flow === flow);
  if (scenarios.length === 0) continue;

  test(`scenarios of the ${flow} flow land on their screen`, async ({ page, mock }) => {
    // Up to ten scenarios in a row, each waiting until its screen holds still (lazy chunks,
    // the review tools, two quiet frames): more than the default minute on a busy machine.
    test.slow();
    const crashes: string[] = [];
    page.on('pageerror', (error) => crashes.push(error.message));

    for (const scenario of scenarios) {
      await test.step(scenario.name, async () => {
        await mock.scenario(scenario.name, { lang: 'en', theme: 'light' });
        const html = page.locator('html');
        await expect(html).toHaveAttribute('data-scenario-state', 'ready');
        await expect(html).toHaveAttribute('lang', 'en');
        await expect(html).toHaveAttribute('data-theme', 'light');
        // Its screen: the page's one h1, or the heading of the dialog open over it.
        const screenHeading = page
          .getByRole('dialog')
          .getByRole('heading')
          .or(page.getByRole('heading', { level: 1 }))
          .first();
        await expect(screenHeading, `${scenario.name} shows its screen`).toBeVisible();
        await expect(screenHeading).not.toBeEmpty();
        expect(crashes, `${scenario.name} runs without uncaught errors`).toEqual([]);
      });
    }
  });
}

test.describe('a scenario is a starting point for a journey', () => {
  test.use({ locale: 'zh-CN' });

  test('after a wrong code, the right one signs Bob in (zh-CN)', async ({
    page,
    mock,
    verifyPage,
    consolePage,
    text,
  }) => {
    await mock.scenario('totp-wrong-code');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(verifyPage.heading).toHaveText('MFA 验证');
    await expect(verifyPage.alert).toHaveText(text.t('errors:invalid_code'));
    await verifyPage.code.fill(await mock.codeNow(bob.secret));
    await expect(consolePage.heading).toHaveText(consolePage.welcome(bob.name));
  });
});

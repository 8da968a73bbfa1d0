import { readFile } from 'node:fs/promises';
import { scenarioHref, type ScenarioName } from '#mocks/scenarios/catalog';
import { activityCsvColumns } from '#src/api/activity';
import { expect, test } from './fixtures';
import { ActivityPage } from './pages/activity-page';
import { Messages } from './pages/messages';
import { expectNoA11yViolations } from './support/axe';

const messages = { en: new Messages('en'), 'zh-CN': new Messages('zh-CN') } as const;
/** The page's words in `lang`, from the app's own message files. */
const words = (lang: 'en' | 'zh-CN') => (key: string) =>
  messages[lang].t(`profile:activity.${key}`);

async function open(page: ActivityPage['page'], name: ScenarioName, lang: 'en' | 'zh-CN' = 'en') {
  await page.goto(scenarioHref(name, { lang }));
  // Generous: a 10,000-event scenario is written in the page, on whatever machine runs it.
  await expect(page.locator('html')).toHaveAttribute('data-scenario-state', 'ready', {
    timeout: 60_000,
  });
  const w = words(lang);
  return new ActivityPage(page, { filter: w('filter.label'), showMore: w('showMore') });
}

for (const lang of ['en', 'zh-CN'] as const) {
  const w = words(lang);
  for (const name of ['activity-log', 'activity-new-device', 'activity-empty'] as const) {
    test(`scenario ${name} (${lang}) opens ready and accessible`, async ({ page }) => {
      await open(page, name, lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('heading'));
      if (lang === 'zh-CN')
        await expect(page.locator('#main')).not.toContainText(/Signed in|Show more|Download/);
      await expectNoA11yViolations(page, `${name} (${lang})`);
    });
  }

  test(`the list reads newest first and filters by kind (${lang})`, async ({ page }) => {
    const activity = await open(page, 'activity-log', lang);
    await expect(activity.entries).toHaveCount(5);
    await expect(activity.entry(0)).toContainText(w('kind.signed_in'));
    await activity.filter.selectOption({ label: w('filter.sessions') });
    await expect(activity.entries).toHaveCount(1);
    await expect(activity.entry(0)).toContainText(w('kind.sudo_entered'));
    await expect(page).toHaveURL(/group=sessions/);
    await expectNoA11yViolations(page, `activity filtered (${lang})`);
  });

  // A few literal words prove the Chinese page is translated, not only that its keys exist.
  const literal =
    lang === 'zh-CN' ? { json: '下载 JSON', newDevice: '新设备', notMe: '不是我本人' } : null;

  test(`the exports download as JSON and CSV (${lang})`, async ({ page }) => {
    await open(page, 'activity-log', lang);
    if (literal) await expect(page.getByRole('button', { name: literal.json })).toBeVisible();
    const json = page.waitForEvent('download');
    await page.getByRole('button', { name: w('export.json') }).click();
    const jsonFile = await json;
    expect(jsonFile.suggestedFilename()).toBe('security-activity.json');
    const exported = JSON.parse(await readFile((await jsonFile.path()) ?? '', 'utf8'));
    expect(exported.events).toHaveLength(5);
    const csv = page.waitForEvent('download');
    await page.getByRole('button', { name: w('export.csv') }).click();
    const csvFile = await csv;
    expect(csvFile.suggestedFilename()).toBe('security-activity.csv');
    const lines = (await readFile((await csvFile.path()) ?? '', 'utf8')).trimEnd().split('\r\n');
    // The file is for tools: its columns are the contract's, whatever the page's language.
    expect(lines[0]).toBe(activityCsvColumns.join(','));
    expect(lines).toHaveLength(6);
    await expect(page.getByText(w('export.error'))).toHaveCount(0);
    await expectNoA11yViolations(page, `activity after both downloads (${lang})`);
  });

  test(`a new device: its notice is in the mailbox, its entry offers "This wasn't me" (${lang})`, async ({
    page,
    mock,
  }) => {
    const activity = await open(page, 'activity-new-device', lang);
    // The mail is the backend's, in English whatever the page's language.
    const [mail] = await mock.mailbox();
    expect(mail?.subject).toContain('New sign-in from Safari on iOS');
    expect(mail?.body).toContain('198.51.100.24');
    expect(mail?.body).toContain('Osaka, Japan');
    await expect(activity.entry(0)).toContainText(w('newDevice'));
    await expect(activity.entry(0)).toContainText('198.51.100.24 · Osaka, Japan');
    if (literal) await expect(activity.entry(0)).toContainText(literal.newDevice);
    const notMe = activity.entry(0).getByRole('link', { name: literal?.notMe ?? w('notMe') });
    await expect(notMe).toHaveAttribute('href', /^\/settings\/secure-account\?event=evt_/);
    await notMe.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      messages[lang].t('profile:secureAccount.heading'),
    );
    await expectNoA11yViolations(page, `secure your account, from the log (${lang})`);
  });
}

test('the exact time shows on keyboard focus as on hover', async ({ page }) => {
  const activity = await open(page, 'activity-log');
  const time = activity.time(0);
  // This entry's own tip: a role query would find whichever tip shows (hidden ones have no role).
  const tip = page.locator(`[id="${await time.getAttribute('aria-describedby')}"]`);
  await expect(tip).toBeHidden();
  await time.focus();
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText(/\d{1,2}:\d{2}:\d{2}/);
  await expect(time).toHaveAttribute('title', (await tip.textContent()) ?? '');
  await page.keyboard.press('Tab');
  await expect(tip).toBeHidden();
});

test('Show more loads the next page and moves focus to its first entry', async ({ page }) => {
  // Its 10,000 events are written in the page first: the scenario's own wait (60 s) must fit.
  test.slow();
  const activity = await open(page, 'activity-long');
  await expect(activity.entries).toHaveCount(20);
  await activity.showMore.click();
  await expect(activity.entries).toHaveCount(40);
  await expect(activity.entry(20)).toBeFocused();
  await expectNoA11yViolations(page, 'activity-long, second page');
});

import { headersForPath, readHeaderRules } from '#scripts/static-headers.mjs';
import { expect, test } from './fixtures';

test.describe('The built app under its production headers', { tag: '@real-backend' }, () => {
  test('every page and script comes with the headers of public/_headers', async ({ page }) => {
    const expected = headersForPath(readHeaderRules(), '/');
    const csp = expected['Content-Security-Policy'] ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const scripts: Record<string, string>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.headers());
    });
    const document = await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
    expect(scripts.length).toBeGreaterThan(0);
    for (const headers of [document?.headers() ?? {}, ...scripts]) {
      for (const [name, value] of Object.entries(expected)) {
        expect(headers[name.toLowerCase()], name).toBe(value);
      }
    }
  });

  test('the policy is enforced: an inline script is refused and reported', async ({
    page,
    cspViolations,
  }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.head.append(script);
    });
    await expect.poll(() => cspViolations.length).toBe(1);
    expect(cspViolations[0]).toMatch(/inline script/i);
    expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false);
    // Expected here; any other violation in any test fails it (the fixture checks).
    cspViolations.length = 0;
  });
});

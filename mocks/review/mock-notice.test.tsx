// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { mockPaths } from '#src/api/mock-control';
import { i18n } from '#src/i18n';
import { server } from '../node';
import { setupMockServer } from '../testing/server';
import { MockNotice } from './mock-notice';
import { renderReview } from './testing';

setupMockServer();

afterEach(async () => {
  sessionStorage.clear();
  await i18n.changeLanguage('en');
});

function reportNotices(notices: string[]) {
  server.use(
    http.get(`*${mockPaths.status}`, () =>
      HttpResponse.json({ storage: 'memory', notices, now: new Date().toISOString() }),
    ),
  );
}

describe('MockNotice', () => {
  it('says when the simulated backend had to start over, and can be dismissed for the visit', async () => {
    reportNotices(['memory_only', 'reset_unreadable']);
    const { unmount } = await renderReview(<MockNotice />);

    const notice = await screen.findByRole('complementary', { name: 'Simulated backend notice' });
    expect(notice).toHaveTextContent(
      'This browser does not let the demo save its data: changes are lost when you reload the page.',
    );
    expect(notice).toHaveTextContent('could not be read, so it was reset');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    unmount();
    await renderReview(<MockNotice />);
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  });

  it('reads in Chinese', async () => {
    reportNotices(['reset_old_version']);
    await renderReview(<MockNotice />, 'zh-CN');
    expect(
      await screen.findByText('此浏览器中保存的演示数据来自旧版本，已重置为示例账户。'),
    ).toBeInTheDocument();
  });

  it('shows nothing while the simulated backend is fine', async () => {
    let asked = false;
    server.use(
      http.get(`*${mockPaths.status}`, () => {
        asked = true;
        return HttpResponse.json({ storage: 'local', notices: [], now: new Date().toISOString() });
      }),
    );
    const { container } = await renderReview(<MockNotice />);
    await expect.poll(() => asked).toBe(true);
    expect(container).toBeEmptyDOMElement();
  });
});

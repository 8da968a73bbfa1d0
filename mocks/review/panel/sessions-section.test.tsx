// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockPaths, type SeededSessionResponse } from '#src/api/mock-control';
import { server } from '#mocks/node';
import { setupMockServer } from '../../testing/server';
import { renderReview } from '../testing';
import { SessionsSection } from './sessions-section';

setupMockServer();

const button = () => screen.getByRole('button', { name: 'Add a signed-in phone' });

describe('the review panel’s Sessions section', () => {
  it('says to sign in first when no account is signed in on this browser', async () => {
    await renderReview(<SessionsSection />);
    await userEvent.setup().click(button());
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Sign in first: the phone is added to the account signed in on this browser.',
    );
  });

  it('says which phone signed in to which account', async () => {
    const requests: string[] = [];
    server.use(
      http.post(`*${mockPaths.sessions}`, ({ request }) => {
        requests.push(request.method);
        return HttpResponse.json<SeededSessionResponse>(
          { accountEmail: 'bob@example.com', address: '198.51.100.24', location: 'Osaka, Japan' },
          { status: 201 },
        );
      }),
    );
    await renderReview(<SessionsSection />);
    await userEvent.setup().click(button());
    expect(await screen.findByText(/is now signed in/)).toHaveTextContent(
      'An iPhone at 198.51.100.24 (Osaka, Japan) is now signed in to bob@example.com. Reload Profile settings to see it.',
    );
    expect(requests).toEqual(['POST']);
  });

  it('reads in Chinese', async () => {
    await renderReview(<SessionsSection />, 'zh-CN');
    expect(screen.getByRole('button', { name: '添加一部已登录的手机' })).toBeVisible();
  });
});

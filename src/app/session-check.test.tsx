// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { server } from '#mocks/node';
import { seedAccounts } from '#mocks/db/seed';
import { setupMockServer } from '#mocks/testing/server';
import { signInAlice } from '#mocks/testing/flows';
import { TestBrowser } from '#mocks/testing/client';
import { apiPaths } from '../api/auth';
import { maySessionExist } from '../api/session-hint';
import { renderApp } from './test-utils';

setupMockServer();

/** Every request the app sends, by path, as the (simulated) server sees them. */
function recordRequests(): string[] {
  const paths: string[] = [];
  server.events.on('request:start', ({ request }) => {
    paths.push(new URL(request.url).pathname);
  });
  return paths;
}

const signInHeading = () => screen.findByRole('heading', { level: 1, name: 'Sign in' });

describe('is anyone signed in? (the front door)', () => {
  it('a browser that never signed in gets the form with no request at all', async () => {
    const requests = recordRequests();
    await renderApp('/settings/profile');
    expect(await signInHeading()).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toBeInTheDocument();
    expect(requests.filter((path) => path === apiPaths.session)).toEqual([]);
    expect(requests.filter((path) => path.startsWith('/api/') && !path.includes('__mock'))).toEqual(
      [],
    );
  });

  it('a browser that signed in before asks once, then shows the form if the session is gone', async () => {
    const requests = recordRequests();
    await renderApp('/', { sessionHint: true });
    expect(screen.getByText(/^Loading/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Email')).toBeNull();
    expect(await signInHeading()).toBeInTheDocument();
    expect(requests.filter((path) => path.startsWith('/api/') && !path.includes('__mock'))).toEqual(
      [apiPaths.session],
    );
    // The stale hint is gone: the next visit goes straight to the form.
    expect(maySessionExist()).toBe(false);
  });

  it('a signed-in browser goes to the console without the form ever showing', async () => {
    // The jsdom page shares the simulated server's cookie jar with this browser's origin.
    const browser = new TestBrowser();
    Object.defineProperty(browser, 'origin', { value: location.origin });
    await signInAlice(browser);
    await renderApp('/sign-in', { sessionHint: true });
    expect(screen.queryByLabelText('Email')).toBeNull();
    expect(
      await screen.findByRole('heading', { level: 1, name: `Welcome, ${seedAccounts.alice.name}` }),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Email')).toBeNull();
    expect(maySessionExist()).toBe(true);
  });
});

// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '#src/app/test-utils';
import { i18n } from '#src/i18n';
import { setupMockServer } from '../testing/server';
import { fillSignIn } from './fill-sign-in';
import { ReviewTools } from './review-tools';
import { renderReview } from './testing';

setupMockServer();

afterEach(async () => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  await i18n.changeLanguage('en');
});

async function renderAt(path: string, language: 'en' | 'zh-CN' = 'en') {
  window.history.replaceState(null, '', path);
  const topSlot = document.body.appendChild(document.createElement('div'));
  const view = await renderReview(<ReviewTools topSlot={topSlot} />, language);
  return { ...view, topSlot };
}

describe('the demo hint', () => {
  it('shows the demo accounts on the sign-in screen, and opens the panel where codes are', async () => {
    const { topSlot } = await renderAt('/sign-in');
    const hint = screen.getByRole('complementary', { name: 'This is a demo' });
    expect(hint).toHaveTextContent('alice@example.com');
    expect(hint).toHaveTextContent('Alice#2026');
    expect(hint).toHaveTextContent('MFA off: a verification code arrives by email.');
    expect(hint).toHaveTextContent('bob@example.com');
    expect(hint).toHaveTextContent('Bob#2026');
    expect(hint).toHaveTextContent('MFA on: the code comes from an authenticator app.');

    // The demo strip above the app says so and leads to the accounts (after the form on a phone).
    const strip = within(topSlot).getByRole('complementary', { name: 'Review tools' });
    expect(strip).toHaveTextContent('Demo');
    const events = userEvent.setup();
    await events.click(within(strip).getByRole('button', { name: 'Show accounts' }));
    expect(hint).toHaveFocus();

    await events.click(within(hint).getByRole('button', { name: 'Open the mailbox' }));
    const panel = screen.getByRole('dialog', { name: 'Review tools' });
    expect(within(panel).getByRole('tab', { name: 'Mailbox' })).toHaveFocus();
  });

  it('shows where codes are on the code screen, and nothing elsewhere', async () => {
    const { topSlot } = await renderAt('/sign-in/verify');
    expect(
      within(topSlot).queryByRole('button', { name: 'Show accounts' }),
    ).not.toBeInTheDocument();
    const hint = screen.getByRole('complementary', { name: 'Demo: your code' });
    expect(
      within(hint).getByRole('button', { name: 'Open the virtual authenticator' }),
    ).toBeVisible();

    act(() => {
      window.history.pushState(null, '', '/settings/profile');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.queryByRole('complementary', { name: /Demo/ })).not.toBeInTheDocument();
  });

  it('can be hidden, stays hidden on the next load, and comes back from the panel', async () => {
    const events = userEvent.setup();
    const first = await renderAt('/sign-in');
    await events.click(screen.getByRole('button', { name: 'Hide the demo hint' }));
    expect(screen.queryByRole('complementary', { name: 'This is a demo' })).not.toBeInTheDocument();
    expect(
      within(first.topSlot).queryByRole('button', { name: 'Show accounts' }),
    ).not.toBeInTheDocument();
    expect(localStorage.getItem('zen-console-mock:demo-hint-hidden')).toBe('1');
    first.unmount();

    const second = await renderAt('/sign-in');
    expect(screen.queryByRole('complementary', { name: 'This is a demo' })).not.toBeInTheDocument();
    await events.click(screen.getByRole('button', { name: /Open the review tools/ }));
    await events.click(screen.getByRole('tab', { name: 'Language and theme' }));
    await events.click(screen.getByRole('button', { name: 'Show the demo hint again' }));
    expect(within(second.topSlot).getByRole('button', { name: 'Show accounts' })).toBeVisible();
    expect(screen.getByRole('complementary', { name: 'This is a demo' })).toBeInTheDocument();
  });

  it('reads in Chinese', async () => {
    await renderAt('/sign-in', 'zh-CN');
    const hint = screen.getByRole('complementary', { name: '这是一个演示' });
    expect(within(hint).getByRole('button', { name: '填入 Bob 的账户' })).toBeVisible();
  });
});

describe('fillSignIn', () => {
  it("fills the app's controlled sign-in form so that signing in works", async () => {
    await renderApp('/sign-in');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    let filled = false;
    act(() => {
      filled = fillSignIn('alice@example.com', 'Alice#2026');
    });
    expect(filled).toBe(true);
    expect(screen.getByLabelText('Email')).toHaveValue('alice@example.com');
    expect(screen.getByLabelText('Password')).toHaveValue('Alice#2026');
    const submit = screen.getByRole('button', { name: 'Sign in' });
    expect(submit).toHaveFocus();

    await userEvent.setup().click(submit);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Email verification' }),
    ).toBeInTheDocument();
  });

  it('does nothing where there is no sign-in form', () => {
    expect(fillSignIn('alice@example.com', 'Alice#2026', document.createElement('div'))).toBe(
      false,
    );
  });
});

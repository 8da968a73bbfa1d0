// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths, signInResponseSchema } from '#src/api/auth';
import { apiRequest } from '#src/api/client';
import { i18n } from '#src/i18n';
import { transact } from '../db/db';
import { clockOffsetSeconds, now } from '../db/clock';
import { readFaults } from '../db/faults';
import { bobTotpSecret, seedAccounts } from '../db/seed';
import { totpAt } from '../testing/codes';
import { setupMockServer } from '../testing/server';
import { ReviewTools } from './review-tools';
import { renderReview } from './testing';

setupMockServer();

let topSlot: HTMLElement;
beforeEach(() => {
  topSlot = document.body.appendChild(document.createElement('div'));
});
afterEach(async () => {
  topSlot.remove();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  document.documentElement.removeAttribute('data-theme');
  await i18n.changeLanguage('en');
});

async function openPanel() {
  const events = userEvent.setup();
  await renderReview(<ReviewTools topSlot={topSlot} />);
  const button = screen.getByRole('button', { name: 'Open the review tools (Alt+Shift+D)' });
  await events.click(button);
  return { events, button, panel: screen.getByRole('dialog', { name: 'Review tools' }) };
}

describe('the review panel', () => {
  it('opens from its button on the first section, and gives focus back on close', async () => {
    const { events, button, panel } = await openPanel();
    expect(within(panel).getByRole('tab', { name: 'Scenarios' })).toHaveFocus();
    expect(within(panel).getByRole('tab', { name: 'Scenarios' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await events.click(within(panel).getByRole('button', { name: 'Close the review tools' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('opens and closes with Alt+Shift+D, and with Escape', async () => {
    await renderReview(<ReviewTools topSlot={topSlot} />);
    const shortcut = { key: 'Ď', code: 'KeyD', altKey: true, shiftKey: true };
    fireEvent.keyDown(document, shortcut);
    const panel = await screen.findByRole('dialog', { name: 'Review tools' });
    fireEvent.keyDown(document, shortcut);
    expect(panel).not.toBeInTheDocument();
    fireEvent.keyDown(document, { ...shortcut, ctrlKey: true });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    fireEvent.keyDown(document, shortcut);
    fireEvent(screen.getByRole('dialog'), new Event('cancel', { cancelable: true }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('moves between sections with the arrow keys', async () => {
    const { events, panel } = await openPanel();
    await events.keyboard('{ArrowRight}');
    expect(within(panel).getByRole('tab', { name: 'Authenticator' })).toHaveFocus();
    await events.keyboard('{End}');
    expect(within(panel).getByRole('tab', { name: 'Language and theme' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await events.keyboard('{ArrowRight}');
    expect(within(panel).getByRole('tab', { name: 'Scenarios' })).toHaveFocus();
  });

  it('links each scenario with the current language and theme, and searches them', async () => {
    localStorage.setItem('zen-console-mock:theme', 'dark');
    const { events, panel } = await openPanel();
    const link = within(panel).getByRole('link', { name: 'MFA code, wrong code' });
    expect(link).toHaveAttribute('href', '/?scenario=totp-wrong-code&lang=en&theme=dark');
    await events.type(within(panel).getByLabelText('Search scenarios'), 'recovery');
    expect(within(panel).queryByRole('link', { name: 'MFA code, wrong code' })).toBeNull();
    expect(within(panel).getByRole('link', { name: /one recovery code left/ })).toBeVisible();
    await events.type(within(panel).getByLabelText('Search scenarios'), ' nothing');
    expect(within(panel).getByText('No scenario matches “recovery nothing”.')).toBeVisible();
  });

  it("shows Bob's current code at the simulated time, marked as a demo aid", async () => {
    const { events, panel } = await openPanel();
    await events.click(within(panel).getByRole('tab', { name: 'Authenticator' }));
    const bob = await within(panel).findByRole('listitem', { name: seedAccounts.bob.email });
    const code = totpAt(bobTotpSecret, now());
    expect(within(bob).getByText(`${code.slice(0, 3)} ${code.slice(3)}`)).toBeVisible();
    expect(within(bob).getByText('25 seconds left')).toBeVisible();
    expect(within(bob).getByText('MFA on')).toBeVisible();
    expect(within(panel).getByText(/Demo aid: a virtual authenticator/)).toBeVisible();
  });

  it('shows mailed codes, newest first, after a refresh', async () => {
    const { events, panel } = await openPanel();
    await events.click(within(panel).getByRole('tab', { name: 'Mailbox' }));
    expect(await within(panel).findByText(/No mail yet/)).toBeVisible();

    // Alice's password step, from this page as the app would send it.
    await apiRequest(apiPaths.signIn, {
      method: 'POST',
      body: { email: seedAccounts.alice.email, password: seedAccounts.alice.password },
      schema: signInResponseSchema,
    });
    await events.click(within(panel).getByRole('button', { name: 'Refresh' }));
    const code = await transact((store) => store.mailbox[0]?.code);
    expect(code).toMatch(/^\d{6}$/);
    expect(await within(panel).findByText(code ?? '')).toBeVisible();
  });

  it('moves the clock by minutes, refuses bad input, and goes back to real time', async () => {
    const { events, panel } = await openPanel();
    await events.click(within(panel).getByRole('tab', { name: 'Clock' }));
    expect(await within(panel).findByText('Same as real time')).toBeVisible();
    await events.click(within(panel).getByRole('button', { name: '+5 min' }));
    expect(await within(panel).findByText('5 minutes ahead of real time')).toBeVisible();
    expect(clockOffsetSeconds()).toBe(300);

    await events.type(within(panel).getByLabelText(/^Minutes/), 'ten');
    await events.click(within(panel).getByRole('button', { name: 'Move by these minutes' }));
    expect(within(panel).getByText('Enter whole minutes between −1440 and 1440.')).toBeVisible();
    await events.clear(within(panel).getByLabelText(/^Minutes/));
    await events.type(within(panel).getByLabelText(/^Minutes/), '-15');
    await events.click(within(panel).getByRole('button', { name: 'Move by these minutes' }));
    expect(await within(panel).findByText('10 minutes behind real time')).toBeVisible();

    await events.click(within(panel).getByRole('button', { name: 'Back to real time' }));
    expect(await within(panel).findByText('Same as real time')).toBeVisible();
    expect(clockOffsetSeconds()).toBe(0);
  });

  it('sets latency, planned failures and offline on the fault switch', async () => {
    const { events, panel } = await openPanel();
    await events.click(within(panel).getByRole('tab', { name: 'Network' }));
    const offline = await within(panel).findByRole('checkbox', { name: /Offline/ });
    await events.click(offline);
    await expect.poll(() => readFaults().offline).toBe(true);

    await events.type(within(panel).getByLabelText(/Added latency/), '20000');
    await events.click(within(panel).getByRole('button', { name: 'Set latency' }));
    expect(within(panel).getByText('Enter whole milliseconds from 0 to 10000.')).toBeVisible();
    await events.clear(within(panel).getByLabelText(/Added latency/));
    await events.type(within(panel).getByLabelText(/Added latency/), '1500');
    await events.click(within(panel).getByRole('button', { name: 'Set latency' }));
    await events.type(within(panel).getByLabelText(/Failing requests/), '3');
    await events.click(within(panel).getByRole('button', { name: 'Fail the next requests' }));
    await expect.poll(() => readFaults()).toEqual({ failNext: 3, latencyMs: 1500, offline: true });

    await events.click(within(panel).getByRole('button', { name: 'Clear all network faults' }));
    await expect.poll(() => readFaults()).toEqual({ failNext: 0, latencyMs: 0, offline: false });
    await waitFor(() =>
      expect(within(panel).getByRole('checkbox', { name: /Offline/ })).not.toBeChecked(),
    );
  });

  it('switches the language and forces a theme', async () => {
    const { events, panel } = await openPanel();
    await events.click(within(panel).getByRole('tab', { name: 'Language and theme' }));
    await events.click(within(panel).getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    await events.click(within(panel).getByRole('radio', { name: 'Follow the system' }));
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
    await events.click(within(panel).getByRole('radio', { name: '简体中文' }));
    expect(await screen.findByRole('dialog', { name: '评审工具' })).toBeVisible();
    expect(localStorage.getItem('zenconsole.language')).toBe('zh-CN');
  });
});

// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Enrollment } from '#src/api/mfa';
import { i18n } from '#src/i18n';
import { TotpSetup } from './totp-setup';
import { PHONE_QUERY } from './use-phone-layout';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const URI = `otpauth://totp/zenConsole:alice%40example.com?secret=${SECRET}&issuer=zenConsole&algorithm=SHA1&digits=6&period=30`;
const enrollment: Enrollment = {
  secret: SECRET,
  otpauthUri: URI,
  issuer: 'zenConsole',
  accountName: 'alice@example.com',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  createdAt: '2026-03-02T10:00:00.000Z',
  expiresAt: '2026-03-02T10:15:00.000Z',
  replacedExpired: false,
};

/** A screen that answers the phone query with `matches`, and can change its mind. */
function screenWhere(matches: boolean) {
  const listeners = new Set<() => void>();
  const state = { matches };
  vi.stubGlobal('matchMedia', (media: string) => ({
    get matches() {
      return media === PHONE_QUERY && state.matches;
    },
    media,
    addEventListener: (_: 'change', listener: () => void) => listeners.add(listener),
    removeEventListener: (_: 'change', listener: () => void) => listeners.delete(listener),
  }));
  return {
    turn(next: boolean) {
      state.matches = next;
      act(() => listeners.forEach((listener) => listener()));
    },
  };
}

const qrCode = () =>
  screen.queryByRole('img', { name: 'QR code for zenConsole: alice@example.com' });

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => vi.unstubAllGlobals());

describe('TotpSetup on a phone', () => {
  it('leads with the otpauth link, the URI the QR code encodes', () => {
    screenWhere(true);
    const { container } = render(<TotpSetup enrollment={enrollment} />);
    const open = screen.getByRole('link', { name: 'Open in authenticator app' });
    const href = new URL(open.getAttribute('href') ?? '');
    expect(href.href).toBe(URI);
    expect(href.protocol).toBe('otpauth:');
    expect(href.searchParams.get('issuer')).toBe('zenConsole');
    expect(decodeURIComponent(href.pathname)).toBe('/zenConsole:alice@example.com');
    // First of the controls, then Copy key, the QR code's toggle last.
    const controls = [...container.querySelectorAll('a, button')].map((each) => each.textContent);
    expect(controls).toEqual(['Open in authenticator app', 'Copy key', 'Show QR code']);
  });

  it('shows the QR code only after its toggle, and hides it again', async () => {
    screenWhere(true);
    const user = userEvent.setup();
    render(<TotpSetup enrollment={enrollment} />);
    expect(qrCode()).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Show QR code' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('Hide QR code');
    expect(qrCode()).toBeInTheDocument();
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')).toContainElement(
      qrCode(),
    );

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(qrCode()).toBeNull();
  });

  it('copies the key without the spaces it is shown with', async () => {
    screenWhere(true);
    const user = userEvent.setup();
    render(<TotpSetup enrollment={enrollment} />);
    const manual = screen.getByRole('group', { name: 'Or enter the key manually' });
    expect(manual.querySelector('code')).toHaveTextContent(
      /^JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP$/,
    );

    await user.click(screen.getByRole('button', { name: 'Copy key' }));
    expect(await navigator.clipboard.readText()).toBe(SECRET);
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
  });
});

describe('TotpSetup on a computer', () => {
  it('shows the QR code beside the key and its parameters, with no phone link or toggle', () => {
    screenWhere(false);
    render(<TotpSetup enrollment={enrollment} />);
    expect(qrCode()).toBeInTheDocument();
    const manual = screen.getByRole('group', { name: "Can't scan? Enter the key manually" });
    for (const text of [
      'alice@example.com',
      'zenConsole',
      'Time-based (TOTP)',
      'SHA1',
      '30 seconds',
    ])
      expect(manual).toHaveTextContent(text);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show QR code' })).toBeNull();
  });

  it('follows the screen when it narrows to a phone', () => {
    const media = screenWhere(false);
    render(<TotpSetup enrollment={enrollment} />);
    media.turn(true);
    expect(screen.getByRole('link', { name: 'Open in authenticator app' })).toBeInTheDocument();
    expect(qrCode()).toBeNull();
  });
});

// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PasswordField } from './password-field';

describe('PasswordField', () => {
  it('shows and hides the password with a toggle button screen readers hear as pressed or not', async () => {
    render(
      <PasswordField label="New password" showLabel="Show password" autoComplete="new-password" />,
    );
    const input = screen.getByLabelText('New password');
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(input).toHaveAttribute('type', 'password');
    expect(input).toHaveAttribute('autocomplete', 'new-password');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle);
    expect(input).toHaveAttribute('type', 'text');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(toggle);
    expect(input).toHaveAttribute('type', 'password');
  });

  it('takes a paste, spaces and any characters included', async () => {
    render(
      <PasswordField label="Password" showLabel="Show password" autoComplete="current-password" />,
    );
    const input = screen.getByLabelText('Password');
    await userEvent.click(input);
    await userEvent.paste('  我的 密码 ünïcode  ');
    expect(input).toHaveValue('  我的 密码 ünïcode  ');
  });
});

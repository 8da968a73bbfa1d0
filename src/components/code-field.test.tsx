// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CodeField } from './code-field';

function Harness({ onComplete }: { onComplete: (code: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <CodeField
      label="Verification code"
      value={value}
      onChange={setValue}
      onComplete={onComplete}
    />
  );
}

describe('CodeField', () => {
  it('is a numeric one-time-code field, never type=number', () => {
    render(<Harness onComplete={() => {}} />);
    const input = screen.getByLabelText('Verification code');
    expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAttribute('type', 'text');
  });

  it('completes once with the six digits of a pasted "123 456"', async () => {
    const onComplete = vi.fn();
    const user = userEvent.setup();
    render(<Harness onComplete={onComplete} />);
    const input = screen.getByLabelText('Verification code');
    await user.click(input);
    await user.paste('123 456');
    expect(input).toHaveValue('123 456');
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith('123456');
  });

  it('turns fullwidth digits from an IME into ASCII and drops letters', async () => {
    const onComplete = vi.fn();
    const user = userEvent.setup();
    render(<Harness onComplete={onComplete} />);
    await user.type(screen.getByLabelText('Verification code'), '１２a3456');
    expect(onComplete).toHaveBeenCalledWith('123456');
  });

  it('completes again after the code is edited into a different one', async () => {
    const onComplete = vi.fn();
    const user = userEvent.setup();
    render(<Harness onComplete={onComplete} />);
    const input = screen.getByLabelText('Verification code');
    await user.type(input, '111111');
    await user.type(input, '{Backspace}2');
    expect(onComplete.mock.calls).toEqual([['111111'], ['111112']]);
  });
});

// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useSavedCodesGate } from './recovery-codes-gate';
import { RecoveryCodesDone } from './recovery-codes-done';
import { RecoveryCodesPanel } from './recovery-codes-panel';

const codes = Array.from({ length: 10 }, (_, i) => `abcde-fghi${'jkmnpqrstu'[i]}`);

function Harness({ onClose }: { onClose: () => void }) {
  const gate = useSavedCodesGate();
  return (
    <>
      <RecoveryCodesPanel codes={codes} accountName="alice@example.com" gate={gate} />
      <RecoveryCodesDone gate={gate} label="Done" onClose={onClose} />
    </>
  );
}

describe('RecoveryCodesDone', () => {
  it('stays disabled, saying why, until "I have saved these codes" is checked', async () => {
    const onClose = vi.fn();
    const events = userEvent.setup();
    render(<Harness onClose={onClose} />);

    const done = screen.getByRole('button', { name: 'Done' });
    expect(done).toBeDisabled();
    expect(done).toHaveAccessibleDescription('To finish, check “I have saved these codes” above.');
    await events.click(done);
    expect(onClose).not.toHaveBeenCalled();

    await events.click(screen.getByRole('checkbox', { name: 'I have saved these codes' }));
    expect(done).toBeEnabled();
    expect(done).not.toHaveAccessibleDescription();
    expect(screen.queryByText(/To finish/)).not.toBeInTheDocument();
    await events.click(done);
    expect(onClose).toHaveBeenCalledOnce();

    // Unchecking takes it back: the codes are not confirmed any more.
    await events.click(screen.getByRole('checkbox', { name: 'I have saved these codes' }));
    expect(done).toBeDisabled();
  });
});

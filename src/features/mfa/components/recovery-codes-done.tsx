import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/components/button';
import type { SavedCodesGate } from './recovery-codes-gate';

type RecoveryCodesDoneProps = { gate: SavedCodesGate; label: string; onClose: () => void };

/**
 * The footer's "Done" under new recovery codes: really disabled until "I have saved these codes"
 * is checked, with the reason written beside it (a disabled button cannot explain itself).
 */
export function RecoveryCodesDone({ gate, label, onClose }: RecoveryCodesDoneProps) {
  const { t } = useTranslation('mfa');
  const hintId = useId();
  return (
    <>
      {!gate.saved && (
        <p id={hintId} className="dialog-footer-hint">
          {t('recoveryCodes.doneHint')}
        </p>
      )}
      <Button
        variant="primary"
        disabled={!gate.saved}
        aria-describedby={gate.saved ? undefined : hintId}
        onClick={() => gate.requestClose(onClose)}
      >
        {label}
      </Button>
    </>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/components/button';
import { CopyButton } from '#src/components/copy-button';
import { formatDateTime } from '#src/i18n/format';
import type { SavedCodesGate } from './recovery-codes-gate';
import {
  RECOVERY_CODES_FILE_NAME,
  recoveryCodesClipboardText,
  recoveryCodesText,
} from './recovery-codes-text';
import './recovery-codes.css';

type RecoveryCodesPanelProps = {
  codes: readonly string[];
  accountName: string;
  gate: SavedCodesGate;
};

/** The codes, shown once, with every way to keep them and the "I have saved these" gate. */
export function RecoveryCodesPanel({ codes, accountName, gate }: RecoveryCodesPanelProps) {
  const { t, i18n } = useTranslation('mfa');
  const [createdAt] = useState(() => new Date().toISOString());
  const actionsRef = useRef<HTMLDivElement>(null);
  const checkboxRef = useRef<HTMLInputElement>(null);
  const checkboxId = useId();
  const errorId = useId();
  const issuer = t('common:productName');

  useEffect(() => {
    if (gate.attention > 0) checkboxRef.current?.focus();
  }, [gate.attention]);

  function download() {
    const text = recoveryCodesText({
      header: [
        t('recoveryCodes.fileTitle', { issuer }),
        t('recoveryCodes.fileAccount', { account: accountName }),
        t('recoveryCodes.fileCreated', { date: formatDateTime(createdAt, i18n.language) }),
        t('recoveryCodes.fileNote'),
      ],
      codes,
    });
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = RECOVERY_CODES_FILE_NAME;
    link.hidden = true;
    // Inside the modal dialog: everything outside it is inert while it is open.
    (actionsRef.current ?? document.body).append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <div className="recovery-codes">
      <p>{t('recoveryCodes.intro')}</p>
      <div className="recovery-codes-print">
        <p className="recovery-codes-print-title">
          {t('recoveryCodes.fileTitle', { issuer })} · {accountName}
        </p>
        <ol className="recovery-codes-list" aria-label={t('recoveryCodes.listLabel')}>
          {codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
      </div>
      <div className="cluster" ref={actionsRef}>
        <CopyButton
          value={recoveryCodesClipboardText(codes)}
          label={t('recoveryCodes.copy')}
          copiedLabel={t('recoveryCodes.copied')}
          failedLabel={t('recoveryCodes.copyFailed')}
        />
        <Button onClick={download}>{t('recoveryCodes.download')}</Button>
        <Button onClick={() => window.print()}>{t('recoveryCodes.print')}</Button>
      </div>
      <div className="recovery-codes-saved">
        <input
          ref={checkboxRef}
          id={checkboxId}
          type="checkbox"
          required
          checked={gate.saved}
          onChange={(event) => gate.setSaved(event.target.checked)}
          aria-invalid={gate.showRequired || undefined}
          aria-describedby={gate.showRequired ? errorId : undefined}
        />
        <label htmlFor={checkboxId}>{t('recoveryCodes.saved')}</label>
      </div>
      {gate.showRequired && (
        <p id={errorId} role="alert" className="field-error">
          {t('recoveryCodes.savedRequired')}
        </p>
      )}
    </div>
  );
}

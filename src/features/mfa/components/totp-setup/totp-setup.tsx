import { ExternalLink, QrCode } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enrollment } from '#src/api/mfa';
import { Button } from '#src/components/button';
import { ManualKey } from './manual-key';
import { TotpQr } from './totp-qr';
import { usePhoneLayout } from './use-phone-layout';
import './totp-setup.css';

type TotpSetupProps = { enrollment: Enrollment };

/**
 * The secret as an authenticator app takes it, drawn alike in Enable MFA and Add authenticator
 * app. A computer shows the QR code beside the key; a phone cannot scan its own screen, so there
 * it leads with the otpauth link (the QR code's own URI) and the key, the QR code behind a toggle
 * for an app on another device.
 */
export function TotpSetup({ enrollment }: TotpSetupProps) {
  const { t } = useTranslation('mfa');
  const phone = usePhoneLayout();

  if (!phone)
    return (
      <div className="totp stack">
        <p>{t('wizard.scan.instructions')}</p>
        <div className="totp-setup">
          <TotpQr enrollment={enrollment} />
          <ManualKey enrollment={enrollment} heading={t('wizard.scan.manualHeading')} />
        </div>
      </div>
    );

  return (
    <div className="totp totp-setup-phone">
      <p>{t('wizard.scan.phoneInstructions')}</p>
      <a className="button button-primary totp-open-app" href={enrollment.otpauthUri}>
        <ExternalLink size={18} aria-hidden="true" />
        {t('wizard.scan.openApp')}
      </a>
      <ManualKey enrollment={enrollment} heading={t('wizard.scan.manualHeadingPhone')} />
      <QrToggle enrollment={enrollment} />
    </div>
  );
}

/** "Show QR code": for setting up an app on another device from this phone's screen. */
function QrToggle({ enrollment }: TotpSetupProps) {
  const { t } = useTranslation('mfa');
  const [shown, setShown] = useState(false);
  const panelId = useId();
  return (
    <div className="totp-qr-toggle">
      <Button aria-expanded={shown} aria-controls={panelId} onClick={() => setShown(!shown)}>
        <QrCode size={18} aria-hidden="true" />
        {shown ? t('wizard.scan.hideQr') : t('wizard.scan.showQr')}
      </Button>
      <div id={panelId} className="totp-qr-panel" hidden={!shown}>
        {shown && (
          <>
            <p className="muted">{t('wizard.scan.qrOtherDevice')}</p>
            <TotpQr enrollment={enrollment} />
          </>
        )}
      </div>
    </div>
  );
}

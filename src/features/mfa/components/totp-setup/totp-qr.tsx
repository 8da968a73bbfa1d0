import { QRCodeSVG } from 'qrcode.react';
import { useTranslation } from 'react-i18next';
import type { Enrollment } from '#src/api/mfa';

type TotpQrProps = { enrollment: Enrollment };

/** The otpauth URI as a QR code: dark modules on white with a 4-module quiet zone, in every theme. */
export function TotpQr({ enrollment }: TotpQrProps) {
  const { t } = useTranslation('mfa');
  return (
    <div
      className="totp-qr"
      role="img"
      aria-label={t('wizard.scan.qrLabel', {
        issuer: enrollment.issuer,
        account: enrollment.accountName,
      })}
    >
      <QRCodeSVG
        value={enrollment.otpauthUri}
        size={176}
        marginSize={4}
        fgColor="#000000"
        bgColor="#ffffff"
        // The wrapper carries the name; the library's own role="img" would be a nameless duplicate.
        aria-hidden="true"
      />
    </div>
  );
}

import { Copy } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enrollment } from '#src/api/mfa';
import { CopyButton } from '#src/components/copy-button';
import { groupSecret } from './format-secret';

type ManualKeyProps = { enrollment: Enrollment; heading: string };

/** Everything an app's "enter a setup key" form asks for, for when the camera can't be used. */
export function ManualKey({ enrollment, heading }: ManualKeyProps) {
  const { t } = useTranslation('mfa');
  const headingId = useId();
  return (
    <div className="totp-manual" role="group" aria-labelledby={headingId}>
      <h4 id={headingId} className="totp-heading">
        {heading}
      </h4>
      <p className="muted">{t('wizard.scan.manualInstructions')}</p>
      <div className="totp-key">
        <p className="totp-key-label">{t('wizard.scan.key')}</p>
        {/* Plain text in groups of four: screen readers read it, and it copies by hand too. */}
        <code>{groupSecret(enrollment.secret)}</code>
        <CopyButton
          value={enrollment.secret}
          label={t('wizard.scan.copyKey')}
          copiedLabel={t('wizard.scan.copied')}
          failedLabel={t('wizard.scan.copyFailed')}
          icon={<Copy size={16} aria-hidden="true" />}
        />
      </div>
      <dl className="totp-parameters">
        <div>
          <dt>{t('wizard.scan.account')}</dt>
          <dd>{enrollment.accountName}</dd>
        </div>
        <div>
          <dt>{t('wizard.scan.issuer')}</dt>
          <dd>{enrollment.issuer}</dd>
        </div>
        <div>
          <dt>{t('wizard.scan.type')}</dt>
          <dd>{t('wizard.scan.typeValue')}</dd>
        </div>
        <div>
          <dt>{t('wizard.scan.algorithm')}</dt>
          <dd>{enrollment.algorithm}</dd>
        </div>
        <div>
          <dt>{t('wizard.scan.digits')}</dt>
          <dd>{enrollment.digits}</dd>
        </div>
        <div>
          <dt>{t('wizard.scan.period')}</dt>
          <dd>{t('wizard.scan.periodValue', { seconds: enrollment.period })}</dd>
        </div>
      </dl>
    </div>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enrollment } from '#src/api/mfa';
import { CopyButton } from '#src/components/copy-button';
import { groupSecret } from './format-secret';

/** Everything an app's "enter a setup key" form asks for, for when the camera can't be used. */
export function ManualKey({ enrollment }: { enrollment: Enrollment }) {
  const { t } = useTranslation('mfa');
  const headingId = useId();
  return (
    <div className="enrollment-manual" role="group" aria-labelledby={headingId}>
      <h4 id={headingId} className="wizard-subheading">
        {t('wizard.scan.manualHeading')}
      </h4>
      <p className="muted">{t('wizard.scan.manualInstructions')}</p>
      <dl className="enrollment-details">
        <div className="enrollment-key">
          <dt>{t('wizard.scan.key')}</dt>
          <dd>
            <code>{groupSecret(enrollment.secret)}</code>
          </dd>
        </div>
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
      <CopyButton
        value={enrollment.secret}
        label={t('wizard.scan.copyKey')}
        copiedLabel={t('wizard.scan.copied')}
        failedLabel={t('wizard.scan.copyFailed')}
      />
    </div>
  );
}

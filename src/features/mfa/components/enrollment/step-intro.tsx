import { useTranslation } from 'react-i18next';

const APPS = ['google', 'authy', 'duo'] as const;

export function StepIntro() {
  const { t } = useTranslation('mfa');
  return (
    <div className="stack">
      <p>{t('wizard.intro.what')}</p>
      <div className="stack-sm">
        <h4 className="wizard-subheading">{t('wizard.intro.needHeading')}</h4>
        <p>{t('wizard.intro.need')}</p>
        <ul className="enrollment-apps">
          {APPS.map((app) => (
            <li key={app}>{t(`wizard.intro.apps.${app}`)}</li>
          ))}
        </ul>
        <p className="muted">{t('wizard.intro.anyApp')}</p>
      </div>
      <p>{t('wizard.intro.afterwards')}</p>
    </div>
  );
}

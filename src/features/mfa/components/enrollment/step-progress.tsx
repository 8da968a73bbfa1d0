import { useTranslation } from 'react-i18next';

export const SETUP_STEPS = ['intro', 'scan', 'verify'] as const;

/** The numbered steps; the current one is marked for assistive tech with aria-current. */
export function StepProgress({ current }: { current: number }) {
  const { t } = useTranslation('mfa');
  return (
    <ol className="wizard-steps" aria-label={t('wizard.stepsLabel')}>
      {SETUP_STEPS.map((name, index) => {
        const number = index + 1;
        const state = number < current ? 'done' : number === current ? 'current' : 'todo';
        return (
          <li
            key={name}
            className={`wizard-step wizard-step-${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="wizard-step-number" aria-hidden="true">
              {state === 'done' ? '✓' : number}
            </span>
            <span>
              {t(`wizard.stepNames.${name}`)}
              {state === 'done' && (
                <span className="visually-hidden"> ({t('wizard.stepDone')})</span>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

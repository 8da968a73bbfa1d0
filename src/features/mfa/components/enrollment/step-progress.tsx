import { useTranslation } from 'react-i18next';

export const SETUP_STEPS = ['intro', 'scan', 'verify'] as const;

/**
 * The numbered steps; the current one is marked for assistive tech with aria-current. A phone
 * draws the same list as three small segments beside "Step 2 of 3" (that line is for the eye:
 * the list and the step's heading already say it to a screen reader).
 */
export function StepProgress({ current }: { current: number }) {
  const { t } = useTranslation('mfa');
  return (
    <div className="wizard-progress">
      {current <= SETUP_STEPS.length && (
        <p className="wizard-progress-count" aria-hidden="true">
          {t('wizard.stepOf', { step: current, total: SETUP_STEPS.length })}
        </p>
      )}
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
              <span className="wizard-step-name">
                {t(`wizard.stepNames.${name}`)}
                {state === 'done' && (
                  <span className="visually-hidden"> ({t('wizard.stepDone')})</span>
                )}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

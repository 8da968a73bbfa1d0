import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import './enable.css';

export type Method = 'app' | 'key';
const METHODS: readonly Method[] = ['app', 'key'];

function MethodOption({ method, onChoose }: { method: Method; onChoose: (m: Method) => void }) {
  const { t } = useTranslation('mfa');
  const titleId = useId();
  const descriptionId = useId();
  return (
    <li>
      {/* Named by its title alone, described by the rest: short to hear, easy to find. */}
      <button
        type="button"
        className="method-option"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        onClick={() => onChoose(method)}
      >
        <span id={titleId} className="method-option-title">
          {t(`choice.${method}.title`)}
        </span>
        <span id={descriptionId} className="method-option-description">
          {t(`choice.${method}.description`)}
        </span>
      </button>
    </li>
  );
}

/** The two ways to turn MFA on, each one press away. */
export function ChooseMethod({ onChoose }: { onChoose: (method: Method) => void }) {
  const { t } = useTranslation('mfa');
  return (
    <div className="stack">
      <p>{t('choice.intro')}</p>
      <ul className="method-options" aria-label={t('choice.groupLabel')}>
        {METHODS.map((method) => (
          <MethodOption key={method} method={method} onChoose={onChoose} />
        ))}
      </ul>
    </div>
  );
}

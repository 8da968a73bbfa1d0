import { ChevronRight, KeyRound, Smartphone, type LucideIcon } from 'lucide-react';
import { useEffect, useId, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import './enable.css';

export type Method = 'app' | 'key';
const METHODS: readonly Method[] = ['app', 'key'];
const ICONS: Record<Method, LucideIcon> = { app: Smartphone, key: KeyRound };

type MethodOptionProps = {
  method: Method;
  onChoose: (method: Method) => void;
  buttonRef?: Ref<HTMLButtonElement>;
};

function MethodOption({ method, onChoose, buttonRef }: MethodOptionProps) {
  const { t } = useTranslation('mfa');
  const descriptionId = useId();
  const Icon = ICONS[method];
  return (
    // The button is named by the title alone and described by the text below it; its click
    // area covers the whole card (enable.css), so the card is one large target.
    <li className="method-option">
      <span className="method-option-icon">
        <Icon aria-hidden="true" />
      </span>
      <div className="method-option-text">
        <button
          ref={buttonRef}
          type="button"
          className="method-option-button"
          aria-describedby={descriptionId}
          onClick={() => onChoose(method)}
        >
          {t(`choice.${method}.title`)}
        </button>
        <p id={descriptionId} className="method-option-description">
          {t(`choice.${method}.description`)}
        </p>
      </div>
      <ChevronRight className="method-option-chevron" aria-hidden="true" />
    </li>
  );
}

/** The two ways to turn MFA on, each one press away. */
export function ChooseMethod({ onChoose }: { onChoose: (method: Method) => void }) {
  const { t } = useTranslation('mfa');
  const firstRef = useRef<HTMLButtonElement>(null);
  // The choices replace a loading line inside the open dialog: focus moves to the first one.
  useEffect(() => firstRef.current?.focus(), []);
  return (
    <div className="stack">
      <p>{t('choice.intro')}</p>
      <ul className="method-options" aria-label={t('choice.groupLabel')}>
        {METHODS.map((method) => (
          <MethodOption
            key={method}
            method={method}
            onChoose={onChoose}
            buttonRef={method === METHODS[0] ? firstRef : undefined}
          />
        ))}
      </ul>
    </div>
  );
}

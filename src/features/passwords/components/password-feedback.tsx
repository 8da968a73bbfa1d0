import { useTranslation } from 'react-i18next';
import type { PasswordCheck } from '#src/api/password-strength';
import './passwords.css';

// zxcvbn also suggests capitals, which NIST's rules do not ask for: those are left out.
const composition = new Set(['capitalization', 'allUppercase']);

/**
 * The estimate in words, under the new-password field: strength, then why, then what would help.
 * A bar shows the same level for sighted readers; the words are what a screen reader hears,
 * politely, once typing pauses.
 */
export function PasswordFeedback({ check, id }: { check: PasswordCheck | null; id: string }) {
  const { t } = useTranslation(['passwords']);
  const suggestions = check?.suggestions.filter((key) => !composition.has(key)) ?? [];
  const refusal = check?.refusal;
  return (
    <div className="password-feedback" id={id} aria-live="polite">
      {check && (
        <>
          <div className="password-meter" data-score={check.score} aria-hidden="true">
            <span />
          </div>
          <p className="password-strength">
            {t('strength.label', {
              level: t(`strength.levels.${check.score}`),
              verdict: refusal ? t(refusal) : t('strength.accepted'),
            })}
          </p>
          {refusal && (check.warning || suggestions.length > 0) && (
            <ul className="password-hints">
              {check.warning && <li>{t(`feedback.warnings.${check.warning}`)}</li>}
              {suggestions.map((key) => (
                <li key={key}>{t(`feedback.suggestions.${key}`)}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

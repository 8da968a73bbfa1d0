import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '#src/api/api-error';
import { waitEnd } from '#src/components/wait-notice';
import { formatDateTime } from '#src/i18n/format';

/** Why the second step cannot go on, if it cannot: no answer could work any more. */
export function endingOf(error: unknown): 'expired' | 'invalid' | 'locked' | null {
  if (isApiError(error, 'challenge_expired')) return 'expired';
  if (isApiError(error, 'challenge_invalid')) return 'invalid';
  return isApiError(error, 'account_locked') ? 'locked' : null;
}

/**
 * What replaces the second step's form when it is a dead end (the challenge expired or was used,
 * the account is locked): what happened, when a lock ends if the server says, and the one thing
 * left to do. Its heading takes focus, so it is what a screen reader says next.
 */
export function SecondFactorEnded({ error, signInHref }: { error: unknown; signInHref: string }) {
  const { t, i18n } = useTranslation(['verify', 'errors']);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const ending = endingOf(error) ?? 'invalid';
  useEffect(() => headingRef.current?.focus(), [ending]);

  const unlocksAt = waitEnd(error);
  return (
    <section className="stack auth-ended" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t(`ended.${ending}Title`)}
      </h2>
      <p>{ending === 'locked' ? t('errors:account_locked') : t(`ended.${ending}Body`)}</p>
      {ending === 'locked' && unlocksAt && (
        <p>
          {t('ended.lockedUntil', {
            time: formatDateTime(new Date(unlocksAt).toISOString(), i18n.language),
          })}
        </p>
      )}
      <Link className="button button-primary" to={signInHref}>
        {t('backToSignIn')}
      </Link>
    </section>
  );
}

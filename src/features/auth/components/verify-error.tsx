import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '#src/components/alert';
import { useAnswerError } from '#src/components/answer-error';

/** One announced message per failure; a dead challenge also offers the way back. */
export function VerifyError({ error, signInHref }: { error: unknown; signInHref?: string }) {
  const { t } = useTranslation('verify');
  const show = useAnswerError();
  const linkRef = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    // Nothing else on the screen can help any more: put the way back under the keyboard.
    if (signInHref) linkRef.current?.focus();
  }, [signInHref, error]);
  return (
    <Alert tone="error">
      <p>{show(error)}</p>
      {signInHref && (
        <p>
          <Link ref={linkRef} to={signInHref}>
            {t('backToSignIn')}
          </Link>
        </p>
      )}
    </Alert>
  );
}

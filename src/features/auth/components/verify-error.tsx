import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '#src/components/alert';
import { useErrorMessage } from '#src/i18n/error-message';

/** One announced message per failure; a dead challenge also offers the way back. */
export function VerifyError({ error, signInHref }: { error: unknown; signInHref?: string }) {
  const { t } = useTranslation('auth');
  const errorMessage = useErrorMessage();
  const linkRef = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    // Nothing else on the screen can help any more: put the way back under the keyboard.
    if (signInHref) linkRef.current?.focus();
  }, [signInHref, error]);
  return (
    <Alert tone="error">
      <p>{errorMessage(error)}</p>
      {signInHref && (
        <p>
          <Link ref={linkRef} to={signInHref}>
            {t('verify.backToSignIn')}
          </Link>
        </p>
      )}
    </Alert>
  );
}

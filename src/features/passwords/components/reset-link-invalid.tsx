import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * An expired, spent, replaced or made-up link: one message whatever the reason (the reason
 * helps no one but a guesser), and the one way on. Its heading takes focus.
 */
export function ResetLinkInvalid() {
  const { t } = useTranslation('passwords');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="stack password-invalid">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('reset.invalidHeading')}
      </h1>
      <p>{t('reset_link_invalid')}</p>
      <p className="muted">{t('reset.invalid')}</p>
      <Link className="button button-primary password-primary-link" to="/forgot-password">
        {t('reset.requestNew')}
      </Link>
    </div>
  );
}

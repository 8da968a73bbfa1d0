import { useId } from 'react';
import { Button } from '../../src/components/button';
import type { SectionId } from './panel/sections';
import { fillSignIn } from './fill-sign-in';
import { useReviewTranslation } from './use-review-language';

/** The seed's demo accounts (mocks/db/seed.ts), as QA's README lists them. */
const accounts = [
  {
    name: 'Alice',
    email: 'alice@example.com',
    password: 'Alice#2026',
    info: 'aliceInfo',
    fill: 'fillAlice',
  },
  { name: 'Bob', email: 'bob@example.com', password: 'Bob#2026', info: 'bobInfo', fill: 'fillBob' },
] as const;

type DemoHintProps = {
  pathname: string;
  onOpenSection: (section: SectionId) => void;
  onHide: () => void;
};

/**
 * The first minute in mock mode: on the sign-in screen, that this is a demo and how to get in;
 * on the code screen, where the codes are. It sits in the page flow (or, on a wide screen,
 * beside the centred card), so it never covers the form.
 */
export function DemoHint({ pathname, onOpenSection, onHide }: DemoHintProps) {
  const { t } = useReviewTranslation();
  const titleId = useId();
  const onSignIn = pathname === '/sign-in';
  if (!onSignIn && pathname !== '/sign-in/verify') return null;

  const codeButtons = (
    <div className="review-hint-actions">
      <Button onClick={() => onOpenSection('mailbox')}>{t('hint.openMailbox')}</Button>
      <Button onClick={() => onOpenSection('authenticator')}>{t('hint.openAuthenticator')}</Button>
    </div>
  );

  return (
    <aside className="review-hint" aria-labelledby={titleId}>
      <h2 id={titleId} className="review-hint-title">
        {t(onSignIn ? 'hint.title' : 'hint.verifyTitle')}
      </h2>
      {onSignIn ? (
        <>
          <p>{t('hint.intro')}</p>
          <ul className="review-hint-accounts">
            {accounts.map((account) => (
              <li key={account.email}>
                <p className="review-hint-name">{account.name}</p>
                <dl className="review-hint-credentials">
                  <dt>{t('hint.email')}</dt>
                  <dd>{account.email}</dd>
                  <dt>{t('hint.password')}</dt>
                  <dd>
                    <code>{account.password}</code>
                  </dd>
                </dl>
                <p className="review-small muted">{t(`hint.${account.info}`)}</p>
                <Button
                  variant="secondary"
                  onClick={() => fillSignIn(account.email, account.password)}
                >
                  {t(`hint.${account.fill}`)}
                </Button>
              </li>
            ))}
          </ul>
          <p>{t('hint.codes')}</p>
          {codeButtons}
          <p className="review-small muted">{t('hint.tools')}</p>
        </>
      ) : (
        <>
          <p>{t('hint.verifyIntro')}</p>
          {codeButtons}
        </>
      )}
      <div>
        <Button variant="ghost" onClick={onHide}>
          {t('hint.hide')}
        </Button>
      </div>
    </aside>
  );
}

import { useId } from 'react';
import { Button } from '#src/components/button';
import type { SectionId } from './panel/sections';
import { fillSignIn } from './fill-sign-in';
import { useReviewTranslation } from './use-review-language';
import './review-hint.css';

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

/** The strip's "Show accounts" moves focus here. */
export const DEMO_HINT_ID = 'review-demo-hint';

/**
 * The first minute in mock mode: on the sign-in screen, that this is a demo and how to get in;
 * on the code screen, where the codes are. It follows the app in the page flow (on a wide
 * screen it stays beside the centred card), so it never covers the form; on a narrow screen
 * the demo strip above the app links to it.
 */
export function DemoHint({ pathname, onOpenSection, onHide }: DemoHintProps) {
  const { t } = useReviewTranslation();
  const titleId = useId();
  const onSignIn = pathname === '/sign-in';
  if (!onSignIn && pathname !== '/sign-in/verify') return null;

  const codeButtons = (
    <div className="review-hint-actions">
      <Button className="review-button-sm" onClick={() => onOpenSection('mailbox')}>
        {t('hint.openMailbox')}
      </Button>
      <Button className="review-button-sm" onClick={() => onOpenSection('authenticator')}>
        {t('hint.openAuthenticator')}
      </Button>
    </div>
  );

  return (
    <aside id={DEMO_HINT_ID} className="review-hint" aria-labelledby={titleId} tabIndex={-1}>
      <h2 id={titleId} className="review-hint-title">
        {t(onSignIn ? 'hint.title' : 'hint.verifyTitle')}
      </h2>
      {onSignIn ? (
        <>
          <p>{t('hint.intro')}</p>
          <ul className="review-hint-accounts">
            {accounts.map((account) => (
              <li key={account.email}>
                <p>
                  <strong>{account.name}</strong> – {t(`hint.${account.info}`)}
                </p>
                <p className="review-hint-credentials">
                  <span className="visually-hidden">{t('hint.email')}: </span>
                  {account.email}
                  <span aria-hidden="true"> · </span>
                  <span className="visually-hidden">{t('hint.password')}: </span>
                  <code>{account.password}</code>
                </p>
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
        <Button variant="ghost" className="review-button-sm" onClick={onHide}>
          {t('hint.hide')}
        </Button>
      </div>
    </aside>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Badge } from '#src/components/badge';
import { CopyButton } from '#src/components/copy-button';
import type { MockAuthenticator } from '#src/api/mock-control';
import { formatMockTime } from '../format-time';
import { authenticatorsQuery, statusQuery } from '../review-api';
import { authenticatorCode, groupCode } from '../totp-code';
import { useNow } from '../use-now';
import { useReviewTranslation } from '../use-review-language';

/** Codes at the simulated time: the mock's offset from this page's clock, ticking locally. */
export function AuthenticatorSection() {
  const { t, language } = useReviewTranslation();
  const status = useQuery(statusQuery());
  const keys = useQuery(authenticatorsQuery());
  const now = useNow();

  if (status.isError || keys.isError) return <p role="alert">{t('authenticator.failed')}</p>;
  if (!status.data || !keys.data) return <p>{t('authenticator.loading')}</p>;
  const mockNow = now + status.data.offsetMs;
  const entries = keys.data.authenticators;

  return (
    <div className="review-section">
      <p className="review-demo-note">{t('authenticator.demo')}</p>
      <p className="muted">
        {t('authenticator.atTime', { time: formatMockTime(mockNow, language) })}
      </p>
      {entries.length === 0 ? (
        <p>{t('authenticator.empty')}</p>
      ) : (
        <ul className="review-cards">
          {entries.map((entry) => (
            <AuthenticatorEntry
              key={`${entry.kind}-${entry.accountEmail}`}
              entry={entry}
              at={mockNow}
            />
          ))}
        </ul>
      )}
      <p className="muted">{t('authenticator.keys')}</p>
    </div>
  );
}

function AuthenticatorEntry({ entry, at }: { entry: MockAuthenticator; at: number }) {
  const { t } = useReviewTranslation();
  const { code, secondsLeft } = authenticatorCode(entry.secret, at);
  const account = entry.accountEmail;
  return (
    <li className="review-card" aria-label={account}>
      <div className="review-card-head">
        <span className="review-issuer">
          <strong>{entry.issuer}</strong> <span>{account}</span>
        </span>
        <Badge tone={entry.kind === 'active' ? 'success' : 'warning'}>
          {t(`authenticator.${entry.kind}`)}
        </Badge>
      </div>
      <p className="review-code-row">
        <span className="visually-hidden">{t('authenticator.code', { account })}: </span>
        {/* Grouped like an app shows it; the sign-in form takes it with the space too. */}
        <code className="review-code">{groupCode(code)}</code>
        <span className="muted">{t('authenticator.secondsLeft', { count: secondsLeft })}</span>
        <span className="review-timer" aria-hidden="true">
          <span style={{ width: `${(secondsLeft / 30) * 100}%` }} />
        </span>
      </p>
      <CopyButton
        value={code}
        label={t('authenticator.copy')}
        copiedLabel={t('authenticator.copied')}
        failedLabel={t('authenticator.copyFailed')}
      />
    </li>
  );
}

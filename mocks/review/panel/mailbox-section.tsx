import { useQuery } from '@tanstack/react-query';
import { Button } from '#src/components/button';
import { CopyButton } from '#src/components/copy-button';
import { formatMockTime } from '../format-time';
import { mailboxQuery } from '../review-api';
import { useReviewTranslation } from '../use-review-language';

export function MailboxSection() {
  const { t, language } = useReviewTranslation();
  const mailbox = useQuery(mailboxQuery());
  const messages = mailbox.data?.messages ?? [];

  return (
    <div className="review-section">
      <div className="review-row">
        <p className="muted">{t('mailbox.intro')}</p>
        <Button
          onClick={() => void mailbox.refetch()}
          loading={mailbox.isFetching}
          loadingLabel={t('mailbox.loading')}
        >
          {t('mailbox.refresh')}
        </Button>
      </div>
      {mailbox.isError && <p role="alert">{t('mailbox.failed')}</p>}
      {mailbox.isPending && <p>{t('mailbox.loading')}</p>}
      {mailbox.isSuccess && messages.length === 0 && <p>{t('mailbox.empty')}</p>}
      {messages.length > 0 && (
        <ol className="review-cards">
          {messages.map((message) => (
            <li key={message.id} className="review-card">
              <p className="review-mail-subject">{message.subject}</p>
              <p className="muted review-small">
                {t('mailbox.to', {
                  to: message.to,
                  time: formatMockTime(Date.parse(message.sentAt), language),
                })}
              </p>
              {message.code && (
                <>
                  <p className="review-code-row">
                    <span className="visually-hidden">{t('mailbox.code')}: </span>
                    <code className="review-code">{message.code}</code>
                  </p>
                  <CopyButton
                    value={message.code}
                    label={t('mailbox.copy')}
                    copiedLabel={t('mailbox.copied')}
                    failedLabel={t('mailbox.copyFailed')}
                  />
                </>
              )}
              <details className="review-mail-body">
                <summary>{t('mailbox.body')}</summary>
                <pre>{message.body}</pre>
              </details>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

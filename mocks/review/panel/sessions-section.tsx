import { useMutation } from '@tanstack/react-query';
import { isApiError } from '#src/api/api-error';
import { Button } from '#src/components/button';
import { addSignedInPhone } from '../review-api';
import { useReviewTranslation } from '../use-review-language';

/**
 * In mock mode every tab of this browser is one device; this signs the account in on one more,
 * an iPhone at a documentation address, so "Where you're signed in" has another row to end.
 */
export function SessionsSection() {
  const { t } = useReviewTranslation();
  const add = useMutation({ mutationFn: addSignedInPhone });
  const signedOut = add.isError && isApiError(add.error, 'unauthenticated');

  return (
    <div className="review-section">
      <p className="muted">{t('sessions.intro')}</p>
      <div>
        <Button
          onClick={() => add.mutate()}
          loading={add.isPending}
          loadingLabel={t('sessions.adding')}
        >
          {t('sessions.addPhone')}
        </Button>
      </div>
      <p role="status" className="review-small">
        {add.isSuccess &&
          t('sessions.added', {
            account: add.data.accountEmail,
            address: add.data.address,
            place: add.data.location ?? t('sessions.unknownPlace'),
          })}
        {signedOut && t('sessions.signInFirst')}
        {add.isError && !signedOut && t('sessions.failed')}
      </p>
    </div>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RECOVERY_PERIOD_HOURS, type RequestRecoveryResponse } from '#src/api/account-recovery';
import { Button } from '#src/components/button';
import { useAnswerError } from '#src/components/answer-error';
import { Alert } from '#src/components/alert';
import { useRequestRecovery } from '../api/account-recovery';

type Props = {
  challengeId: string;
  onUseRecoveryCode: () => void;
  onRequested: (request: RequestRecoveryResponse['recovery']) => void;
  onError: (error: unknown) => void;
};

/** Recovery codes explained first; account recovery for someone who has none left. */
export function LostAccessHelp({ challengeId, onUseRecoveryCode, onRequested, onError }: Props) {
  const { t } = useTranslation('verify');
  const request = useRequestRecovery();
  const show = useAnswerError();
  const codesId = useId();
  const recoveryId = useId();
  return (
    <>
      <section className="stack-sm" aria-labelledby={codesId}>
        <h2 id={codesId}>{t('lostAccess.help.codesTitle')}</h2>
        <p>{t('lostAccess.help.codesBody')}</p>
        <div>
          <Button variant="primary" onClick={onUseRecoveryCode}>
            {t('lostAccess.help.useCode')}
          </Button>
        </div>
      </section>
      <section className="stack-sm" aria-labelledby={recoveryId}>
        <h2 id={recoveryId}>{t('lostAccess.help.recoveryTitle')}</h2>
        <p>{t('lostAccess.help.recoveryBody', { hours: RECOVERY_PERIOD_HOURS })}</p>
        {request.error && (
          <Alert tone="error">
            <p>{show(request.error)}</p>
          </Alert>
        )}
        <div>
          <Button
            className="lost-access-request"
            loading={request.isPending}
            loadingLabel={t('lostAccess.help.requesting')}
            onClick={() =>
              request.mutate(
                { challengeId },
                { onSuccess: ({ recovery }) => onRequested(recovery), onError },
              )
            }
          >
            {t('lostAccess.help.request')}
          </Button>
        </div>
      </section>
    </>
  );
}

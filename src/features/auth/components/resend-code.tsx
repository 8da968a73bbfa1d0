import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Challenge } from '#src/api/auth';
import { isApiError } from '#src/api/api-error';
import { Button } from '#src/components/button';
import { useCountdown } from '#src/components/use-countdown';
import { useResendCode } from '../api/resend-code';

type Props = {
  challenge: Challenge;
  onResent: (challenge: Challenge) => void;
  onError: (error: unknown) => void;
};

function parseTime(iso: string | undefined): number | null {
  const time = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(time) ? null : time;
}

/** "Resend code", held back until the server allows it, with an announced confirmation. */
export function ResendCode({ challenge, onResent, onError }: Props) {
  const { t } = useTranslation('verify');
  const resend = useResendCode();
  const hintId = useId();
  const [sent, setSent] = useState(false);
  // A cooldown the server reports wins over the challenge's own time (clocks differ).
  const [cooldownUntil, setCooldownUntil] = useState<number | null>(null);
  const availableAt = parseTime(challenge.resendAvailableAt);
  const until = Math.max(availableAt ?? 0, cooldownUntil ?? 0) || null;
  const secondsLeft = useCountdown(until);

  function send() {
    if (resend.isPending || secondsLeft > 0) return;
    setSent(false);
    resend.mutate(
      { challengeId: challenge.id },
      {
        onSuccess: ({ challenge: next }) => {
          setSent(true);
          setCooldownUntil(null);
          onResent(next);
        },
        onError: (error) => {
          const wait = isApiError(error) ? error.details?.retryAfter : undefined;
          if (wait) setCooldownUntil(Date.now() + wait * 1000);
          onError(error);
        },
      },
    );
  }

  const email = challenge.maskedEmail;
  return (
    <div className="stack-sm">
      <div className="cluster">
        <Button
          variant="link"
          onClick={send}
          disabled={secondsLeft > 0}
          loading={resend.isPending}
          loadingLabel={t('resending')}
          aria-describedby={secondsLeft > 0 ? hintId : undefined}
        >
          {t('resend')}
        </Button>
        {secondsLeft > 0 && (
          <span id={hintId} className="muted auth-hint">
            {t('resendWait', { seconds: secondsLeft })}
          </span>
        )}
      </div>
      {/* Always in the page, so the confirmation is announced when it appears. */}
      <p role="status" className="resend-status">
        {sent ? (email ? t('resent', { email }) : t('resentUnknown')) : ''}
      </p>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { isApiError } from '#src/api/api-error';
import { useErrorMessage } from '#src/i18n/error-message';
import { Alert } from './alert';
import { useCountdown } from './use-countdown';

// The end of each failure's wait, fixed the first time it is read, so every reader (the form, its
// dialog's submit button) counts down to the same instant.
const ends = new WeakMap<object, number>();

/** When the wait a failure imposed (Retry-After) ends, in epoch ms; null when it imposed none. */
export function waitEnd(failure: unknown): number | null {
  if (!isApiError(failure) || !failure.details?.retryAfter) return null;
  const end = ends.get(failure) ?? Date.now() + failure.details.retryAfter * 1000;
  ends.set(failure, end);
  return end;
}

/** Seconds left of the wait a failure imposed, ticking; 0 when there is none or it is over. */
export function useWait(failure: unknown): number {
  return useCountdown(waitEnd(failure));
}

/**
 * A failure's wait, said in one place: an alert whose countdown ticks silently, and a polite
 * status, always in the page, that speaks only when the wait starts and when it ends.
 */
export function WaitNotice({ failure }: { failure: unknown }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const seconds = useWait(failure);
  return (
    <>
      {seconds > 0 && (
        <Alert tone="error" live={false}>
          {message(failure, seconds)}
        </Alert>
      )}
      <p role="status" className="visually-hidden">
        {waitEnd(failure) && (seconds ? message(failure) : t('waitOver'))}
      </p>
    </>
  );
}

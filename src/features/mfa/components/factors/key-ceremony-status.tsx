import type { ReactNode } from 'react';
import { Alert } from '#src/components/alert';
import { useErrorMessage } from '#src/i18n/error-message';

/**
 * Under a key dialog's explanation: why the last try failed (announced as an alert), or, while
 * the browser's prompt is open, what to do in it (announced as a status).
 */
export function KeyCeremonyStatus({
  failure,
  waiting,
  children,
}: {
  failure: unknown;
  waiting: boolean;
  children: ReactNode;
}) {
  const errorText = useErrorMessage();
  return (
    <>
      {failure !== null && <Alert tone="error">{errorText(failure)}</Alert>}
      {waiting && <p role="status">{children}</p>}
    </>
  );
}

import { Alert } from '#src/components/alert';
import { useAnswerError } from '#src/components/answer-error';

/** One announced message per failure; `id` lets the field it is about point to it. */
export function VerifyError({ error, id }: { error: unknown; id: string }) {
  const show = useAnswerError();
  return (
    <Alert tone="error">
      <p id={id}>{show(error)}</p>
    </Alert>
  );
}

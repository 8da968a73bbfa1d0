import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button } from '#src/components/button';
import { TextField } from '#src/components/text-field';
import { formatDuration } from '#src/i18n/format';
import { formatMockTime } from '../format-time';
import { moveClock, reviewKeys, statusQuery } from '../review-api';
import { useNow } from '../use-now';
import { useReviewTranslation } from '../use-review-language';

const steps = [-15, -5, -1, 1, 5, 15];
const MAX_MINUTES = 1440;

/** Whole minutes in the range the clock endpoint takes per move (±1 day), or null. */
export function parseMinutes(text: string): number | null {
  const trimmed = text.trim().replace(/^[−–]/, '-');
  if (!/^[+-]?\d+$/.test(trimmed)) return null;
  const minutes = Number(trimmed);
  return Math.abs(minutes) <= MAX_MINUTES ? minutes : null;
}

export function ClockSection() {
  const { t, language } = useReviewTranslation();
  const queryClient = useQueryClient();
  const status = useQuery(statusQuery());
  const now = useNow();
  const [custom, setCustom] = useState('');
  const [invalid, setInvalid] = useState(false);
  const move = useMutation({
    mutationFn: moveClock,
    // Codes, the mailbox's "sent" times and the offset all depend on the mock's time.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reviewKeys.all }),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const minutes = parseMinutes(custom);
    setInvalid(minutes === null);
    if (minutes !== null) move.mutate({ advanceSeconds: minutes * 60 });
  }

  const offsetSeconds = status.data ? Math.round(status.data.offsetMs / 1000) : 0;
  const duration = formatDuration(Math.abs(offsetSeconds), language);
  const mockNow = status.data ? formatMockTime(now + status.data.offsetMs, language) : null;

  return (
    <div className="review-section">
      <p className="muted">{t('clock.intro')}</p>
      <div className="review-clock">
        <p className="review-small muted">{t('clock.now')}</p>
        <p className="review-clock-time">{mockNow ?? '…'}</p>
        <p className="review-small">
          {offsetSeconds === 0
            ? t('clock.real')
            : t(offsetSeconds > 0 ? 'clock.ahead' : 'clock.behind', { duration })}
        </p>
      </div>
      <fieldset className="review-fieldset">
        <legend>{t('clock.move')}</legend>
        <div className="cluster">
          {steps.map((minutes) => (
            <Button key={minutes} onClick={() => move.mutate({ advanceSeconds: minutes * 60 })}>
              {t(minutes < 0 ? 'clock.minus' : 'clock.plus', { count: Math.abs(minutes) })}
            </Button>
          ))}
        </div>
      </fieldset>
      <form className="review-inline-form" noValidate onSubmit={submit}>
        <TextField
          label={t('clock.minutes')}
          inputMode="numeric"
          autoComplete="off"
          value={custom}
          error={invalid ? t('clock.invalid') : undefined}
          onChange={(event) => setCustom(event.target.value)}
        />
        <Button type="submit">{t('clock.apply')}</Button>
      </form>
      <div>
        <Button variant="secondary" onClick={() => move.mutate({ offsetSeconds: 0 })}>
          {t('clock.reset')}
        </Button>
      </div>
      <p role="status" className="review-small">
        {move.isError && t('clock.failed')}
        {move.isSuccess &&
          t('clock.moved', { time: formatMockTime(Date.parse(move.data.now), language) })}
      </p>
    </div>
  );
}

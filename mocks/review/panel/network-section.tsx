import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { FaultsRequest } from '#src/api/mock-control';
import { Button } from '#src/components/button';
import { TextField } from '#src/components/text-field';
import { faultsQuery, reviewKeys, setFaults } from '../review-api';
import { useReviewTranslation } from '../use-review-language';

/** A whole number within [0, max], or null. */
export function parseWhole(text: string, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= max ? value : null;
}

type Field = 'latency' | 'failNext';

export function NetworkSection() {
  const { t } = useReviewTranslation();
  const queryClient = useQueryClient();
  const faults = useQuery(faultsQuery());
  const offlineId = useId();
  const [latency, setLatency] = useState('');
  const [failNext, setFailNext] = useState('');
  const [invalid, setInvalid] = useState<Field | null>(null);
  // The checkbox follows the click at once, as a checkbox should, until the mock has answered.
  const [offlineChoice, setOfflineChoice] = useState<boolean | null>(null);
  const save = useMutation({
    mutationFn: setFaults,
    onSuccess: (next) => queryClient.setQueryData(reviewKeys.faults(), next),
    onError: () => queryClient.invalidateQueries({ queryKey: reviewKeys.faults() }),
  });

  function submit(field: Field) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const value = field === 'latency' ? parseWhole(latency, 10_000) : parseWhole(failNext, 100);
      setInvalid(value === null ? field : null);
      if (value === null) return;
      const change: FaultsRequest =
        field === 'latency' ? { latencyMs: value } : { failNext: value };
      save.mutate(change);
    };
  }

  const state = faults.data;
  return (
    <div className="review-section">
      <p className="muted">{t('network.intro')}</p>
      {state && (
        <p className="review-small">
          {t('network.state', {
            latency: state.latencyMs,
            failNext: state.failNext,
            offline: t(state.offline ? 'network.isOffline' : 'network.online'),
          })}
        </p>
      )}
      <form className="review-inline-form" noValidate onSubmit={submit('latency')}>
        <TextField
          label={t('network.latency')}
          hint={t('network.latencyHint')}
          inputMode="numeric"
          autoComplete="off"
          value={latency}
          placeholder={state ? String(state.latencyMs) : undefined}
          error={invalid === 'latency' ? t('network.latencyInvalid') : undefined}
          onChange={(event) => setLatency(event.target.value)}
        />
        <Button type="submit">{t('network.applyLatency')}</Button>
      </form>
      <form className="review-inline-form" noValidate onSubmit={submit('failNext')}>
        <TextField
          label={t('network.failNext')}
          hint={t('network.failNextHint')}
          inputMode="numeric"
          autoComplete="off"
          value={failNext}
          placeholder={state ? String(state.failNext) : undefined}
          error={invalid === 'failNext' ? t('network.failNextInvalid') : undefined}
          onChange={(event) => setFailNext(event.target.value)}
        />
        <Button type="submit">{t('network.applyFailNext')}</Button>
      </form>
      <div className="review-check">
        <input
          id={offlineId}
          type="checkbox"
          checked={offlineChoice ?? state?.offline ?? false}
          disabled={!state}
          onChange={(event) => {
            setOfflineChoice(event.target.checked);
            save.mutate(
              { offline: event.target.checked },
              { onSettled: () => setOfflineChoice(null) },
            );
          }}
        />
        <label htmlFor={offlineId}>{t('network.offline')}</label>
      </div>
      <div>
        <Button onClick={() => save.mutate({ failNext: 0, latencyMs: 0, offline: false })}>
          {t('network.clear')}
        </Button>
      </div>
      <p role="status" className="review-small">
        {save.isError && t('network.failed')}
        {save.isSuccess && t('network.saved')}
      </p>
    </div>
  );
}

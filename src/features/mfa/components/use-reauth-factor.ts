import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Factor } from '#src/api/factors';
import { useKeySupport, type KeySupport } from '#src/api/key-support';
import { factorsQueryOptions } from '../api/factors';

/** The second factor a re-authentication uses: a key, a code from an app, or a recovery code. */
export type ReauthMode = 'key' | 'code' | 'recovery';

const usedAt = (factor: Factor) => factor.lastUsedAt ?? factor.createdAt;

/**
 * What the form offers and which it starts with: the kind used most recently, when this
 * browser can use it. An account's list not (yet) known counts as one app, as before keys.
 */
export function reauthModes(factors: Factor[] | undefined, support: KeySupport) {
  const hasKey = factors?.some((factor) => factor.type !== 'totp') ?? false;
  const hasApp = factors ? factors.some((factor) => factor.type === 'totp') : true;
  const keyUsable = hasKey && support !== 'unsupported';
  const modes: ReauthMode[] = [
    ...(keyUsable ? (['key'] as const) : []),
    ...(hasApp ? (['code'] as const) : []),
    'recovery',
  ];
  const latest = [...(factors ?? [])].sort((a, b) => usedAt(b).localeCompare(usedAt(a)))[0];
  const latestMode: ReauthMode | undefined =
    latest?.type === 'totp' ? 'code' : latest ? 'key' : undefined;
  const preferred =
    latestMode && modes.includes(latestMode) ? latestMode : (modes[0] ?? 'recovery');
  return { modes, preferred, keyUnavailable: hasKey && support === 'unsupported' };
}

export function useReauthFactor() {
  const factors = useQuery(factorsQueryOptions());
  const hasKey = factors.data?.some((factor) => factor.type !== 'totp') ?? false;
  const support = useKeySupport(hasKey);
  const { modes, preferred, keyUnavailable } = reauthModes(factors.data, support);
  const [chosen, setChosen] = useState<ReauthMode | null>(null);
  const mode = chosen && modes.includes(chosen) ? chosen : preferred;
  return { mode, modes, choose: setChosen, keyUnavailable, support };
}

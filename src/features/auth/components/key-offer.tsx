import { KeyRound } from 'lucide-react';
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { preloadKeyCeremony, type KeySupport } from '#src/api/key-support';
import type { AuthenticationCredential } from '#src/api/webauthn';
import { Button } from '#src/components/button';
import { fetchKeySignInOptions } from '../api/key-sign-in-options';

type KeyOfferProps = {
  challengeId: string;
  support: KeySupport;
  /** The first offer: the primary button, focused when the step opens. */
  primary: boolean;
  /** Throttled, or the verify request is on its way. */
  disabled: boolean;
  verifying: boolean;
  onCredential: (credential: AuthenticationCredential) => void;
  onError: (error: unknown) => void;
  ref?: Ref<HTMLButtonElement>;
};

/**
 * "Use your security key": one button; the browser's own prompt follows. The options are asked
 * for at the press (a WebAuthn challenge is single use), then the key's answer goes to the same
 * verify request as a code.
 */
export function KeyOffer({
  challengeId,
  support,
  primary,
  disabled,
  verifying,
  onCredential,
  onError,
  ref,
}: KeyOfferProps) {
  const { t } = useTranslation('key-sign-in');
  const [waiting, setWaiting] = useState(false);

  async function startKey() {
    if (waiting || disabled || verifying) return;
    setWaiting(true);
    try {
      const { answerWithKey } = await preloadKeyCeremony();
      const credential = await answerWithKey(() => fetchKeySignInOptions(challengeId));
      setWaiting(false);
      onCredential(credential);
    } catch (error) {
      setWaiting(false);
      onError(error);
    }
  }

  return (
    <div className="stack-sm">
      <Button
        ref={ref}
        // Scenario links wait for it (mocks/scenarios/setups/keys.ts).
        data-factor="security_key"
        variant={primary ? 'primary' : 'secondary'}
        autoFocus={primary}
        disabled={disabled}
        loading={support === 'checking' || waiting || verifying}
        loadingLabel={support === 'checking' ? t('loading', { ns: 'common' }) : t('waiting')}
        onClick={() => void startKey()}
      >
        <KeyRound aria-hidden="true" />
        {t('useKey')}
      </Button>
      {waiting && (
        <p role="status" className="muted auth-hint">
          {t('waiting')}
        </p>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { Button } from '#src/components/button';
import type { ReauthMode } from './use-reauth-factor';

const LABEL: Record<ReauthMode, string> = {
  key: 'reauth.useKey',
  code: 'reauth.useApp',
  recovery: 'reauth.useRecovery',
};

/** "Use … instead" for each other factor the account has (and this browser can use). */
export function ReauthSwitch({
  mode,
  modes,
  onSwitch,
}: {
  mode: ReauthMode;
  modes: ReauthMode[];
  onSwitch: (mode: ReauthMode) => void;
}) {
  const { t } = useTranslation('mfa');
  const others = modes.filter((other) => other !== mode);
  return (
    <div className="stack-sm">
      {others.map((other) => (
        <div key={other}>
          <Button variant="link" onClick={() => onSwitch(other)}>
            {t(LABEL[other])}
          </Button>
        </div>
      ))}
    </div>
  );
}

import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReauthRequest } from '#src/api/mfa';
import { Alert } from '#src/components/alert';
import { ConfirmFooter } from '#src/components/confirm-footer';
import { Dialog } from '#src/components/dialog';
import { useToast } from '#src/components/toast';
import { useErrorMessage } from '#src/i18n/error-message';
import { needsReauth, useSignOutSessions, type SignOutTarget } from '../api/sessions';

/**
 * The password-and-factor form, handed in by the screen (it belongs to the MFA feature, which
 * this one does not import).
 */
export type ReauthSlot = (props: {
  formId: string;
  error: unknown;
  onSubmit: (request: ReauthRequest) => void;
}) => ReactNode;

/**
 * Confirms signing out one other session (`name` says which) or all of them. Outside sudo mode
 * the server's `reauth_required` brings up the reauth form, and the sign-out follows it.
 */
export function SignOutDialog({
  target,
  name,
  renderReauth,
  onClose,
}: {
  target: SignOutTarget;
  name?: string;
  renderReauth: ReauthSlot;
  onClose: () => void;
}) {
  const { t } = useTranslation('profile');
  const errorText = useErrorMessage();
  const toast = useToast();
  const signOut = useSignOutSessions();
  const formId = useId();
  const asking =
    signOut.error !== null && (needsReauth(signOut.error) || signOut.variables?.reauth);
  const all = target === 'others';

  const run = (reauth?: ReauthRequest) =>
    signOut.mutate(
      { target, reauth },
      {
        onSuccess: (count) => {
          toast.show(
            all ? t('sessions.signedOutOthers', { count }) : t('sessions.signedOutOne', { name }),
          );
          onClose();
        },
      },
    );

  return (
    <Dialog
      open
      onClose={onClose}
      title={all ? t('sessions.signOutOthersTitle') : t('sessions.signOutTitle', { name })}
      description={all ? t('sessions.signOutOthersDescription') : t('sessions.signOutDescription')}
      footer={
        <ConfirmFooter
          cancelLabel={t('sessions.cancel')}
          onCancel={onClose}
          confirmLabel={all ? t('sessions.signOutOthersConfirm') : t('sessions.signOutConfirm')}
          loading={signOut.isPending}
          loadingLabel={t('sessions.signingOut')}
          formId={asking ? formId : undefined}
          onConfirm={() => run()}
        />
      }
    >
      {asking
        ? renderReauth({
            formId,
            error: needsReauth(signOut.error) ? null : signOut.error,
            onSubmit: (request) => run(request),
          })
        : signOut.error && <Alert tone="error">{errorText(signOut.error)}</Alert>}
    </Dialog>
  );
}

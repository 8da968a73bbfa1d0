import { Button } from './button';

type ConfirmFooterProps = {
  cancelLabel: string;
  onCancel: () => void;
  confirmLabel: string;
  loading: boolean;
  loadingLabel: string;
  /** Red for what cannot be undone (disable, remove, sign out); blue for the rest. */
  tone?: 'danger' | 'primary';
  /** While a throttle's wait runs, the dialog's form counts it down. */
  disabled?: boolean;
  /**
   * The form the dialog shows, if any (a password and code, a reauth asked for by the server):
   * confirming submits it, so Enter in its fields and the button do the same. Without one,
   * `onConfirm` runs.
   */
  formId?: string;
  onConfirm?: () => void;
};

/**
 * The footer of every dialog that confirms an action: Cancel, then the confirming button, which
 * stays the same size while it works.
 */
export function ConfirmFooter({
  cancelLabel,
  onCancel,
  confirmLabel,
  loading,
  loadingLabel,
  tone = 'danger',
  disabled,
  formId,
  onConfirm,
}: ConfirmFooterProps) {
  return (
    <>
      <Button variant="ghost" onClick={onCancel}>
        {cancelLabel}
      </Button>
      <Button
        variant={tone}
        type={formId ? 'submit' : 'button'}
        form={formId}
        onClick={formId ? undefined : onConfirm}
        disabled={disabled}
        loading={loading}
        loadingLabel={loadingLabel}
      >
        {confirmLabel}
      </Button>
    </>
  );
}

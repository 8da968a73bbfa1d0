import { Button } from './button';

type ConfirmFooterProps = {
  cancelLabel: string;
  onCancel: () => void;
  confirmLabel: string;
  loading: boolean;
  loadingLabel: string;
  /**
   * The form the dialog shows, if any (a reauth asked for by the server): confirming submits
   * it, so Enter in its fields and the button do the same. Without one, `onConfirm` runs.
   */
  formId?: string;
  onConfirm: () => void;
};

/**
 * The footer of a dialog that confirms a destructive action (remove a factor, sign a session
 * out): Cancel, then the red button, which stays the same size while it works.
 */
export function ConfirmFooter({
  cancelLabel,
  onCancel,
  confirmLabel,
  loading,
  loadingLabel,
  formId,
  onConfirm,
}: ConfirmFooterProps) {
  return (
    <>
      <Button variant="ghost" onClick={onCancel}>
        {cancelLabel}
      </Button>
      <Button
        variant="danger"
        type={formId ? 'submit' : 'button'}
        form={formId}
        onClick={formId ? undefined : onConfirm}
        loading={loading}
        loadingLabel={loadingLabel}
      >
        {confirmLabel}
      </Button>
    </>
  );
}

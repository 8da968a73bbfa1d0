/** Why someone arrives at /sign-in, shown there as a notice. */
export type SignInNotice = 'session_ended' | 'signed_out' | 'signed_out_elsewhere';
export type SignInState = { notice: SignInNotice };

const notices: unknown[] = ['session_ended', 'signed_out', 'signed_out_elsewhere'];

function isSignInNotice(value: unknown): value is SignInNotice {
  return notices.includes(value);
}

/**
 * History state is input like any other, so it is checked before use; by hand rather than with
 * the contract's zod, which the sign-in screen's first paint does without.
 */
export function readSignInNotice(state: unknown): SignInNotice | null {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return null;
  return isSignInNotice(state.notice) ? state.notice : null;
}

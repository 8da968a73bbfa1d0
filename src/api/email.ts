/**
 * The contract's rule for an email address (zod's default pattern), kept free of zod so the
 * sign-in form can check it before the contract has loaded. `signInRequestSchema` uses this
 * very pattern, so the form and the contract cannot disagree.
 */
export const emailPattern =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** Trimmed and lower-cased first, as the contract does before it checks the pattern. */
export function isEmailAddress(value: string): boolean {
  return emailPattern.test(value.trim().toLowerCase());
}

/**
 * Fills the app's sign-in form from outside React. The fields are React-controlled, so the value
 * goes through the native setter (React's own tracker would otherwise swallow it) and an `input`
 * event tells React, exactly as typing would. Fields are found by name and autocomplete, which
 * a password manager relies on too. Focus lands on the submit button, ready for Enter.
 */
export function fillSignIn(email: string, password: string, root: ParentNode = document): boolean {
  const emailField = root.querySelector<HTMLInputElement>(
    'input[name="email"], input[autocomplete="username"]',
  );
  const passwordField = root.querySelector<HTMLInputElement>(
    'input[name="password"], input[autocomplete="current-password"]',
  );
  if (!emailField || !passwordField) return false;
  setNativeValue(emailField, email);
  setNativeValue(passwordField, password);
  const submit = passwordField.form?.querySelector<HTMLElement>('[type="submit"]');
  (submit ?? passwordField).focus();
  return true;
}

function setNativeValue(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  if (setter) setter.call(input, value);
  else input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

import { useEffect, useState } from 'react';
import type { PasswordCheck } from '#src/api/password-strength';

// The estimator and its dictionaries (~1.5 MB) load on first use, never with the sign-in screen.
const loadEstimator = () => import('#src/api/password-strength');
/** What the account gives a guesser; a password built from it is refused. */
export type PersonalData = { email: string; name: string };

/** Typing pauses this long before the estimate runs: it is not free on a slow phone. */
const PAUSE_MS = 250;

/**
 * The password rules' verdict on `password` as the person types: the same judge the server
 * uses, so "this password can be used" here is not refused there. Null while nothing is typed
 * or the estimator is still loading.
 */
export function usePasswordCheck(
  password: string,
  { email, name }: PersonalData,
): PasswordCheck | null {
  const [check, setCheck] = useState<{ password: string; result: PasswordCheck } | null>(null);
  useEffect(() => {
    void loadEstimator();
  }, []);
  useEffect(() => {
    if (password === '') return;
    let current = true;
    const timer = window.setTimeout(() => {
      void loadEstimator().then(({ checkPassword, personalInputs }) => {
        const result = checkPassword(password, personalInputs(email, name));
        if (current) setCheck({ password, result });
      });
    }, PAUSE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [password, email, name]);
  return password !== '' && check?.password === password ? check.result : null;
}

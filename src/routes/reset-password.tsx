import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ResetLinkInvalid } from '../features/passwords/components/reset-link-invalid';
import { ResetPassword } from '../features/passwords/components/reset-password';

const tokenInHash = (hash: string) => new URLSearchParams(hash.replace(/^#/, '')).get('token');
function tokenInState(state: unknown): string | null {
  const token: unknown = Object(state).token;
  return typeof token === 'string' ? token : null;
}

/**
 * The mailed link is `/reset-password#token=…`: the fragment never reaches a server or a
 * Referer. The token moves at once from the address bar into history state, so it is not left
 * in view, in a screenshot or in the browser's history list; a reload still has it.
 */
export function ResetPasswordRoute() {
  const location = useLocation();
  const navigate = useNavigate();
  const fromHash = tokenInHash(location.hash);
  const token = fromHash ?? tokenInState(location.state);
  useEffect(() => {
    if (fromHash) void navigate(location.pathname, { replace: true, state: { token: fromHash } });
  }, [fromHash, location.pathname, navigate]);
  return token ? <ResetPassword key={token} token={token} /> : <ResetLinkInvalid />;
}

import { useLocation } from 'react-router';
import { ForgotPassword } from '../features/passwords/components/forgot-password';

/** The sign-in form hands over what was typed as the email (history state, never the URL). */
function emailFrom(state: unknown): string {
  const email: unknown = Object(state).email;
  return typeof email === 'string' ? email : '';
}

export function ForgotPasswordRoute() {
  const location = useLocation();
  return <ForgotPassword initialEmail={emailFrom(location.state)} />;
}

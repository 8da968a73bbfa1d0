import { AlertTriangle } from 'lucide-react';
import type { ReactNode } from 'react';
import './banner.css';

/**
 * An amber warning that stays on the page until its cause is dealt with, with the way out as its
 * action. Not for the sign-in screen: the icon comes from lucide-react, which that screen must
 * not download.
 */
export function Banner({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    // A status, not an alert: it describes the account as it is and never interrupts.
    <div role="status" className="banner">
      <AlertTriangle className="banner-icon" size={20} aria-hidden="true" />
      <div className="banner-text">
        <p className="banner-title">{title}</p>
        {children && <div className="banner-body">{children}</div>}
      </div>
      {action && <div className="banner-action">{action}</div>}
    </div>
  );
}

import type { ReactNode, Ref } from 'react';
import './alert.css';

type AlertProps = {
  tone: 'error' | 'warning' | 'success' | 'info';
  title?: string;
  children?: ReactNode;
  ref?: Ref<HTMLDivElement>;
};

/** Errors interrupt (role=alert); everything else is announced politely (role=status). */
export function Alert({ tone, title, children, ref }: AlertProps) {
  return (
    <div
      ref={ref}
      role={tone === 'error' ? 'alert' : 'status'}
      className={`alert alert-${tone}`}
      tabIndex={ref ? -1 : undefined}
    >
      {title && <p className="alert-title">{title}</p>}
      {children && <div className="alert-body">{children}</div>}
    </div>
  );
}

import type { ReactNode } from 'react';
import './badge.css';

export function Badge({
  tone,
  children,
}: {
  tone: 'success' | 'neutral' | 'warning' | 'danger';
  children: ReactNode;
}) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

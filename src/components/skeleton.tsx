import type { ReactNode } from 'react';
import './skeleton.css';

/**
 * A grey block standing in for content on its way, so the content takes exactly its place when
 * it comes: sized by the caller's class, or by `children` laid out but invisible (so neither seen
 * nor reached by Tab) inside it: a button stands in for a button, at whatever size buttons have. Hidden from assistive tech: the region
 * around it says that it is busy and what is loading.
 */
export function Skeleton({ className, children }: { className?: string; children?: ReactNode }) {
  return (
    <span
      className={['skeleton', children ? 'skeleton-fit' : null, className]
        .filter(Boolean)
        .join(' ')}
      aria-hidden="true"
    >
      {children}
    </span>
  );
}

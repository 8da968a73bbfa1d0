import { Spinner } from './spinner';
import './loading.css';

/** While a screen or a check is on its way: announced politely, and nothing that jumps. */
export function Loading({ label, fullPage = false }: { label: string; fullPage?: boolean }) {
  return (
    <div className={fullPage ? 'app-loading' : 'screen-loading'} role="status">
      <Spinner size={24} />
      <span className="visually-hidden">{label}</span>
    </div>
  );
}

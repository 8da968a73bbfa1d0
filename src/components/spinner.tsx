import './spinner.css';

/** Decorative: the control that shows it carries the busy state for assistive tech. */
export function Spinner({ size = 16 }: { size?: number }) {
  return <span className="spinner" style={{ width: size, height: size }} aria-hidden="true" />;
}

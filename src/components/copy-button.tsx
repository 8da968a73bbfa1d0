import { useEffect, useState, type ReactNode } from 'react';
import { Button } from './button';
import './copy-button.css';

type CopyButtonProps = {
  value: string;
  label: string;
  copiedLabel: string;
  failedLabel?: string;
  /** A decorative icon before the label (aria-hidden); the caller picks it, so this file stays light. */
  icon?: ReactNode;
};

/** A real button (not an icon div) that says, and announces, that it copied. */
export function CopyButton({ value, label, copiedLabel, failedLabel, icon }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  const message = state === 'copied' ? copiedLabel : state === 'failed' ? (failedLabel ?? '') : '';
  return (
    <span className="copy-button">
      <Button variant="secondary" onClick={copy}>
        {icon}
        {label}
      </Button>
      {/* Always in the DOM so screen readers announce the change; empty takes no space. */}
      <span role="status" className="copy-button-status">
        {message}
      </span>
    </span>
  );
}

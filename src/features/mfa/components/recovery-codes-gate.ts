import { useEffect, useState } from 'react';

/**
 * Recovery codes are shown once, so nothing may close them away before the person confirms
 * they saved them: `requestClose` closes only then, and otherwise points at the checkbox
 * (`attention` changes each time, and the panel moves focus there).
 */
export function useSavedCodesGate() {
  const [saved, setSavedState] = useState(false);
  const [attention, setAttention] = useState(0);

  function setSaved(next: boolean) {
    setSavedState(next);
    if (next) setAttention(0);
  }

  function requestClose(close: () => void) {
    if (saved) close();
    else setAttention((count) => count + 1);
  }

  return { saved, setSaved, showRequired: attention > 0, attention, requestClose };
}

export type SavedCodesGate = ReturnType<typeof useSavedCodesGate>;

/** Unsaved recovery codes: leaving the page would lose them for good, so the browser asks. */
export function useLeaveWarning(codesAtRisk: boolean) {
  useEffect(() => {
    if (!codesAtRisk) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [codesAtRisk]);
}

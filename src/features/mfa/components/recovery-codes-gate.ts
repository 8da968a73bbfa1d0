import { useState } from 'react';

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

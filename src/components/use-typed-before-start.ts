import { useLayoutEffect, type RefObject } from 'react';

/**
 * A prerendered field keeps what was typed (or chosen) before the app started: hydration leaves
 * the text in the field, or the option chosen in the select, but does not tell the state, which
 * would undo it on the next render. Once, right after hydration (before paint), the state takes
 * the field's value.
 */
export function useTypedBeforeStart(
  field: RefObject<HTMLInputElement | HTMLSelectElement | null>,
  setValue: (value: string) => void,
): void {
  useLayoutEffect(() => {
    const typed = field.current?.value;
    if (typed) setValue(typed);
    // Only the first commit: later changes arrive through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}

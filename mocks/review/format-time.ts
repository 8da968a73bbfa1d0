/** The simulated time with seconds, so a moved clock and a rolling code are easy to follow. */
export function formatMockTime(epochMs: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(
    new Date(epochMs),
  );
}

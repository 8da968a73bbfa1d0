/**
 * A day in the reader's language ("Jan 15, 2026" / "2026年1月15日"), for when something began
 * (MFA turned on, a factor added); "last used" keeps the time of day, from formatDateTime. Kept
 * here rather than in src/i18n/format.ts: that file is part of the sign-in download, and only the
 * console needs this.
 */
export function formatDate(iso: string, lng: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lng, { dateStyle: 'medium' }).format(date);
}

/** A server ISO time in the reader's language, e.g. "Mar 4, 2025, 2:05 PM" / "2025年3月4日 14:05". */
export function formatDateTime(iso: string, lng: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * Seconds as "45 seconds" or, from two minutes on, "3 minutes" (rounded up), in `lng`. Chinese
 * gets "45 秒" / "3 分钟": the short unit (not "秒钟"), and the space the glossary's spacing rule
 * puts between a number and Chinese, which Intl leaves out.
 */
export function formatDuration(seconds: number, lng: string): string {
  const safe = Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : 0;
  const [value, unit] = safe >= 120 ? [Math.ceil(safe / 60), 'minute'] : [safe, 'second'];
  const zh = lng.startsWith('zh');
  const text = new Intl.NumberFormat(lng, {
    style: 'unit',
    unit,
    unitDisplay: zh ? 'short' : 'long',
  }).format(value);
  return zh ? text.replace(/(\d)(?=\D)/, '$1 ') : text;
}

const units: ReadonlyArray<readonly [Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

// Building an Intl formatter costs far more than formatting with one, and a page of the log
// formats two times per entry: one of each per language, made on first use.
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const exactFormats = new Map<string, Intl.DateTimeFormat>();

function formatterFor<F>(cache: Map<string, F>, lng: string, make: () => F): F {
  let format = cache.get(lng);
  if (!format) {
    format = make();
    cache.set(lng, format);
  }
  return format;
}

/**
 * "3 minutes ago" / "3 分钟前", from `now` (the app's clock, so a moved mock clock agrees). Chinese
 * gets the space the glossary's spacing rule puts between a number and Chinese.
 */
export function relativeTime(iso: string, now: number, lng: string): string {
  const seconds = (Date.parse(iso) - now) / 1000;
  const [unit, size] = units.find(([, length]) => Math.abs(seconds) >= length) ?? ['second', 1];
  const format = formatterFor(
    relativeFormats,
    lng,
    () => new Intl.RelativeTimeFormat(lng, { numeric: 'auto' }),
  );
  const text = format.format(Math.round(seconds / size), unit);
  return lng.startsWith('zh') ? text.replace(/(\d)(?=[^\d\s])/, '$1 ') : text;
}

/** The exact time, with seconds and the reader's own time zone named. */
export function exactTime(iso: string, lng: string): string {
  const format = formatterFor(
    exactFormats,
    lng,
    () => new Intl.DateTimeFormat(lng, { dateStyle: 'full', timeStyle: 'long' }),
  );
  return format.format(new Date(iso));
}

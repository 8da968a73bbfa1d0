import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { exactTime, relativeTime } from './relative-time';

/**
 * "3 minutes ago", and the exact time in the reader's time zone on hover and on keyboard focus:
 * a `title` alone never shows to a keyboard or touch reader, so a tooltip describes the `<time>`,
 * which takes focus for it.
 */
export function EventTime({ at, now }: { at: string; now: number }) {
  const { i18n } = useTranslation();
  const tipId = useId();
  const exact = exactTime(at, i18n.language);
  return (
    <span className="event-time">
      <time dateTime={at} title={exact} tabIndex={0} aria-describedby={tipId}>
        {relativeTime(at, now, i18n.language)}
      </time>
      <span role="tooltip" id={tipId} className="event-time-tip">
        {exact}
      </span>
    </span>
  );
}

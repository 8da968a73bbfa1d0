import type { Ref } from 'react';
import { Button } from '#src/components/button';
import { DEMO_HINT_ID } from './demo-hint';
import { useReviewTranslation } from './use-review-language';

type DemoStripProps = {
  /** The app's path the tools last drew for: scenario readiness waits until it is the page's. */
  pathname: string;
  /** On the sign-in screen with the hint shown: a link to it (past the form on a narrow screen). */
  showAccounts: boolean;
  onOpen: () => void;
  openRef: Ref<HTMLButtonElement>;
};

/**
 * The demo tools' own strip, above the app in the page flow, as a console marks its test mode:
 * the app is pushed down by it instead of covered, at every width, and the strip scrolls away
 * with the page. It holds the button that opens the review panel and, on the sign-in screen,
 * the way to the demo accounts.
 */
export function DemoStrip({ pathname, showAccounts, onOpen, openRef }: DemoStripProps) {
  const { t } = useReviewTranslation();
  return (
    <aside className="review-strip" aria-label={t('tools.label')} data-pathname={pathname}>
      <p className="review-strip-label">{t('hint.banner')}</p>
      {showAccounts && (
        <Button
          variant="link"
          className="review-strip-accounts review-button-sm"
          onClick={() => {
            // Focus scrolls it into view and puts a screen reader there.
            document.getElementById(DEMO_HINT_ID)?.focus();
          }}
        >
          {t('hint.showAccounts')}
        </Button>
      )}
      <button
        ref={openRef}
        type="button"
        className="review-strip-open"
        aria-haspopup="dialog"
        aria-keyshortcuts="Alt+Shift+D"
        title={t('tools.open')}
        onClick={onOpen}
      >
        <ToolsIcon />
        {/* Part of the accessible name below, so the visible label stays inside it. */}
        <span className="review-strip-wide" aria-hidden="true">
          {t('tools.label')}
        </span>
        <span className="visually-hidden">{t('tools.open')}</span>
      </button>
    </aside>
  );
}

/** A wrench: "tools", readable at 20 px, drawn in the text colour. */
function ToolsIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M22.7 19l-9.1-9.1c.9-2.3.4-5-1.5-6.9-2-2-5-2.4-7.4-1.3L9 6 6 9 1.6 4.7C.4 7.1.9 10.1 2.9 12.1c1.9 1.9 4.6 2.4 6.9 1.5l9.1 9.1c.4.4 1 .4 1.4 0l2.3-2.3c.5-.4.5-1.1.1-1.4z"
      />
    </svg>
  );
}

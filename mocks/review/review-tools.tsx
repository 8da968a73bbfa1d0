import { useCallback, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { DemoBanner, DemoHint } from './demo-hint';
import { MockNotice } from './mock-notice';
import { ReviewPanel } from './panel/review-panel';
import type { SectionId } from './panel/sections';
import { readReviewValue, reviewKeys, writeReviewValue } from './review-storage';
import { usePathname } from './use-pathname';
import { useReviewTranslation } from './use-review-language';
import { useReviewShortcut } from './use-shortcut';

/**
 * Everything the review tools show. The demo hint, the floating button and the panel sit after
 * the app; the notice and the narrow screens' demo banner go to `topSlot`, in the page flow
 * above the app, so they push it down rather than cover it.
 */
export function ReviewTools({ topSlot }: { topSlot: Element }) {
  const { t } = useReviewTranslation();
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [section, setSection] = useState<SectionId>('scenarios');
  const [hintHidden, setHintHidden] = useState(
    () => readReviewValue(reviewKeys.hintHidden) === '1',
  );
  const fab = useRef<HTMLButtonElement>(null);
  const fabElement = useCallback(() => fab.current, []);
  useReviewShortcut(() => setOpen((wasOpen) => !wasOpen));

  function openAt(next: SectionId) {
    setSection(next);
    setOpen(true);
  }

  function hideHint(hidden: boolean) {
    setHintHidden(hidden);
    writeReviewValue(reviewKeys.hintHidden, hidden ? '1' : null);
  }

  return (
    <>
      {createPortal(
        <>
          <MockNotice />
          {!hintHidden && <DemoBanner pathname={pathname} />}
        </>,
        topSlot,
      )}
      {!hintHidden && (
        <DemoHint pathname={pathname} onOpenSection={openAt} onHide={() => hideHint(true)} />
      )}
      <aside className="review-tools" aria-label={t('tools.label')}>
        <button
          ref={fab}
          type="button"
          className="review-fab"
          aria-haspopup="dialog"
          aria-keyshortcuts="Alt+Shift+D"
          title={t('tools.open')}
          onClick={() => setOpen(true)}
        >
          <ToolsIcon />
          <span className="visually-hidden">{t('tools.open')}</span>
        </button>
        <ReviewPanel
          open={open}
          section={section}
          onSection={setSection}
          onClose={() => setOpen(false)}
          onShowHint={() => hideHint(false)}
          fallbackFocus={fabElement}
        />
      </aside>
    </>
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

import { useCallback, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { DemoHint } from './demo-hint';
import { DemoStrip } from './demo-strip';
import { MockNotice } from './mock-notice';
import { ReviewPanel } from './panel/review-panel';
import type { SectionId } from './panel/sections';
import { readReviewValue, reviewKeys, writeReviewValue } from './review-storage';
import { usePathname } from './use-pathname';
import { useReviewShortcut } from './use-shortcut';

/**
 * Everything the review tools show. The demo strip (with the button that opens the panel) and
 * the notice go to `topSlot`, in the page flow above the app, so they push it down rather than
 * cover it; the demo hint and the panel sit after the app.
 */
export function ReviewTools({ topSlot }: { topSlot: Element }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [section, setSection] = useState<SectionId>('scenarios');
  const [hintHidden, setHintHidden] = useState(
    () => readReviewValue(reviewKeys.hintHidden) === '1',
  );
  const openButton = useRef<HTMLButtonElement>(null);
  const openButtonElement = useCallback(() => openButton.current, []);
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
          <DemoStrip
            pathname={pathname}
            showAccounts={!hintHidden && pathname === '/sign-in'}
            onOpen={() => setOpen(true)}
            openRef={openButton}
          />
          <MockNotice />
        </>,
        topSlot,
      )}
      {!hintHidden && (
        <DemoHint pathname={pathname} onOpenSection={openAt} onHide={() => hideHint(true)} />
      )}
      <ReviewPanel
        open={open}
        section={section}
        onSection={setSection}
        onClose={() => setOpen(false)}
        onShowHint={() => hideHint(false)}
        fallbackFocus={openButtonElement}
      />
    </>
  );
}

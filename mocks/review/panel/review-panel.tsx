import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useReviewTranslation } from '../use-review-language';
import { AppearanceSection } from './appearance-section';
import { AuthenticatorSection } from './authenticator-section';
import { ClockSection } from './clock-section';
import { keepFocusInside } from './focus-trap';
import { MailboxSection } from './mailbox-section';
import { NetworkSection } from './network-section';
import { ScenariosSection } from './scenarios-section';
import { sectionIds, type SectionId } from './sections';
import { SessionsSection } from './sessions-section';
import './review-panel.css';
import './sections.css';

type ReviewPanelProps = {
  open: boolean;
  section: SectionId;
  onSection: (section: SectionId) => void;
  onClose: () => void;
  onShowHint: () => void;
  /** Where focus goes back to when whatever opened the panel is gone. */
  fallbackFocus: () => HTMLElement | null;
};

const keyMoves: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowDown: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  ArrowUp: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * A native modal `<dialog>`: the page behind is inert, Tab wraps inside, Escape closes it and
 * focus goes back to what opened it. On a phone it is a bottom sheet. Sections are tabs
 * (arrow keys move between them, Tab goes into the section).
 */
export function ReviewPanel(props: ReviewPanelProps) {
  const { open, section, onSection, onClose, onShowHint, fallbackFocus } = props;
  const { t } = useReviewTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const tabs = useRef(new Map<SectionId, HTMLButtonElement>());
  const titleId = useId();
  const baseId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal?.();
    // Opened at a section (say, from the demo hint): start on its tab.
    dialog.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
    return () => {
      if (dialog.open) dialog.close?.();
      const target = opener?.isConnected && opener !== document.body ? opener : fallbackFocus();
      target?.focus();
    };
  }, [open, fallbackFocus]);

  if (!open) return null;

  function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
    const move = keyMoves[event.key];
    if (!move) return;
    event.preventDefault();
    const next = sectionIds[move(sectionIds.indexOf(section), sectionIds.length)] ?? section;
    onSection(next);
    tabs.current.get(next)?.focus();
  }

  return (
    <dialog
      ref={ref}
      className="review-panel"
      aria-labelledby={titleId}
      onKeyDown={keepFocusInside}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="review-panel-header">
        <div>
          <h2 id={titleId} className="review-panel-title">
            {t('tools.title')}
          </h2>
          <p className="review-small muted">{t('tools.subtitle')}</p>
        </div>
        <button type="button" className="review-close" onClick={onClose}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{t('tools.close')}</span>
        </button>
      </header>
      <div role="tablist" aria-label={t('tools.sections')} className="review-tabs">
        {sectionIds.map((id) => (
          <button
            key={id}
            ref={(element) => {
              if (element) tabs.current.set(id, element);
              else tabs.current.delete(id);
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${id}`}
            aria-selected={id === section}
            aria-controls={`${baseId}-panel`}
            tabIndex={id === section ? 0 : -1}
            className="review-tab"
            onClick={() => onSection(id)}
            onKeyDown={onTabKey}
          >
            {t(`sections.${id}`)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${baseId}-panel`}
        aria-labelledby={`${baseId}-tab-${section}`}
        className="review-panel-body"
      >
        {section === 'scenarios' && <ScenariosSection />}
        {section === 'authenticator' && <AuthenticatorSection />}
        {section === 'mailbox' && <MailboxSection />}
        {section === 'clock' && <ClockSection />}
        {section === 'network' && <NetworkSection />}
        {section === 'sessions' && <SessionsSection />}
        {section === 'appearance' && <AppearanceSection onShowHint={onShowHint} />}
      </div>
    </dialog>
  );
}

import { LogOut, UserIcon } from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { User } from '../api/user';
import { useToast } from '../components/toast';
import { useSignOut } from '../features/auth/api/sign-out';
import { useErrorMessage } from '../i18n/error-message';
import './account-menu.css';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return (
    letters
      .map((part) => Array.from(part ?? '')[0] ?? '')
      .join('')
      .toUpperCase() || '?'
  );
}

function focusItem(menu: HTMLElement | null, index: number) {
  const items = Array.from(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
  items[(index + items.length) % items.length]?.focus();
}

/** The avatar button and its menu (WAI-ARIA menu button pattern). */
export function AccountMenu({ user }: { user: User }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const [open, setOpen] = useState(false);
  const focusOnOpen = useRef<'first' | 'last' | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const buttonId = useId();
  const menuId = useId();
  const signOut = useSignOut();

  function openMenu(focus: 'first' | 'last') {
    focusOnOpen.current = focus;
    setOpen(true);
  }

  function close(returnFocus: boolean) {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }

  useEffect(() => {
    if (!open) return;
    if (focusOnOpen.current) focusItem(menuRef.current, focusOnOpen.current === 'first' ? 0 : -1);
    focusOnOpen.current = null;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  function onButtonKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    // Enter and Space arrive as a click.
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const items = Array.from(
      event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]'),
    );
    const index = items.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: -1,
    };
    if (event.key in moves) {
      event.preventDefault();
      focusItem(event.currentTarget, moves[event.key] ?? 0);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    } else if (event.key === ' ' && document.activeElement instanceof HTMLAnchorElement) {
      // Menu items activate with Space too; links do not by themselves.
      event.preventDefault();
      document.activeElement.click();
    }
  }

  function onSignOut() {
    close(true);
    signOut.mutate(undefined, { onError: (error) => toast.show(errorMessage(error), 'error') });
  }

  return (
    <div className="account-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="account-menu-button"
        aria-label={t('accountMenu.button', { name: user.name })}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(true) : openMenu('first'))}
        onKeyDown={onButtonKeyDown}
      >
        <span className="account-menu-avatar" aria-hidden="true">
          {initials(user.name)}
        </span>
        <span className="account-menu-name">{user.name}</span>
      </button>
      {open && (
        <div className="account-menu-popover">
          <div className="account-menu-identity">
            <p className="account-menu-identity-name">{user.name}</p>
            <p className="account-menu-identity-email">{user.email}</p>
          </div>
          <ul
            ref={menuRef}
            id={menuId}
            role="menu"
            aria-labelledby={buttonId}
            className="account-menu-list"
            onKeyDown={onMenuKeyDown}
          >
            <li role="none">
              <Link
                role="menuitem"
                tabIndex={-1}
                to="/settings/profile"
                className="account-menu-item"
                onClick={() => close(false)}
              >
                <UserIcon aria-hidden="true" />
                {t('accountMenu.profileSettings')}
              </Link>
            </li>
            <li role="none">
              <button
                role="menuitem"
                tabIndex={-1}
                type="button"
                className="account-menu-item"
                onClick={onSignOut}
              >
                <LogOut aria-hidden="true" />
                {t('accountMenu.signOut')}
              </button>
            </li>
          </ul>
        </div>
      )}
    </div>
  );
}

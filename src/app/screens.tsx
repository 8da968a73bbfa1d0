import { lazy, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/loading';
import { consoleNamespaces, i18n } from '../i18n';
import { keyNamespaces } from '../i18n/error-message';
import { NotFoundRoute } from '../routes/not-found';
import { SignInRoute } from '../routes/sign-in';
import type * as Layout from './console-layout';

/**
 * Every screen, declared once: routes.tsx turns this table into routes. A console screen names
 * its `file` in src/routes/console/: it needs a session, draws in the console layout and comes
 * with the whole console and its messages (one chunk; nothing shows untranslated). The others
 * need no session and draw in the centred card: a `Component` is in the first download (only
 * the sign-in screen and not-found), a `load` is fetched when first needed, with its own
 * `messages`. `title` is the message key of the document title ("<title> · zenConsole"), or
 * picks one from the history state. `next` starts loading a screen the person is likely to
 * open next, once this one is drawn.
 */
type Screen = {
  path: string;
  title: string | ((state: unknown) => string);
  next?: string;
} & (
  | { Component: ComponentType }
  | { load: () => Promise<ComponentType>; messages?: string[] }
  | { file: string }
);

/**
 * The verify step's history state is parsed (with zod) by the screen; its title needs only the
 * challenge's type, read here without zod, which the first download does without (`Object()` reads any
 * value, null and undefined included, without throwing).
 */
const verifyTitle = (state: unknown) =>
  Object(Object(state).challenge).type === 'email'
    ? 'auth:verify.titleEmail'
    : 'auth:verify.titleTotp';

const declared: Screen[] = [
  {
    path: '/sign-in',
    title: 'auth:signIn.title',
    Component: SignInRoute,
    // The next step's code and messages arrive while the person types, not after they submit.
    next: '/sign-in/verify',
  },
  {
    path: '/sign-in/verify',
    title: verifyTitle,
    load: () => import('../routes/sign-in-verify').then((m) => m.SignInVerifyRoute),
    messages: keyNamespaces,
  },
  {
    path: '/',
    title: 'home.title',
    file: 'home',
  },
  {
    path: '/settings/profile',
    title: 'profile:title',
    file: 'profile-settings',
  },
  { path: '*', title: 'notFound.title', Component: NotFoundRoute },
];

let consoleLoad: Promise<typeof Layout> | undefined;
/** The console: its layout with every console screen, and the console's messages, in one go. */
export function preloadConsole() {
  consoleLoad ??= Promise.all([
    import('./console-layout'),
    i18n.loadNamespaces(consoleNamespaces),
  ]).then(
    ([layout]) => layout,
    (error: unknown) => {
      // A failed download (flaky network) is tried again next time, not remembered.
      consoleLoad = undefined;
      throw error;
    },
  );
  return consoleLoad;
}

/** Starts loading a screen (with its messages, or the whole console) and resolves once it is in. */
export async function preloadScreen(path: string): Promise<void> {
  const screen = declared.find((candidate) => candidate.path === path);
  if (screen && 'file' in screen) await preloadConsole();
  if (screen && 'load' in screen)
    await Promise.all([screen.load(), i18n.loadNamespaces(screen.messages ?? [])]);
}

/** The second-factor step, with the security-key messages it may need (two small files). */
export const preloadVerify = () => preloadScreen('/sign-in/verify');

export const ConsoleLayout = lazy(() =>
  preloadConsole().then((layout) => ({ default: layout.ConsoleLayout })),
);

/** The table with each lazy screen's component made once (React.lazy must not run per render). */
export const screens = declared.map((screen) => ({
  ...screen,
  Component:
    'Component' in screen
      ? screen.Component
      : 'file' in screen
        ? lazy(() => preloadConsole().then((c) => ({ default: c.consoleScreen(screen.file) })))
        : lazy(() =>
            preloadScreen(screen.path).then(async () => ({ default: await screen.load() })),
          ),
}));

/** The app's loading state, in the current language. */
export function AppLoading({ fullPage = false }: { fullPage?: boolean }) {
  const { t } = useTranslation();
  return <Loading label={t('loading')} fullPage={fullPage} />;
}

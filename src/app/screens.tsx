import { lazy, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { loadSessionRequest } from '../api/session';
import { Loading } from '../components/loading';
import { consoleNamespaces, i18n } from '../i18n';
import { keyNamespaces } from '../i18n/error-message';
import { NotFoundRoute } from '../routes/not-found';
import { SignInRoute } from '../routes/sign-in';
import type * as Layout from './console-layout';

/**
 * Every screen, declared once: routes.tsx turns this table into routes. A screen `inConsole`
 * needs a session, draws in the console layout and comes with the whole console and its
 * messages (`consoleScreen`, one chunk: nothing shows untranslated). The others need no session
 * and draw in the centred card; sign-in and not-found are in the first download, a `lazy` one
 * is fetched when first needed, with its messages. `title` is the message key of the document
 * title ("<title> · zenConsole"), or picks one from the history state. `next` starts loading
 * what the person is likely to open next, from their first move on this screen.
 */
export type Screen = {
  path: string;
  title: string | ((state: unknown) => string);
  Component: ComponentType;
  inConsole?: true;
  lazy?: true;
  next?: () => Promise<unknown>;
};

/**
 * The verify step's history state is parsed (with zod) by the screen; its title needs only the
 * challenge's type, read here without zod, which the first download does without (`Object()`
 * reads any value, null and undefined included, without throwing).
 */
const verifyTitle = (state: unknown) =>
  Object(Object(state).challenge).type === 'email' ? 'verify:titleEmail' : 'verify:titleTotp';

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

/** The second-factor step, with its messages and the security-key ones it may need. */
export const preloadVerify = () =>
  Promise.all([
    import('../routes/sign-in-verify'),
    i18n.loadNamespaces(['verify', ...keyNamespaces]),
  ]).then(([route]) => route.SignInVerifyRoute);

/** Forgot and reset password, one entry for both (see routes/password-screens.tsx). */
const preloadPasswordScreens = () => import('../routes/password-screens');
const PasswordScreens = lazy(() => preloadPasswordScreens().then((route) => route.passwordScreens));

/**
 * Every screen's code at once, for a page that may land anywhere: a demo scenario link. There
 * the simulated backend's service worker handles every request once it runs, so each download
 * started later waits on the page's own thread, busy drawing; these start before it runs.
 */
export const preloadEveryScreen = () =>
  Promise.all([preloadConsole(), preloadVerify(), preloadPasswordScreens(), loadSessionRequest()]);

const consoleScreen = (file: string) =>
  lazy(() => preloadConsole().then((layout) => ({ default: layout.consoleScreen(file) })));

export const screens: Screen[] = [
  {
    path: '/sign-in',
    title: 'auth:signIn.title',
    Component: SignInRoute,
    // The next step's code and messages arrive while the person types, not after they submit.
    next: preloadVerify,
  },
  {
    path: '/sign-in/verify',
    title: verifyTitle,
    Component: lazy(() => preloadVerify().then((route) => ({ default: route }))),
    lazy: true,
  },
  { path: '/', title: 'home.title', Component: consoleScreen('home'), inConsole: true },
  {
    path: '/settings/profile',
    title: 'profile:title',
    Component: consoleScreen('profile-settings'),
    inConsole: true,
  },
  {
    path: '/settings/secure-account',
    title: 'profile:secureAccount.title',
    Component: consoleScreen('secure-account'),
    inConsole: true,
  },
  {
    path: '/settings/activity',
    title: 'profile:activity.title',
    Component: consoleScreen('security-activity'),
    inConsole: true,
  },
  { path: '*', title: 'notFound.title', Component: NotFoundRoute },
  {
    path: '/forgot-password',
    title: 'passwords:forgot.title',
    Component: PasswordScreens,
    lazy: true,
  },
  {
    path: '/reset-password',
    title: 'passwords:reset.title',
    Component: PasswordScreens,
    lazy: true,
  },
];

export const ConsoleLayout = lazy(() =>
  preloadConsole().then((layout) => ({ default: layout.ConsoleLayout })),
);

/** The app's loading state, in the current language. */
export function AppLoading({ fullPage = false }: { fullPage?: boolean }) {
  const { t } = useTranslation();
  return <Loading label={t('loading')} fullPage={fullPage} />;
}

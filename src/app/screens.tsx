import { lazy, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/loading';
import { consoleNamespaces, i18n } from '../i18n';
import { keyNamespaces } from '../i18n/error-message';
import { NotFoundRoute } from '../routes/not-found';
import { SignInRoute } from '../routes/sign-in';
import type * as Layout from './console-layout';

/**
 * Every screen, declared once: routes.tsx turns this table into routes. `console` screens need
 * a session and draw in the console layout; `auth` screens (sign-in, not-found) need none and
 * draw in the centred card. `title` is the message key of the document title ("<title> ·
 * zenConsole"), or picks one from the history state. A screen with `Component` is in the first
 * download, so only the sign-in screen and not-found have one; the others `load` when first
 * needed: a console screen together with the whole console and its messages (nothing shows
 * untranslated), an `auth` screen with its own `messages`. `next` starts loading a screen the
 * person is likely to open next, once this one is drawn.
 */
type Screen = {
  path: string;
  layout: 'auth' | 'console';
  title: string | ((state: unknown) => string);
  next?: string;
} & ({ Component: ComponentType } | { load: () => Promise<ComponentType>; messages?: string[] });

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
    layout: 'auth',
    title: 'auth:signIn.title',
    Component: SignInRoute,
    // The next step's code and messages arrive while the person types, not after they submit.
    next: '/sign-in/verify',
  },
  {
    path: '/sign-in/verify',
    layout: 'auth',
    title: verifyTitle,
    load: () => import('../routes/sign-in-verify').then((m) => m.SignInVerifyRoute),
    messages: keyNamespaces,
  },
  {
    path: '/',
    layout: 'console',
    title: 'home.title',
    load: () => import('../routes/home').then((m) => m.HomeRoute),
  },
  {
    path: '/settings/profile',
    layout: 'console',
    title: 'profile:title',
    load: () => import('../routes/profile-settings').then((m) => m.ProfileSettingsRoute),
  },
  { path: '*', layout: 'auth', title: 'notFound.title', Component: NotFoundRoute },
];

let consoleLoad: Promise<typeof Layout> | undefined;
/** The console: its layout, every console screen and the console's messages, in one go. */
export function preloadConsole() {
  consoleLoad ??= Promise.all([
    import('./console-layout'),
    i18n.loadNamespaces(consoleNamespaces),
    ...declared.flatMap((screen) =>
      screen.layout === 'console' && 'load' in screen ? [screen.load()] : [],
    ),
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
  if (!screen || !('load' in screen)) return;
  if (screen.layout === 'console') await preloadConsole();
  else await Promise.all([screen.load(), i18n.loadNamespaces(screen.messages ?? [])]);
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
      : lazy(() => preloadScreen(screen.path).then(async () => ({ default: await screen.load() }))),
}));

/** The app's loading state, in the current language. */
export function AppLoading({ fullPage = false }: { fullPage?: boolean }) {
  const { t } = useTranslation();
  return <Loading label={t('loading')} fullPage={fullPage} />;
}

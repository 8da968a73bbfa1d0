import { lazy, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/loading';
import { consoleNamespaces, i18n } from '../i18n';
import { keyNamespaces } from '../i18n/error-message';
import type * as ConsoleScreens from './console-screens';

/**
 * What the sign-in screen does not draw loads when it is first needed: the console (its
 * screens and messages together, so nothing shows untranslated) and the second-factor step.
 * `preload*` start a download early, where the next screen is already known.
 */
let consoleModule: Promise<typeof ConsoleScreens> | undefined;
export function preloadConsole() {
  consoleModule ??= Promise.all([
    import('./console-screens'),
    i18n.loadNamespaces(consoleNamespaces),
  ]).then(
    ([screens]) => screens,
    (error: unknown) => {
      // A failed download (flaky network) is tried again next time, not remembered.
      consoleModule = undefined;
      throw error;
    },
  );
  return consoleModule;
}

/** The second-factor step, with the security-key messages it may need (two small files). */
export const preloadVerify = () =>
  Promise.all([import('../routes/sign-in-verify'), i18n.loadNamespaces(keyNamespaces)]).then(
    ([route]) => route,
  );

function lazyNamed<T>(load: () => Promise<T>, pick: (module: T) => ComponentType) {
  return lazy(async () => ({ default: pick(await load()) }));
}

export const ConsoleLayout = lazyNamed(preloadConsole, (m) => m.ConsoleLayout);
export const HomeRoute = lazyNamed(preloadConsole, (m) => m.HomeRoute);
export const ProfileSettingsRoute = lazyNamed(preloadConsole, (m) => m.ProfileSettingsRoute);
export const SignInVerifyRoute = lazyNamed(preloadVerify, (m) => m.SignInVerifyRoute);

/** The app's loading state, in the current language. */
export function AppLoading({ fullPage = false }: { fullPage?: boolean }) {
  const { t } = useTranslation();
  return <Loading label={t('loading')} fullPage={fullPage} />;
}

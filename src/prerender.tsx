import type { ReactNode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { App } from './app/app';
import { i18n, type Language } from './i18n';

/** The path whose screen is prerendered; `/` shows a signed-out visitor the same form. */
export const prerenderedPath = '/sign-in';

/**
 * Build time only (scripts/prerender-plugin.mjs): the sign-in screen as HTML in `language`, with
 * the document title it sets. The browser hydrates this markup (main.tsx); the tree is the one
 * the app renders for a first visit there, so nothing moves when it does.
 */
export async function prerenderSignIn(
  language: Language,
): Promise<{ html: string; title: string }> {
  await i18n.changeLanguage(language);
  const Router = ({ children }: { children: ReactNode }) => (
    <StaticRouter location={prerenderedPath}>{children}</StaticRouter>
  );
  // Any error would leave the page to client rendering: the build fails instead.
  const { prelude } = await prerenderToNodeStream(<App Router={Router} />, {
    onError: (error) => {
      throw error;
    },
  });
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  const title = i18n.t('pageTitle', { page: i18n.t('auth:signIn.title') });
  return { html, title };
}

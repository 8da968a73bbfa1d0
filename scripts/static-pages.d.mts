export interface RedirectRule {
  from: string;
  to: string;
  force: boolean;
  language: string | null;
}
export declare function parseRedirects(text: string): RedirectRule[];
export declare function readRedirectRules(): RedirectRule[];
export declare function requestLanguage(request: {
  cookie?: string;
  acceptLanguage?: string;
}): string;
export declare function rewriteFor(
  rules: RedirectRule[],
  pathname: string,
  request: { cookie?: string; acceptLanguage?: string },
  fileExists: (pathname: string) => boolean,
): string | null;

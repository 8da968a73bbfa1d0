export type HeaderRule = { pattern: string; headers: [string, string][] };
export declare function parseHeaders(text: string): HeaderRule[];
export declare function headersForPath(
  rules: readonly HeaderRule[],
  pathname: string,
): Record<string, string>;
export declare function withApiOrigin(text: string, apiBaseUrl: string | undefined): string;
export declare function readHeaderRules(apiBaseUrl?: string): HeaderRule[];

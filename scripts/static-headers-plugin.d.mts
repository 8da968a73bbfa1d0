import type { Plugin } from 'vite';
export declare function staticHeaders(options: { apiBaseUrl?: string; mocking: boolean }): Plugin;
export declare function previewHeaders(apiBaseUrl?: string): Record<string, string>;

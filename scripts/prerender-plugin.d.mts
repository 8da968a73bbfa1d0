import type { Plugin } from 'vite';
export declare const prerenderedPages: Record<'en' | 'zh-CN', string>;
export declare function prerenderSignIn(options: { mocking: boolean }): Plugin;

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { firstScreenFiles } from './scripts/first-screen-files.mjs';

/**
 * What the first screen's files import statically is downloaded before the form appears, so
 * the heavy and the later parts may reach them only through `import()`. Type imports cost
 * nothing and stay allowed.
 */
const laterOnly = (why) =>
  `The sign-in screen downloads this before it draws: ${why}. Load it with import() instead.`;
const firstScreenImports = {
  patterns: [
    {
      allowTypeImports: true,
      regex: '^zod(/|$)',
      message: laterOnly('zod loads with the first request, so the form appears before it'),
    },
    {
      allowTypeImports: true,
      regex:
        '^(#src/api/|\\.\\./api/|\\./)(auth|user|errors|codes|mfa|factors|client|webauthn[a-z-]*|mock-[a-z-]+)$',
      message: laterOnly(
        'this part of the contract holds zod schemas, which load with the first request',
      ),
    },
    {
      allowTypeImports: true,
      regex: '^(msw|@mswjs/|#mocks/)|(^|/)mocks/',
      message: laterOnly(
        'the simulated backend starts after the first paint, and only in mock mode',
      ),
    },
    {
      allowTypeImports: true,
      regex: '^(otpauth|qrcode\\.react|@simplewebauthn/)',
      message: laterOnly('codes, QR codes and security keys belong to later screens'),
    },
    {
      allowTypeImports: true,
      regex:
        '((^|/)(console-layout|account-menu|sign-in-verify)$|routes/console/|features/mfa/|locales/zh-CN/)',
      message: laterOnly(
        'the console, the second-factor step and the Chinese messages load when needed',
      ),
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-real',
      '.bench',
      'node_modules',
      'public/mockServiceWorker.js',
      'playwright-report',
      'test-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // SEC-22: nothing the app or the mock does may log codes, secrets or passwords.
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: firstScreenFiles,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', firstScreenImports] },
  },
  { files: ['scripts/**', 'e2e/**'], rules: { 'no-console': 'off' } },
  // Playwright fixtures receive a function named `use`; it is not React's hook.
  { files: ['e2e/**'], rules: { 'react-hooks/rules-of-hooks': 'off' } },
);

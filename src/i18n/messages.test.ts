import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { errorCodes } from '../api/errors';
import { KeyError, type KeyErrorCode } from '../api/key-error';
import { describeError, errorNamespaces } from './error-message';
import { buildResources, i18n, supportedLanguages } from './index';

const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', {
  eager: true,
});
const resources = buildResources(files);

type Entry = [key: string, value: unknown];

function flatten(node: unknown, prefix = ''): Entry[] {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return [[prefix, node]];
  return Object.entries(node).flatMap(([key, value]) =>
    flatten(value, prefix ? `${prefix}.${key}` : key),
  );
}

function variables(text: unknown): string[] {
  return typeof text === 'string'
    ? [...text.matchAll(/{{\s*([\w.]+)/g)].map((m) => m[1] ?? '').sort()
    : [];
}

const [base, ...others] = supportedLanguages;

describe('message files', () => {
  it('has every language and the same namespaces in each', () => {
    const baseNamespaces = Object.keys(resources[base] ?? {}).sort();
    expect(baseNamespaces).toEqual(expect.arrayContaining(['auth', 'common', 'errors', 'profile']));
    for (const language of others)
      expect(Object.keys(resources[language] ?? {}).sort()).toEqual(baseNamespaces);
  });

  for (const namespace of Object.keys(resources[base] ?? {})) {
    describe(namespace, () => {
      const baseEntries = flatten(resources[base]?.[namespace]);

      for (const language of others) {
        it(`${language} has exactly the keys of ${base}, with the same placeholders`, () => {
          const entries = flatten(resources[language]?.[namespace]);
          expect(entries.map(([key]) => key).sort()).toEqual(
            baseEntries.map(([key]) => key).sort(),
          );
          const theirs = new Map(entries);
          for (const [key, value] of baseEntries) {
            expect(variables(theirs.get(key)), `${language} ${namespace}:${key}`).toEqual(
              variables(value),
            );
          }
        });
      }

      it('has no empty or non-text messages', () => {
        for (const language of supportedLanguages) {
          for (const [key, value] of flatten(resources[language]?.[namespace])) {
            expect(
              typeof value === 'string' && value.trim() !== '',
              `${language} ${namespace}:${key}`,
            ).toBe(true);
          }
        }
      });
    });
  }

  it('translates every API error code, network and bad_response', () => {
    for (const language of supportedLanguages) {
      const keys = new Set(
        errorNamespaces.flatMap((ns) => flatten(resources[language]?.[ns]).map(([key]) => key)),
      );
      for (const code of [...errorCodes, 'network', 'bad_response']) {
        expect(keys.has(code), `${language} ${errorNamespaces.join('/')}:${code}`).toBe(true);
      }
    }
  });
});

it("translates every failure of the browser's security-key prompt", () => {
  const codes: KeyErrorCode[] = [
    'key_cancelled',
    'key_unsupported',
    'key_failed',
    'webauthn_already_registered',
  ];
  for (const language of supportedLanguages) {
    const keys = new Set(
      errorNamespaces.flatMap((ns) => flatten(resources[language]?.[ns]).map(([key]) => key)),
    );
    for (const code of codes) expect(keys.has(code), `${language} ${code}`).toBe(true);
  }
});

describe('error messages', () => {
  const text = (error: unknown, lng: string) => {
    const { key, options } = describeError(error);
    return i18n.t(key, { ...options, ns: 'errors', lng });
  };

  it('says how far ahead or behind the clock is', () => {
    const ahead = new ApiError(403, 'clock_skew', {
      code: 'clock_skew',
      message: '',
      skewMinutes: 3,
    });
    const behind = new ApiError(403, 'clock_skew', {
      code: 'clock_skew',
      message: '',
      skewMinutes: -1,
    });
    expect(text(ahead, 'en')).toBe(
      "That code matches a time about 3 minutes ahead: check your device's clock.",
    );
    expect(text(behind, 'en')).toBe(
      "That code matches a time about 1 minute behind: check your device's clock.",
    );
    expect(text(behind, 'zh-CN')).toContain('慢了 1 分钟');
  });

  it("describes the key prompt's failures and the server's key answers", () => {
    expect(describeError(new KeyError('key_cancelled'))).toEqual({
      key: 'key_cancelled',
      options: {},
    });
    const notVerified = new ApiError(403, 'webauthn_not_verified', {
      code: 'webauthn_not_verified',
      message: '',
    });
    const keyText = (error: unknown, lng: string) => {
      const { key, options } = describeError(error);
      return i18n.t(key, { ...options, ns: errorNamespaces, lng });
    };
    expect(keyText(notVerified, 'en')).toContain('fingerprint or PIN check didn');
    expect(keyText(new KeyError('webauthn_already_registered'), 'zh-CN')).toContain(
      '已注册到您的账户',
    );
  });

  it('shows the wait for throttled requests', () => {
    const error = new ApiError(429, 'too_many_attempts', {
      code: 'too_many_attempts',
      message: '',
      retryAfter: 30,
    });
    expect(text(error, 'en')).toBe('Too many attempts. Try again in 30 seconds.');
    expect(text(new ApiError(0, 'network'), 'zh-CN')).toBe(
      '无法连接到 zenConsole。请检查网络连接后重试。',
    );
  });
});

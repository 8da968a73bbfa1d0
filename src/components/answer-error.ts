import { useTranslation } from 'react-i18next';
import { recoveryCodeSchema, totpCodeSchema } from '#src/api/codes';
import { isApiError } from '#src/api/api-error';
import { errorNamespaces, useErrorMessage } from '#src/i18n/error-message';
import type { Method } from './method-picker';

type AnswerField = 'password' | 'code' | 'recoveryCode';
type FormatCode = 'password_required' | 'invalid_code_format' | 'invalid_recovery_code_format';

/** Something typed that the server would refuse anyway (with the same code), caught before. */
export class FormatError {
  constructor(readonly code: FormatCode) {}
}

/** The typed code for a method, normalised as the contract wants it, or its format error. */
export function checkCode(method: Method, value: string): string | FormatError {
  const recovery = method === 'recovery_code';
  const parsed = (recovery ? recoveryCodeSchema : totpCodeSchema).safeParse(value);
  if (parsed.success) return parsed.data;
  return new FormatError(recovery ? 'invalid_recovery_code_format' : 'invalid_code_format');
}

const FIELD_OF: Partial<Record<string, AnswerField>> = {
  password_required: 'password',
  invalid_password: 'password',
  invalid_code: 'code',
  invalid_code_format: 'code',
  code_already_used: 'code',
  clock_skew: 'code',
  invalid_recovery_code: 'recoveryCode',
  invalid_recovery_code_format: 'recoveryCode',
};

/** Which field a failure, a format error or one from the API, is about; else only a message. */
export function fieldOf(failure: unknown): AnswerField | null {
  const code = failure instanceof FormatError || isApiError(failure) ? failure.code : '';
  return FIELD_OF[code] ?? null;
}

/**
 * The text of a failure, in sign-in and reauth alike. A format error reads as the API's code
 * does, unless `texts` (full message keys) words it for the form.
 */
export function useAnswerError(texts: Partial<Record<FormatCode, string>> = {}) {
  const { t } = useTranslation('errors');
  const errorMessage = useErrorMessage();
  return (failure: unknown): string => {
    if (!(failure instanceof FormatError)) return errorMessage(failure);
    const key = texts[failure.code];
    return key ? t(key) : t(failure.code, { ns: errorNamespaces });
  };
}

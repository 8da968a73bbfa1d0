import type { ErrorCode, ErrorDetails } from './errors';

/**
 * An error the API answered with, or a network failure (`status` 0, code `network`). Kept
 * apart from the contract's schemas: the sign-in screen draws errors with it but loads zod only
 * with its first request.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | 'network' | 'bad_response';
  readonly details?: ErrorDetails;

  constructor(status: number, code: ApiError['code'], details?: ErrorDetails) {
    super(details?.message ?? code);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export function isApiError(value: unknown, code?: ApiError['code']): value is ApiError {
  return value instanceof ApiError && (code === undefined || value.code === code);
}

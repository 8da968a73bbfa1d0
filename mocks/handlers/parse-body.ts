import { z } from 'zod';
import { recoveryCodeSchema, totpCodeSchema } from '#src/api/codes';
import { fail, ok, type Result } from '../db/result';
import { isJson, readLimitedText } from './http-rules';

type Issue = z.core.$ZodIssue;

function issueFields(issues: readonly Issue[], prefix: readonly PropertyKey[] = []): string[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      return issue.errors.flatMap((branch) => issueFields(branch, path));
    }
    return [path.map(String).join('.') || 'body'];
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The body as JSON: at most `MAX_BODY_BYTES` of it are read (413 past that), and a body that is
 * not declared as JSON is refused (415) rather than guessed at. `handler()` already checked the
 * declared length and type; this also covers bodies without a length and the page's worker,
 * which may not see `Content-Length`.
 */
async function readJson(request: Request): Promise<Result<unknown>> {
  const text = await readLimitedText(request);
  if (!text.ok) return text;
  if (text.value !== '' && !isJson(request.headers.get('content-type'))) {
    return fail('unsupported_media_type');
  }
  try {
    return ok(JSON.parse(text.value));
  } catch {
    return fail('invalid_request', { fields: ['body'] });
  }
}

/**
 * Parses a request body with the contract's schema. A code or recovery code that breaks its
 * format rule gets its own error so the UI can say exactly what is wrong (SEC-21); any other
 * problem is `invalid_request` with the offending fields. Fields the contract does not know, such
 * as a client-sent `timestamp`, are dropped by the schema and never reach the logic (SEC-6).
 */
export async function parseBody<T>(
  request: Request,
  schema: z.core.$ZodType<T>,
): Promise<Result<T>> {
  const json = await readJson(request);
  if (!json.ok) return json;
  const body = json.value;
  const parsed = z.safeParse(schema, body);
  if (parsed.success) return ok(parsed.data);
  const fields = [...new Set(issueFields(parsed.error.issues))];
  // Only a field the operation reads can be malformed: an unknown `code` is dropped like any
  // other unknown field, not reported (the contract's property tests caught that).
  if (isRecord(body)) {
    if (body.code !== undefined && fields.includes('code')) {
      if (!z.safeParse(totpCodeSchema, body.code).success)
        return fail('invalid_code_format', { fields: ['code'] });
    }
    if (body.recoveryCode !== undefined && fields.includes('recoveryCode')) {
      if (!z.safeParse(recoveryCodeSchema, body.recoveryCode).success)
        return fail('invalid_recovery_code_format', { fields: ['recoveryCode'] });
    }
  }
  return fail('invalid_request', { fields });
}

/** Parses a request's query parameters (strings) with the contract's schema. */
export function parseQuery<T>(request: Request, schema: z.core.$ZodType<T>): Result<T> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = z.safeParse(schema, params);
  if (parsed.success) return ok(parsed.data);
  const fields = parsed.error.issues.map((issue) => issue.path.map(String).join('.'));
  return fail('invalid_request', { fields });
}

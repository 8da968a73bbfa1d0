import * as z from 'zod/mini';
import { errorBodySchema, errorCodes, errorStatus, type ErrorCode } from '#src/api/errors';
import { reauthAndSignOutRequestSchema, reauthRequestSchema } from '#src/api/mfa';
import { operationErrors, type Operation } from '#src/api/operation';
import { operations } from '#src/api/operations';

type Json = Record<string, unknown>;

/**
 * JSON Schema 2020-12 (the dialect OpenAPI 3.1 uses) from the contract's zod schemas. Requests
 * are described as the server accepts them (`input`: "123 456" is a fine code, unknown fields
 * are allowed and dropped), responses as the server sends them (`output`).
 */
function jsonSchema(schema: z.ZodMiniType, io: 'input' | 'output'): Json {
  const generated: Json = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'throw',
    override: io === 'input' ? describeNormalisedInput : undefined,
  });
  // The document's dialect already is 2020-12; a `$schema` in every component is noise.
  delete generated.$schema;
  return generated;
}

/**
 * A field the server normalises first (an email it trims and lower-cases, a code it strips of
 * spaces and dashes) accepts any string as input; say which rule applies after normalising.
 */
function describeNormalisedInput(ctx: { zodSchema: unknown; jsonSchema: Json }): void {
  const schema = ctx.zodSchema as z.ZodMiniType;
  if (schema._zod.def.type !== 'pipe' || ctx.jsonSchema.description) return;
  const { format, pattern } = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });
  const rule = format ? `a valid ${String(format)}` : pattern ? `\`${String(pattern)}\`` : null;
  if (rule) ctx.jsonSchema.description = `Normalised by the server, then must be ${rule}.`;
}

const capitalise = (id: string) => id[0]?.toUpperCase() + id.slice(1);

/** Shared schemas get one name; every other body is named after its operation. */
const sharedNames = new Map<z.ZodMiniType, string>([
  [reauthRequestSchema, 'ReauthRequest'],
  [reauthAndSignOutRequestSchema, 'ReauthAndSignOutRequest'],
]);

const tags = [
  { name: 'auth', description: 'Sign-in: the password step, then the second factor.' },
  { name: 'session', description: 'The signed-in session (`sid` cookie).' },
  {
    name: 'mfa',
    description:
      'Turning MFA on and off, second factors (authenticator apps, security keys and passkeys), sudo mode, and recovery codes.',
  },
  {
    name: 'activity',
    description:
      'The security activity log: sign-ins, second-factor changes and sessions, newest first, kept 90 days; paged by cursor and exported as JSON or CSV.',
  },
  {
    name: 'mock-control',
    description:
      'Test support, not product API: these endpoints exist only in the simulated backend (MSW in the page, or `npm run api`), for QA, designers and e2e tests. A real backend has none of them. Worlds: any request, product operations included, may name an isolated world made by `POST /api/__mock/worlds`, with the `X-Mock-World` header or the `mock-world` cookie (the header wins); it then reads and changes that world only, and a name that is unknown answers 404 `world_not_found`.',
    'x-test-support': true,
  },
];

const retryAfterHeader = {
  description: 'Seconds until the request may be tried again (also in `error.retryAfter`).',
  schema: { type: 'integer', minimum: 0 },
};

function codeTable(): string {
  const rows = errorCodes.map((code) => `| \`${code}\` | ${errorStatus[code]} |`);
  return ['| Error code | HTTP status |', '| --- | --- |', ...rows].join('\n');
}

const description = `The account-security API of zenConsole: sign-in with a password and a second factor, the session, and MFA management.

Generated from the zod schemas in \`src/api/\` by \`npm run openapi\`; never edit this file by hand.

Every error answers one JSON shape, \`{ "error": { "code", "message", ... } }\`, with a stable \`code\` (the \`message\` is an English fallback; clients show their own text per code). Waits (throttling, cooldowns) come with \`retryAfter\` seconds and a \`Retry-After\` header. Any other path under \`/api/\`, or a method a path does not have, answers 404 \`not_found\`, once its body passed the rules every request does: past 16 KiB 413 \`payload_too_large\`, not JSON 415 \`unsupported_media_type\`.

${codeTable()}`;

function errorResponses(operation: Operation): Record<string, Json> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of operationErrors(operation)) {
    const status = errorStatus[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: Record<string, Json> = {};
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    const headers: Json = {};
    const waits: ErrorCode[] = ['too_many_attempts', 'resend_cooldown', 'world_limit'];
    if (codes.some((code) => waits.includes(code)))
      headers['Retry-After'] = { $ref: '#/components/headers/RetryAfter' };
    if (codes.includes('session_expired'))
      headers['Set-Cookie'] = { $ref: '#/components/headers/ClearSessionCookie' };
    responses[String(status)] = {
      description: codes.map((code) => `\`${code}\``).join(', '),
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
      content: {
        'application/json': {
          schema: {
            allOf: [
              { $ref: '#/components/schemas/ErrorBody' },
              { properties: { error: { properties: { code: { enum: codes } } } } },
            ],
          },
        },
      },
    };
  }
  return responses;
}

function successResponse(operation: Operation, schemas: Record<string, Json>): Json {
  const headers: Json = {};
  if (operation.cookie === 'sets')
    headers['Set-Cookie'] = { $ref: '#/components/headers/SetSessionCookie' };
  if (operation.cookie === 'clears')
    headers['Set-Cookie'] = { $ref: '#/components/headers/ClearSessionCookie' };
  const withHeaders = Object.keys(headers).length > 0 ? { headers } : {};
  if (operation.success.status === 204) return { description: 'Done.', ...withHeaders };
  if ('mediaType' in operation.success)
    return {
      description: 'OK, as a download',
      ...withHeaders,
      content: { [operation.success.mediaType]: { schema: { type: 'string' } } },
    };
  const name = `${capitalise(operation.id)}Response`;
  schemas[name] = jsonSchema(operation.success.schema, 'output');
  return {
    description: 'OK',
    ...withHeaders,
    content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } },
  };
}

const security = {
  required: [{ sessionCookie: [] }],
  optional: [{}, { sessionCookie: [] }],
  none: [],
};

function operationObject(operation: Operation, schemas: Record<string, Json>): Json {
  const result: Json = {
    operationId: operation.id,
    tags: [operation.tag],
    summary: operation.summary,
    description: operation.description,
    security: security[operation.session],
  };
  const parameters: Json[] = [...operation.path.matchAll(/:(\w+)/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  // Query parameters are strings on the wire; each names its own limits in the schema.
  const query = operation.query ? jsonSchema(operation.query, 'input') : {};
  for (const [name, schema] of Object.entries(query.properties ?? {}))
    parameters.push({ name, in: 'query', required: false, schema });
  if (parameters.length > 0) result.parameters = parameters;
  if (operation.request) {
    const name = sharedNames.get(operation.request) ?? `${capitalise(operation.id)}Request`;
    schemas[name] = jsonSchema(operation.request, 'input');
    result.requestBody = {
      required: true,
      content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } },
    };
  }
  result.responses = {
    [String(operation.success.status)]: successResponse(operation, schemas),
    ...errorResponses(operation),
  };
  if (operation.tag === 'mock-control') result['x-test-support'] = true;
  return result;
}

/** The whole OpenAPI 3.1 document, deterministic so a test can compare it with the file. */
export function buildOpenApiDocument(version: string): Json {
  const schemas: Record<string, Json> = { ErrorBody: jsonSchema(errorBodySchema, 'output') };
  const paths: Record<string, Record<string, Json>> = {};
  for (const operation of operations) {
    // The contract writes path parameters the router's way (`:id`), OpenAPI its own (`{id}`).
    const path = operation.path.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    paths[path]![operation.method] = operationObject(operation, schemas);
  }
  return {
    openapi: '3.1.1',
    info: { title: 'zenConsole account security API', version, description },
    servers: [{ url: '/', description: 'The same origin as the console (or VITE_API_BASE_URL).' }],
    tags,
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b))),
      headers: {
        RetryAfter: retryAfterHeader,
        SetSessionCookie: {
          description: 'A fresh session: `sid=…; Path=/; HttpOnly; SameSite=Strict`.',
          schema: { type: 'string' },
        },
        ClearSessionCookie: {
          description:
            'Clears the session cookie: `sid=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict`.',
          schema: { type: 'string' },
        },
      },
      securitySchemes: {
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: 'sid',
          description:
            'The session, set by `POST /api/auth/challenge/verify` only after both factors succeeded (HttpOnly, SameSite=Strict). Idle limit 30 minutes, absolute limit 12 hours.',
        },
      },
    },
  };
}

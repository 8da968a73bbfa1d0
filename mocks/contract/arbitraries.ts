import fc from 'fast-check';
import * as z from 'zod/mini';
import type { Operation } from '#src/api/operation';
import { bobRecoveryCodes, seedAccounts } from '../db/seed';

/**
 * Request bodies for the property tests. A body may hold placeholders, resolved just before the
 * request is sent because they need the API's current state: `{ $: 'challenge:alice' }` (a fresh
 * challenge), `{ $: 'code:mail' }` (the code mailed last), `{ $: 'code:bob' }` (Bob's TOTP code
 * now), `{ $: 'code:enrollment' }`, `{ $: 'password:self' }` (the signed-in account's),
 * `{ $: 'reset:alice' }` (the token of a reset link just mailed).
 */
type Placeholder = { $: string };
const placeholder = (name: string): Placeholder => ({ $: name });

const sixDigits = fc.stringMatching(/^[0-9]{6}$/);
const recoveryLike = fc.stringMatching(/^[a-km-np-z2-9]{5}-[a-km-np-z2-9]{5}$/);

/** Strings a careless or hostile client sends: unicode, control characters, huge ones. */
const hostileString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '０１２３４５',
    '١٢٣٤٥٦',
    '12345\u0000',
    '💥'.repeat(50),
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    '__proto__',
    'a'.repeat(100_000),
  ),
  fc.string({ unit: 'grapheme', minLength: 1000, maxLength: 3000 }),
);

const hostileValue = fc.oneof(
  hostileString,
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, true, 0, -1, 1e21, 123456, [], {}),
);

/** The fields a body schema knows, read from its JSON Schema (unions included). */
function bodyKeys(schema: z.ZodMiniType): string[] {
  const keys = new Set<string>();
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const { properties, anyOf } = node as { properties?: object; anyOf?: unknown[] };
    for (const key of Object.keys(properties ?? {})) keys.add(key);
    for (const branch of anyOf ?? []) visit(branch);
  };
  visit(z.toJSONSchema(schema, { io: 'input' }));
  return [...keys];
}

/** Right keys with wrong values, unknown keys, raw non-JSON text, JSON of the wrong shape. */
function hostileBody(keys: readonly string[]) {
  const record = Object.fromEntries(keys.map((key) => [key, hostileValue]));
  return fc.oneof(
    fc.record(record, { requiredKeys: [] }),
    // Fields the operation does not know, some of which others do: all must be ignored (SEC-6).
    fc.record(
      {
        ...record,
        timestamp: fc.integer(),
        code: hostileValue,
        recoveryCode: hostileValue,
        challengeId: hostileValue,
      },
      { requiredKeys: [] },
    ),
    fc.string({ unit: 'binary', maxLength: 200 }).map((text) => `{${text}`),
    fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
    fc.constantFrom('', 'null', '[]', '"text"', '{"__proto__":{"admin":true}}'),
    fc.constant(JSON.stringify({ padding: 'x'.repeat(200_000) })),
  );
}

const email = fc.oneof(
  fc.constantFrom(
    seedAccounts.alice.email,
    seedAccounts.bob.email,
    '  ALICE@Example.COM ',
    'mallory@example.com',
  ),
  fc.emailAddress(),
);
const password = fc.oneof(
  fc.constantFrom(seedAccounts.alice.password, seedAccounts.bob.password, 'x'.repeat(200)),
  fc.string({ minLength: 1, maxLength: 201 }),
);
const challengeId = fc.oneof(
  // `aged`: a minute old, so resending its code is allowed again.
  fc.constantFrom(
    placeholder('challenge:alice'),
    placeholder('challenge:bob'),
    placeholder('challenge:aged'),
  ),
  fc.string({ maxLength: 101 }),
  fc.stringMatching(/^chl_[A-Za-z0-9_-]{22}$/),
);
const code = fc.oneof(
  fc.constantFrom(placeholder('code:mail'), placeholder('code:bob')),
  sixDigits,
  fc.constantFrom(' 123 456 ', '123-456', '12345', '1234567', '12a456', '０１２３４５'),
);
const recoveryCode = fc.oneof(
  fc.constantFrom(...bobRecoveryCodes),
  recoveryLike,
  fc.constantFrom('AAAAA AAAAA', 'q2rb5hx5a8', 'short'),
);
const reauth = fc.oneof(
  fc.record({ password: fc.oneof(fc.constant(placeholder('password:self')), password), code }),
  fc.record({
    password: fc.oneof(fc.constant(placeholder('password:self')), password),
    recoveryCode,
  }),
);
/** New passwords: accepted, refused for each reason, and any text up to past the bound. */
const newPassword = fc.oneof(
  fc.constantFrom(
    'Velvet otter ledger 71',
    'password123',
    'short',
    'x'.repeat(129),
    'alice@example.com',
  ),
  fc.string({ minLength: 1, maxLength: 513 }),
);
const resetToken = fc.oneof(
  fc.constantFrom(placeholder('reset:alice'), placeholder('reset:bob')),
  fc.string({ maxLength: 201 }),
  fc.stringMatching(/^rst_[A-Za-z0-9_-]{43}$/),
);
/** The reauth with "Also sign out my other sessions", checked or not. */
const alsoSignOut = fc
  .tuple(reauth, fc.boolean())
  .map(([body, signOutOtherSessions]) => ({ ...body, signOutOtherSessions }));
const seconds = (limit: number) =>
  fc.oneof(fc.integer({ min: -limit - 5, max: limit + 5 }), fc.double({ noNaN: true }));

/** Valid and boundary bodies: what the contract accepts, and values just past its limits. */
const meaningfulBodies: Record<string, fc.Arbitrary<unknown>> = {
  signIn: fc.oneof(
    fc.record({ email, password }),
    fc.constantFrom(seedAccounts.alice, seedAccounts.bob).map(({ email, password }) => ({
      email,
      password,
    })),
  ),
  verifyChallenge: fc.oneof(
    fc.record({ challengeId, code }),
    fc.record({ challengeId, recoveryCode }),
  ),
  resendCode: fc.record({ challengeId }),
  confirmEnrollment: fc.record({
    code: fc.oneof(fc.constant(placeholder('code:enrollment')), code),
  }),
  disableMfa: fc.oneof(reauth, alsoSignOut),
  regenerateRecoveryCodes: fc.oneof(reauth, alsoSignOut),
  mockClock: fc.oneof(
    fc.record({ advanceSeconds: seconds(86_400) }),
    fc.record({ offsetSeconds: seconds(864_000) }),
  ),
  mockSetFaults: fc.record(
    {
      failNext: fc.integer({ min: -1, max: 101 }),
      latencyMs: fc.oneof(fc.constantFrom(0, 10_000, 10_001), fc.integer({ min: -1, max: 20 })),
    },
    { requiredKeys: [] },
  ),
  requestPasswordReset: fc.record({ email }),
  checkPasswordReset: fc.record({ token: resetToken }),
  resetPassword: fc.record({ token: resetToken, password: newPassword }),
  changePassword: fc.record({
    currentPassword: fc.oneof(fc.constant(placeholder('password:self')), password),
    newPassword,
    signOutOtherSessions: fc.boolean(),
  }),
};

type Context = 'none' | 'forged' | 'alice' | 'bob';

export type Case = {
  context: Context;
  forgedSid: string;
  method: string;
  body: unknown;
  contentType: string | null;
  /** Start an enrollment first, so reading or cancelling one can meet a pending one. */
  pending: boolean;
  /** The client address the HTTP server would report (in process only; it sets its own). */
  address: string;
};

const contentTypes = fc.oneof(
  { weight: 6, arbitrary: fc.constant('application/json') },
  fc.constantFrom(
    null,
    'text/plain',
    'application/x-www-form-urlencoded',
    'application/json; charset=utf-8',
    'multipart/form-data; boundary=x',
  ),
);

/** Every request the property sends for one operation: valid, boundary and hostile. */
export function caseFor(operation: Operation, wrongMethods: readonly string[]): fc.Arbitrary<Case> {
  const meaningful = meaningfulBodies[operation.id];
  const hostile = hostileBody(operation.request ? bodyKeys(operation.request) : ['id']);
  const body = meaningful
    ? fc.oneof({ weight: 3, arbitrary: meaningful }, { weight: 2, arbitrary: hostile })
    : fc.oneof(fc.constant(undefined), hostile);
  return fc.record({
    context: fc.constantFrom<Context>('none', 'forged', 'alice', 'bob'),
    forgedSid: fc.oneof(fc.stringMatching(/^ses_[A-Za-z0-9_-]{22}$/), fc.string({ maxLength: 60 })),
    method: fc.oneof(
      { weight: 9, arbitrary: fc.constant(operation.method.toUpperCase()) },
      fc.constantFrom(...wrongMethods),
    ),
    body,
    contentType: contentTypes,
    pending: fc.boolean(),
    address: fc.oneof(fc.ipV4(), fc.ipV6(), fc.constant('local')),
  });
}

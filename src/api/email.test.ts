import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { signInRequestSchema } from './auth';
import { emailPattern, isEmailAddress } from './email';

const contractAccepts = (email: string) =>
  signInRequestSchema.safeParse({ email, password: 'x' }).success;

describe('isEmailAddress (the sign-in form, before the contract loads)', () => {
  it.each([
    ['alice@example.com', true],
    ['  Alice@Example.COM ', true],
    ['a.b+c@mail.example.co', true],
    ['alice', false],
    ['alice@', false],
    ['alice@example', false],
    ['.alice@example.com', false],
    ['al..ice@example.com', false],
    ['', false],
  ])('%j → %s, as the contract says', (email, expected) => {
    expect(isEmailAddress(email)).toBe(expected);
    expect(contractAccepts(email)).toBe(expected);
  });

  it("agrees with the contract, and with zod's default pattern, on any input", () => {
    const pieces = fc.constantFrom('a', 'B', '0', '.', '@', '-', '_', '+', ' ', 'com', 'é', "'");
    const emails = fc.oneof(
      fc.string(),
      fc.emailAddress(),
      fc.array(pieces, { maxLength: 20 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(emails, (email) => {
        expect(isEmailAddress(email)).toBe(contractAccepts(email));
        // zod's default email pattern, which the contract's used to be.
        expect(emailPattern.test(email)).toBe(z.regexes.email.test(email));
      }),
      { numRuns: 2000 },
    );
  });
});

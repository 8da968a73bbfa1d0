import { Secret } from 'otpauth';
import { CODE_DIGITS, RECOVERY_ALPHABET, RECOVERY_CODE_LENGTH } from '#src/api/codes';

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** 128 bits from the CSPRNG: ids double as bearer tokens (session ids, challenge ids). */
export function randomId(prefix = ''): string {
  return `${prefix}${toBase64Url(randomBytes(16))}`;
}

/** RFC 4648 base32; 20 bytes give exactly 32 characters, so there is never padding. */
export function encodeBase32(bytes: Uint8Array<ArrayBuffer>): string {
  return new Secret({ buffer: bytes.buffer }).base32;
}

/** SEC-1: 20 random bytes (160 bits, RFC 4226 R6), base32 without padding: 32 characters. */
export function generateTotpSecret(): string {
  return encodeBase32(randomBytes(20));
}

const UINT32_RANGE = 2 ** 32;
const EMAIL_CODE_RANGE = 10 ** CODE_DIGITS;
// Largest multiple of 10^6 below 2^32: values at or above it would make low codes likelier.
const EMAIL_CODE_LIMIT = Math.floor(UINT32_RANGE / EMAIL_CODE_RANGE) * EMAIL_CODE_RANGE;

/** Six digits, uniform over 000000–999999 thanks to rejection sampling. */
export function generateEmailCode(nextUint32: () => number = randomUint32): string {
  for (;;) {
    const value = nextUint32();
    if (value < EMAIL_CODE_LIMIT)
      return String(value % EMAIL_CODE_RANGE).padStart(CODE_DIGITS, '0');
  }
}

function randomUint32(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}

/**
 * Ten characters from the 32-letter alphabet (50 bits, SEC-16), normalised (no dash).
 * 256 is a multiple of 32, so taking the low five bits of a byte has no bias.
 */
export function generateRecoveryCode(): string {
  let code = '';
  for (const byte of randomBytes(RECOVERY_CODE_LENGTH)) code += RECOVERY_ALPHABET.charAt(byte & 31);
  return code;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * SEC-9: compares every character whatever the first difference, so the time taken does not
 * tell an attacker how much of a guess was right. Only the length can leak, and the values
 * compared here (hex digests) all have the same length.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const length = Math.max(a.length, b.length);
  let difference = a.length ^ b.length;
  for (let i = 0; i < length; i += 1) {
    difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  }
  return difference === 0;
}

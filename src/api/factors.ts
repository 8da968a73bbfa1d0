import * as z from 'zod/mini';
import { totpCodeSchema } from './codes';
import { signOutOthersResponseSchema } from './sessions';
import { methodsSchema, mfaStatusSchema } from './user';

export const factorPaths = {
  /** GET the list; POST confirms a pending authenticator-app enrollment as one more factor. */
  factors: '/api/mfa/factors',
  /** PATCH renames, DELETE removes (never the last one: that is "Disable MFA"). */
  factor: '/api/mfa/factors/:id',
  /** POST the password and a current factor: sudo mode for adding and removing factors. */
  sudo: '/api/mfa/sudo',
} as const;

export function factorPath(id: string): string {
  return factorPaths.factor.replace(':id', encodeURIComponent(id));
}

export const FACTOR_NAME_MAX = 40;

/** Like AWS IAM: an account holds at most eight second factors of any kind. */
export const FACTOR_LIMIT = 8;

/** `totp`: an authenticator app; a key that lives on the device and signs in by itself is a passkey. */
const factorTypeSchema = z.enum(['totp', 'security_key', 'passkey']);
export type FactorType = z.infer<typeof factorTypeSchema>;

export const factorSchema = z.object({
  id: z.string(),
  type: factorTypeSchema,
  /**
   * The name the person gave it; null until they give one: clients then show a default name in
   * the reader's language, the type and, from the second of a type, `number` ("Authenticator app
   * 2", "身份验证应用 2"), so a name never stays in the language it was added in.
   */
  name: z.nullable(z.string()),
  /** From 1 per type: tells apart factors of one type that have no name. */
  number: z.int(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.nullable(z.iso.datetime()),
  /** Keys only, where the browser said: true "synced" (backed up), false "this device only". */
  synced: z.optional(z.boolean()),
});
export type Factor = z.infer<typeof factorSchema>;

/** `factors` newest first; `methods` as a challenge lists them, for a reauth. */
export const factorListResponseSchema = z.object({
  factors: z.array(factorSchema),
  methods: methodsSchema,
});
export type FactorListResponse = z.infer<typeof factorListResponseSchema>;

/** Trimmed, then 1–40 characters; uniqueness per account is the server's to judge. */
const factorNameSchema = z.pipe(
  z.pipe(
    z.string(),
    z.transform((value: string) => value.trim()),
  ),
  z.string().check(z.minLength(1), z.maxLength(FACTOR_NAME_MAX)),
);

export const renameFactorRequestSchema = z.object({ name: factorNameSchema });

export const factorResponseSchema = z.object({ factor: factorSchema });
export type FactorResponse = z.infer<typeof factorResponseSchema>;

export const addAppFactorRequestSchema = z.object({ code: totpCodeSchema });
export type AddAppFactorRequest = z.input<typeof addAppFactorRequestSchema>;

export const addAppFactorResponseSchema = z.object({ factor: factorSchema, mfa: mfaStatusSchema });
export type AddAppFactorResponse = z.infer<typeof addAppFactorResponseSchema>;

export const removeFactorResponseSchema = z.object({
  mfa: mfaStatusSchema,
  signedOut: signOutOthersResponseSchema.shape.signedOut,
});
export type RemoveFactorResponse = z.infer<typeof removeFactorResponseSchema>;

export const sudoResponseSchema = z.object({ sudoUntil: z.iso.datetime() });
export type SudoResponse = z.infer<typeof sudoResponseSchema>;

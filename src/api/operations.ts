import { accountRecoveryOperations } from './account-recovery';
import { authOperations } from './auth';
import { factorOperations } from './factor-operations';
import { mfaOperations } from './mfa';
import { mockOperations } from './mock-operations';
import { sessionOperations } from './sessions';
import { passwordOperations } from './passwords';
import { keyOperations } from './webauthn';
import type { Operation } from './operation';
import { activityOperations } from './activity-operations';

/**
 * Every operation the API answers, as data: the OpenAPI generator (scripts/) and the contract's
 * property tests (mocks/contract/) read it, so the document, the tests and the schemas cannot
 * drift apart. Only they import this file; the SPA never does, so it stays out of the bundle.
 * The area files the SPA does load hand out their lists as functions, which the bundler drops
 * when unused (an array literal spreading imported lists it keeps, as spreading could run code).
 */
export const productOperations: readonly Operation[] = [
  ...authOperations(),
  ...mfaOperations(),
  ...factorOperations,
  ...keyOperations(),
  ...sessionOperations(),
  ...activityOperations(),
  ...accountRecoveryOperations(),
  ...passwordOperations(),
];

export const operations: readonly Operation[] = [...productOperations, ...mockOperations];

import { describe } from 'vitest';
import { productOperations } from '#src/api/operations';
import { operationProperty } from './run-case';
import { setupContract } from './world';

setupContract();

describe('contract properties: MFA management', () => {
  for (const operation of productOperations.filter((op) => op.tag === 'mfa'))
    operationProperty(operation);
});

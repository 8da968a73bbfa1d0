import { describe } from 'vitest';
import { mockOperations } from '#src/api/mock-operations';
import { operationProperty } from './run-case';
import { setupContract } from './world';

setupContract();

describe('contract properties: mock control (test support)', () => {
  for (const operation of mockOperations) operationProperty(operation);
});

import { useMutation } from '@tanstack/react-query';
import {
  accountRecoveryPaths,
  confirmRecoveryRequestSchema,
  confirmRecoveryResponseSchema,
  requestRecoveryRequestSchema,
  requestRecoveryResponseSchema,
  type ConfirmRecoveryRequest,
  type RequestRecoveryRequest,
} from '#src/api/account-recovery';
import { apiRequest } from '#src/api/client';

/** Asks for recovery from the open challenge; a code goes to the account's own address. */
function requestRecovery(request: RequestRecoveryRequest) {
  return apiRequest(accountRecoveryPaths.request, {
    method: 'POST',
    body: requestRecoveryRequestSchema.parse(request),
    schema: requestRecoveryResponseSchema,
  });
}

export function useRequestRecovery() {
  return useMutation({ mutationKey: ['auth', 'request-recovery'], mutationFn: requestRecovery });
}

/** The mailed code proves the email; the answer says when the recovery period ends. */
function confirmRecovery(request: ConfirmRecoveryRequest) {
  return apiRequest(accountRecoveryPaths.confirm, {
    method: 'POST',
    body: confirmRecoveryRequestSchema.parse(request),
    schema: confirmRecoveryResponseSchema,
  });
}

export function useConfirmRecovery() {
  return useMutation({ mutationKey: ['auth', 'confirm-recovery'], mutationFn: confirmRecovery });
}

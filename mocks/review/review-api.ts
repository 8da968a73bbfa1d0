import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '#src/api/client';
import {
  authenticatorsResponseSchema,
  clockResponseSchema,
  faultsResponseSchema,
  mailboxResponseSchema,
  mockPaths,
  mockStatusResponseSchema,
  seededSessionResponseSchema,
  type FaultsRequest,
} from '#src/api/mock-control';

/** Everything the tools read hangs under one key, so moving the clock refreshes it all. */
export const reviewKeys = {
  all: ['review'] as const,
  status: () => [...reviewKeys.all, 'status'] as const,
  authenticators: () => [...reviewKeys.all, 'authenticators'] as const,
  mailbox: () => [...reviewKeys.all, 'mailbox'] as const,
  faults: () => [...reviewKeys.all, 'faults'] as const,
};

/**
 * The mock's time, and how far it is from this page's `Date.now()`: the tools keep the offset
 * and tick locally, so codes and the clock move every second without asking the mock again.
 */
export const statusQuery = () =>
  queryOptions({
    queryKey: reviewKeys.status(),
    queryFn: async ({ signal }) => {
      const status = await apiRequest(mockPaths.status, {
        schema: mockStatusResponseSchema,
        signal,
      });
      return { ...status, offsetMs: Date.parse(status.now) - Date.now() };
    },
  });

export const authenticatorsQuery = () =>
  queryOptions({
    queryKey: reviewKeys.authenticators(),
    queryFn: ({ signal }) =>
      apiRequest(mockPaths.authenticators, { schema: authenticatorsResponseSchema, signal }),
  });

export const mailboxQuery = () =>
  queryOptions({
    queryKey: reviewKeys.mailbox(),
    queryFn: ({ signal }) =>
      apiRequest(mockPaths.mailbox, { schema: mailboxResponseSchema, signal }),
  });

export const faultsQuery = () =>
  queryOptions({
    queryKey: reviewKeys.faults(),
    queryFn: ({ signal }) => apiRequest(mockPaths.faults, { schema: faultsResponseSchema, signal }),
  });

export function moveClock(body: { advanceSeconds: number } | { offsetSeconds: number }) {
  return apiRequest(mockPaths.clock, { method: 'POST', body, schema: clockResponseSchema });
}

export function setFaults(body: FaultsRequest) {
  return apiRequest(mockPaths.faults, { method: 'POST', body, schema: faultsResponseSchema });
}

/** One more signed-in device (an iPhone) for the account signed in on this browser. */
export function addSignedInPhone() {
  return apiRequest(mockPaths.sessions, { method: 'POST', schema: seededSessionResponseSchema });
}

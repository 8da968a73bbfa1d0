import type { z } from 'zod';
import { HttpResponse, http } from 'msw';
import {
  type AuthenticatorsResponse,
  clockRequestSchema,
  type clockResponseSchema,
  type CreateWorldResponse,
  type Faults,
  faultsRequestSchema,
  mockPaths,
  type MailMessage,
  type MockStatusResponse,
  type SeededSessionResponse,
} from '#src/api/mock-control';
import { listAuthenticators } from '../db/authenticators';
import { advanceClock, clockOffsetSeconds, nowIso, setClockOffset } from '../db/clock';
import { resetStore, transact } from '../db/db';
import { readFaults, setFaults } from '../db/faults';
import { currentWorld, getNotices, getStorage } from '../db/storage';
import { ok } from '../db/result';
import { createWorld } from '../db/worlds';
import { addSignedInPhone } from '../scenarios/other-devices';
import { parseBody } from './parse-body';
import { apiRoute, errorResponse, handler } from './respond';
import { withSession } from './with-session';

/** Mock-only controls for QA, designers and e2e tests; a real backend has none of these. */
export const mockControlHandlers = [
  http.post(
    apiRoute(mockPaths.reset),
    handler(async () => {
      await resetStore();
      return new HttpResponse(null, { status: 204 });
    }),
  ),

  http.get(
    apiRoute(mockPaths.mailbox),
    handler(async () => {
      const messages = await transact((store) => store.mailbox);
      return HttpResponse.json<{ messages: MailMessage[] }>({ messages });
    }),
  ),

  http.get(
    apiRoute(mockPaths.status),
    handler(async () => {
      // Loading the store first surfaces a reset that this page load had to make.
      await transact(() => undefined);
      return HttpResponse.json<MockStatusResponse>({
        storage: getStorage().mode,
        notices: [...getNotices()],
        now: nowIso(),
        world: currentWorld().id,
      });
    }),
  ),

  http.post(
    apiRoute(mockPaths.clock),
    handler(async ({ request }) => {
      const body = await parseBody(request, clockRequestSchema);
      if (!body.ok) return errorResponse(body.failure);
      if ('advanceSeconds' in body.value) advanceClock(body.value.advanceSeconds);
      else setClockOffset(body.value.offsetSeconds);
      return HttpResponse.json<z.infer<typeof clockResponseSchema>>({
        offsetSeconds: clockOffsetSeconds(),
        now: nowIso(),
      });
    }),
  ),

  http.get(
    apiRoute(mockPaths.faults),
    handler(async () => HttpResponse.json<Faults>(readFaults())),
  ),

  http.post(
    apiRoute(mockPaths.faults),
    handler(async ({ request }) => {
      const body = await parseBody(request, faultsRequestSchema);
      if (!body.ok) return errorResponse(body.failure);
      return HttpResponse.json<Faults>(setFaults(body.value));
    }),
  ),

  // The review panel's virtual authenticator: the keys the "server" holds, mock mode only.
  http.get(
    apiRoute(mockPaths.authenticators),
    handler(async () => {
      const authenticators = await transact(listAuthenticators);
      return HttpResponse.json<AuthenticatorsResponse>({ authenticators });
    }),
  ),

  // A new world from the seed; it does not matter which world the request itself named.
  http.post(
    apiRoute(mockPaths.worlds),
    handler(
      async () => {
        const created = await createWorld();
        if (!created.ok) return errorResponse(created.failure);
        const { id } = created.value;
        return HttpResponse.json<CreateWorldResponse>({ world: { id } }, { status: 201 });
      },
      { anyWorld: true },
    ),
  ),

  // The review panel's "Add a signed-in phone", for the account signed in on this browser.
  http.post(
    apiRoute(mockPaths.sessions),
    handler(async ({ cookies }) => {
      const result = await withSession(cookies, (store, user) => ok(addSignedInPhone(store, user)));
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<SeededSessionResponse>(result.value, { status: 201 });
    }),
  ),
];

import {
  authenticatorsResponseSchema,
  createWorldResponseSchema,
  clockRequestSchema,
  clockResponseSchema,
  faultsRequestSchema,
  faultsResponseSchema,
  mailboxResponseSchema,
  mockPaths,
  mockStatusResponseSchema,
  seededSessionResponseSchema,
} from './mock-control';
import { appliedScenarioSchema, applyScenarioRequestSchema, scenarioPath } from './mock-scenarios';
import { sessionErrors, type Operation } from './operation';

const mock = (operation: Omit<Operation, 'tag' | 'session'>): Operation => ({
  ...operation,
  tag: 'mock-control',
  session: 'none',
});

/** Test support of the simulated backend, for QA and e2e tests; a real backend has none. */
export const mockOperations: readonly Operation[] = [
  mock({
    id: 'mockReset',
    method: 'post',
    path: mockPaths.reset,
    summary: 'Back to the seed accounts, clock offset 0, no faults, no sessions',
    description: 'Test support.',
    success: { status: 204 },
    errors: [],
  }),
  mock({
    id: 'mockMailbox',
    method: 'get',
    path: mockPaths.mailbox,
    summary: 'The mock mailbox, newest first',
    description: 'Test support. Sign-in mails carry their `code`; security notices carry none.',
    success: { status: 200, schema: mailboxResponseSchema },
    errors: [],
  }),
  mock({
    id: 'mockStatus',
    method: 'get',
    path: mockPaths.status,
    summary: 'Storage mode, notices and the mock clock',
    description: 'Test support.',
    success: { status: 200, schema: mockStatusResponseSchema },
    errors: [],
  }),
  mock({
    id: 'mockClock',
    method: 'post',
    path: mockPaths.clock,
    summary: "Move the mock's clock",
    description: 'Test support: expire challenges, enrollments, sessions and throttles.',
    request: clockRequestSchema,
    success: { status: 200, schema: clockResponseSchema },
    errors: ['invalid_request'],
  }),
  mock({
    id: 'mockGetFaults',
    method: 'get',
    path: mockPaths.faults,
    summary: 'Read the fault switch',
    description: 'Test support.',
    success: { status: 200, schema: faultsResponseSchema },
    errors: [],
  }),
  mock({
    id: 'mockSetFaults',
    method: 'post',
    path: mockPaths.faults,
    summary: 'Fail the next API requests or slow every one',
    description: 'Test support. Mock-control requests are never failed or slowed.',
    request: faultsRequestSchema,
    success: { status: 200, schema: faultsResponseSchema },
    errors: ['invalid_request'],
  }),
  mock({
    id: 'mockAuthenticators',
    method: 'get',
    path: mockPaths.authenticators,
    summary:
      "The TOTP secrets the simulated backend holds, for the review panel's virtual authenticator",
    description:
      'Test support: active keys and pending (unexpired) enrollments, with their secrets.',
    success: { status: 200, schema: authenticatorsResponseSchema },
    errors: [],
  }),
  mock({
    id: 'mockApplyScenario',
    method: 'post',
    path: scenarioPath,
    summary: 'Reset to the seed, then build a named scenario',
    description:
      'Test support. Answers where the page lands, with which history state, the UI steps that finish the state there, and a selector that is visible once it has. Sets the session cookie of a signed-in scenario, or clears it.',
    request: applyScenarioRequestSchema,
    success: { status: 200, schema: appliedScenarioSchema },
    errors: ['invalid_request', 'not_found'],
    cookie: 'sets',
  }),
  mock({
    id: 'mockCreateWorld',
    method: 'post',
    path: mockPaths.worlds,
    summary: 'Create an isolated world: a whole simulated backend from the seed',
    description:
      "Test support. The new world has its own accounts, sessions, mailbox, clock offset, faults and throttles, in memory. A request names it with the `X-Mock-World` header or the `mock-world` cookie (the header wins); naming none means the default world, naming an unknown or dropped one answers 404 `world_not_found`. Reset, clock, faults, mailbox, status and scenarios act on the request's world only. Worlds unused for 30 minutes are dropped, and a server holds at most 10,000 (`npm run api` options `--world-idle-minutes`, `--max-worlds`); past that, 429 `world_limit` with `Retry-After`. In the page there is one world, and this answers `world_limit`.",
    success: { status: 201, schema: createWorldResponseSchema },
    errors: ['world_limit'],
  }),
  {
    ...mock({
      id: 'mockAddSession',
      method: 'post',
      path: mockPaths.sessions,
      summary: 'Sign the account in on one more device: an iPhone in Osaka',
      description:
        'Test support, for the review panel: a session of the caller\'s account on an iPhone at `198.51.100.24` (RFC 5737), signed in 10 minutes ago, as if from another device; the caller gets no cookie for it and nothing is logged or mailed. In mock mode every tab is one device, so this is how a person sees several in "Where you\'re signed in".',
      success: { status: 201, schema: seededSessionResponseSchema },
      errors: [...sessionErrors],
    }),
    session: 'required',
  },
];

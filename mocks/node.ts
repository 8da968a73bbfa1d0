import { setupServer } from 'msw/node';
import { handlers } from './handlers';
import { isolateWorlds } from './server/world-scope';

/** The same handlers for Vitest: requests made with `fetch` in Node reach them. */
export const server = setupServer(...handlers);
// Worlds as on the HTTP server, so the contract tests can hold them apart in process too.
isolateWorlds();

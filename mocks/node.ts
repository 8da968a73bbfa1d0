import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The same handlers for Vitest: requests made with `fetch` in Node reach them. */
export const server = setupServer(...handlers);

/**
 * Query keys of "Where you're signed in". Shared, not the sessions feature's own: changes to the
 * second factors may sign the other sessions out too ("Also sign out my other sessions"), and
 * the MFA feature must then have the list asked again. Apart from session.ts, which the sign-in
 * screen loads first, so the first download does not carry it.
 */
export const sessionsQueryKeys = {
  all: ['sessions'] as const,
  list: () => [...sessionsQueryKeys.all, 'list'] as const,
};

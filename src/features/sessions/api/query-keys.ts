/** Query keys of the sessions feature ("Where you're signed in"). */
export const sessionsQueryKeys = {
  all: ['sessions'] as const,
  list: () => [...sessionsQueryKeys.all, 'list'] as const,
};

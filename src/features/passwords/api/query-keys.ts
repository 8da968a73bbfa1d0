/** The passwords feature's query keys. */
export const passwordKeys = {
  all: ['passwords'] as const,
  resetLink: (token: string) => [...passwordKeys.all, 'reset-link', token] as const,
};

export const sectionIds = [
  'scenarios',
  'authenticator',
  'mailbox',
  'clock',
  'network',
  'sessions',
  'appearance',
] as const;
export type SectionId = (typeof sectionIds)[number];

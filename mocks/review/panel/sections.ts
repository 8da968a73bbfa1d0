export const sectionIds = [
  'scenarios',
  'authenticator',
  'mailbox',
  'clock',
  'network',
  'appearance',
] as const;
export type SectionId = (typeof sectionIds)[number];

/** "JBSWY3DPEHPK3PXP…" as "JBSW Y3DP EHPK 3PXP …": groups of four are easier to read and type. */
export function groupSecret(secret: string, size = 4): string {
  return (secret.match(new RegExp(`.{1,${size}}`, 'g')) ?? []).join(' ');
}

import type { TFunction } from 'i18next';
import type { Factor } from '#src/api/factors';

/**
 * What people call a factor: the name they gave it or, until they give one, its type in the
 * reader's language, numbered from the second of its type ("Authenticator app 2", "身份验证应用 2").
 * The server stores no default name, so switching language renames the unnamed ones too.
 */
export function factorName(factor: Pick<Factor, 'name' | 'type' | 'number'>, t: TFunction): string {
  if (factor.name !== null) return factor.name;
  const type = t(`factors.type.${factor.type}`, { ns: 'profile' });
  return factor.number > 1
    ? t('factors.numberedName', { ns: 'profile', type, number: factor.number })
    : type;
}

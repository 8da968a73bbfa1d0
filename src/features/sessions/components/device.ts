import { Monitor, Smartphone, Tablet, type LucideIcon } from 'lucide-react';
import type { TFunction } from 'i18next';
import type { SessionDevice } from '#src/api/sessions';

export const DEVICE_ICONS: Record<SessionDevice['kind'], LucideIcon> = {
  desktop: Monitor,
  phone: Smartphone,
  tablet: Tablet,
};

/** "Firefox on Windows", or as much of it as the user agent told. */
export function deviceName(device: SessionDevice, t: TFunction<'profile'>): string {
  const { browser, os } = device;
  if (browser && os) return t('sessions.device.browserOnOs', { browser, os });
  return browser ?? os ?? t('sessions.device.unknown');
}

import { fileURLToPath } from 'node:url';
import { scenarioCatalog, type ReviewLanguage, type ReviewTheme } from '#mocks/scenarios/catalog';

/** What the gallery captures: every scenario × language × theme × size. */
export const galleryLanguages: readonly ReviewLanguage[] = ['en', 'zh-CN'];
export const galleryThemes: readonly ReviewTheme[] = ['light', 'dark'];
export const gallerySizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 360, height: 640 },
] as const;
type GallerySize = (typeof gallerySizes)[number];

export const galleryDir = fileURLToPath(new URL('../../gallery/', import.meta.url));
export const shotsDir = `${galleryDir}shots/`;

export const galleryScenarios = scenarioCatalog;
type GalleryScenario = (typeof scenarioCatalog)[number];

export type Shot = {
  scenario: GalleryScenario;
  lang: ReviewLanguage;
  theme: ReviewTheme;
  size: GallerySize;
};

/** The picture's file, relative to gallery/. */
export function shotFile({ scenario, lang, theme, size }: Shot): string {
  return `shots/${scenario.name}.${lang}.${theme}.${size.name}.png`;
}

/** How progress and the contact sheet name a picture: `totp-wrong-code zh-CN dark phone`. */
export function shotLabel({ scenario, lang, theme, size }: Shot): string {
  return `${scenario.name} ${lang} ${theme} ${size.name}`;
}

export const pictureStepPrefix = 'picture ';

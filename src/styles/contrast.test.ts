import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * WCAG AA for the colour pairs the screens draw, in both themes, read from tokens.css itself: a
 * token change that breaks a pair fails here instead of in an audit.
 */
const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');

type Theme = 'light' | 'dark';

function tokenValue(name: string, theme: Theme): string {
  const match = new RegExp(`--color-${name}:\\s*([^;]+);`).exec(css);
  if (!match?.[1]) throw new Error(`no --color-${name} in tokens.css`);
  const pair = /^light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)$/i.exec(match[1].trim());
  const value = pair ? pair[theme === 'light' ? 1 : 2] : match[1].trim();
  if (!value || !/^#[0-9a-f]{6}$/i.test(value))
    throw new Error(`--color-${name} is not a #rrggbb colour: ${match[1]}`);
  return value;
}

/** Relative luminance, WCAG 2.2 definition. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** [foreground, background]: text needs 4.5:1. */
const textPairs: readonly [string, string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'surface-muted'],
  ['text-muted', 'bg'],
  ['text-muted', 'surface'],
  ['text-muted', 'surface-muted'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['accent', 'surface-muted'],
  ['accent-hover', 'surface'],
  ['accent-text', 'accent'],
  ['on-solid', 'accent-solid'],
  ['on-solid', 'accent-solid-hover'],
  ['on-solid', 'accent-solid-active'],
  ['on-solid', 'danger-solid'],
  ['on-solid', 'danger-solid-hover'],
  ['on-solid', 'danger-solid-active'],
  ['danger', 'surface'],
  ['success', 'surface'],
  ['success', 'success-soft'],
  ['warning', 'warning-soft'],
  ['danger', 'danger-soft'],
  ['text', 'accent-soft'],
  ['text', 'success-soft'],
  ['text', 'warning-soft'],
  ['text', 'danger-soft'],
];

/** Control boundaries and the focus ring need 3:1 against what they sit on. */
const boundaryPairs: readonly [string, string][] = [
  ['border-strong', 'surface'],
  ['border-strong', 'bg'],
  ['focus', 'surface'],
  ['focus', 'bg'],
  ['accent', 'surface'],
  ['danger', 'surface'],
];

describe.each<Theme>(['light', 'dark'])('%s theme', (theme) => {
  it.each(textPairs)('%s text on %s reaches 4.5:1', (fg, bg) => {
    expect(contrast(tokenValue(fg, theme), tokenValue(bg, theme))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(boundaryPairs)('%s on %s reaches 3:1', (fg, bg) => {
    expect(contrast(tokenValue(fg, theme), tokenValue(bg, theme))).toBeGreaterThanOrEqual(3);
  });

  // WCAG exempts disabled controls; they should still be legible, and unlike the enabled look.
  it('disabled text stays legible (3:1) on its own grey, which differs from the surface', () => {
    const disabled = tokenValue('disabled', theme);
    expect(contrast(tokenValue('disabled-text', theme), disabled)).toBeGreaterThanOrEqual(3);
    expect(disabled).not.toBe(tokenValue('surface', theme));
    expect(tokenValue('disabled-text', theme)).not.toBe(tokenValue('text', theme));
  });
});

describe('the contrast formula', () => {
  it('gives the known extremes', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

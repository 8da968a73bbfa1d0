// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

// afterFirstMove keeps its answer for the page's life: each test loads a fresh module.
const load = async () => {
  vi.resetModules();
  return (await import('./ready')).afterFirstMove;
};
const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
};

afterEach(() => {
  document.body.replaceChildren();
});

describe('afterFirstMove', () => {
  it('waits while nobody acts, however long the page sits', async () => {
    const afterFirstMove = await load();
    const acted = afterFirstMove();
    document.dispatchEvent(new Event('scroll'));
    expect(await settled(acted)).toBe(false);
  });

  it.each(['pointermove', 'pointerdown', 'keydown', 'focusin', 'input'])(
    'resolves at the first %s, and stays resolved',
    async (type) => {
      const afterFirstMove = await load();
      const acted = afterFirstMove();
      document.body.dispatchEvent(new Event(type, { bubbles: true }));
      expect(await settled(acted)).toBe(true);
      expect(await settled(afterFirstMove())).toBe(true);
    },
  );

  it('resolves at once when something was typed before the app started', async () => {
    const field = document.createElement('input');
    field.value = 'ada@example.com';
    document.body.append(field);
    const afterFirstMove = await load();
    expect(await settled(afterFirstMove())).toBe(true);
  });
});

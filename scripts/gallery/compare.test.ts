import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { comparePictures, summary } from './compare';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'gallery-compare-'));
  for (const dir of ['before', 'after']) mkdirSync(join(root, dir));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A 4 × 4 grey picture, with the pixels in `red` painted red. */
function writePicture(dir: string, name: string, red: [number, number][] = []): void {
  const png = new PNG({ width: 4, height: 4 });
  png.data.fill(200);
  for (const [x, y] of red) png.data.set([255, 0, 0, 255], (y * 4 + x) * 4);
  writeFileSync(join(root, dir, name), PNG.sync.write(png));
}

describe('comparePictures', () => {
  it('finds nothing changed between identical pictures', () => {
    writePicture('before', 'a.png');
    writePicture('after', 'a.png');
    const comparison = comparePictures(
      join(root, 'before'),
      join(root, 'after'),
      join(root, 'diff'),
    );
    expect(comparison).toEqual({ changed: [], added: [], removed: [], unchanged: 1 });
    expect(summary(comparison)).toBe('0 changed, 0 added, 0 removed');
    expect(existsSync(join(root, 'diff'))).toBe(false);
  });

  it('reports one changed pixel, with a diff image', () => {
    writePicture('before', 'a.png');
    writePicture('after', 'a.png', [[1, 2]]);
    const comparison = comparePictures(
      join(root, 'before'),
      join(root, 'after'),
      join(root, 'diff'),
    );
    const diff = join(root, 'diff', 'a.png');
    expect(comparison.changed).toEqual([{ name: 'a.png', pixels: 1, diff }]);
    expect(summary(comparison)).toBe('1 changed, 0 added, 0 removed');
    const image = PNG.sync.read(readFileSync(diff));
    expect([image.width, image.height]).toEqual([4, 4]);
  });

  it('lists pictures only in the new run as added, only in the baseline as removed', () => {
    writePicture('before', 'gone.png');
    writePicture('after', 'new.png');
    const comparison = comparePictures(
      join(root, 'before'),
      join(root, 'after'),
      join(root, 'diff'),
    );
    expect(comparison).toMatchObject({ added: ['new.png'], removed: ['gone.png'], unchanged: 0 });
    expect(summary(comparison)).toBe('0 changed, 1 added, 1 removed');
  });
});

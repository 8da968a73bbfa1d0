import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** A picture in both folders that differs: how many pixels, and the diff image if sizes match. */
type ChangedPicture = { name: string; pixels: number; diff: string | null };

export type Comparison = {
  changed: ChangedPicture[];
  added: string[];
  removed: string[];
  unchanged: number;
};

const pictures = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.png'))
        .sort()
    : [];

/**
 * Compares each picture in `after` with the same-named one in `before`, pixel by pixel
 * (pixelmatch's default threshold, anti-aliasing not counted: a font hinted differently is not
 * a change a designer made). For each changed picture of the same size it writes a diff image
 * into `diffDir`: the changed pixels in red over a faded copy of the old picture.
 */
export function comparePictures(before: string, after: string, diffDir: string): Comparison {
  const old = new Set(pictures(before));
  const comparison: Comparison = { changed: [], added: [], removed: [], unchanged: 0 };
  for (const name of pictures(after)) {
    if (!old.delete(name)) {
      comparison.added.push(name);
      continue;
    }
    const change = compareOne(join(before, name), join(after, name), join(diffDir, name), name);
    if (change) comparison.changed.push(change);
    else comparison.unchanged += 1;
  }
  comparison.removed = [...old];
  return comparison;
}

function compareOne(
  beforeFile: string,
  afterFile: string,
  diffFile: string,
  name: string,
): ChangedPicture | null {
  const beforeBytes = readFileSync(beforeFile);
  const afterBytes = readFileSync(afterFile);
  if (beforeBytes.equals(afterBytes)) return null;
  const a = PNG.sync.read(beforeBytes);
  const b = PNG.sync.read(afterBytes);
  if (a.width !== b.width || a.height !== b.height) {
    return { name, pixels: Math.max(a.width * a.height, b.width * b.height), diff: null };
  }
  const diff = new PNG({ width: a.width, height: a.height });
  const pixels = pixelmatch(a.data, b.data, diff.data, a.width, a.height);
  if (pixels === 0) return null;
  mkdirSync(dirname(diffFile), { recursive: true });
  writeFileSync(diffFile, PNG.sync.write(diff));
  return { name, pixels, diff: diffFile };
}

/** "3 changed, 1 added, 0 removed": what the command prints and the page's heading says. */
export function summary({ changed, added, removed }: Comparison): string {
  return `${changed.length} changed, ${added.length} added, ${removed.length} removed`;
}

import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { changesPage } from './changes-page';
import { comparePictures, summary } from './compare';
import { galleryDir, shotsDir } from './shots';

/**
 * `npm run gallery:compare -- DIR`: the pictures of the last `npm run gallery` against those in
 * DIR (a copy of an earlier gallery/, or of its shots/), written to gallery/changes.html. It
 * always exits 0: a change is news for a designer, not a failure; the page is the answer.
 */
const argument = process.argv[2];
if (!argument) {
  console.log('Usage: npm run gallery:compare -- <folder with the baseline pictures>');
  process.exit(0);
}
const baseline = resolve(argument);
const beforeDir = existsSync(join(baseline, 'shots')) ? join(baseline, 'shots') : baseline;
if (resolve(beforeDir) === resolve(shotsDir)) {
  console.log('The baseline is gallery/shots itself: copy it elsewhere before the next run.');
  process.exit(0);
}

// The page links copies, so it still shows the baseline once DIR is gone.
const changesDir = join(galleryDir, 'changes');
rmSync(changesDir, { recursive: true, force: true });
const comparison = comparePictures(beforeDir, shotsDir, join(changesDir, 'diff'));
mkdirSync(join(changesDir, 'before'), { recursive: true });
for (const { name } of comparison.changed)
  copyFileSync(join(beforeDir, name), join(changesDir, 'before', name));
for (const name of comparison.removed)
  copyFileSync(join(beforeDir, name), join(changesDir, 'before', name));

const page = changesPage(
  comparison,
  {
    before: (name) => `changes/before/${name}`,
    after: (name) => `shots/${name}`,
    diff: (name) => `changes/diff/${name}`,
  },
  beforeDir,
);
writeFileSync(join(galleryDir, 'changes.html'), page);
console.log(`${summary(comparison)} → ${join(galleryDir, 'changes.html')}`);

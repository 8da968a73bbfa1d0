import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import type {
  FullConfig,
  FullResult,
  Suite,
  Reporter,
  TestCase,
  TestError,
  TestResult,
  TestStep,
} from '@playwright/test/reporter';
import { contactSheet } from './contact-sheet';
import {
  galleryDir,
  gallerySizes,
  galleryThemes,
  pictureStepPrefix,
  shotFile,
  shotsDir,
} from './shots';

/** Prints one line per picture as the workers take them, then writes the contact sheet. */
export default class GalleryReporter implements Reporter {
  private started = Date.now();
  private done = 0;
  private failures = 0;
  /** Pictures this run will take: all of them, or those of the tests picked with -g. */
  private total = 0;

  onBegin(_config: FullConfig, suite: Suite): void {
    this.started = Date.now();
    this.total = suite.allTests().length * galleryThemes.length * gallerySizes.length;
    rmSync(galleryDir, { recursive: true, force: true });
    mkdirSync(shotsDir, { recursive: true });
    console.log(`Gallery: ${this.total} pictures into ${galleryDir}`);
  }

  onStepEnd(_test: TestCase, _result: TestResult, step: TestStep): void {
    if (step.category !== 'test.step' || !step.title.startsWith(pictureStepPrefix)) return;
    const label = step.title.slice(pictureStepPrefix.length);
    if (step.error) return;
    this.done += 1;
    console.log(`[${this.done}/${this.total}] ${label}`);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === 'passed' || result.status === 'skipped') return;
    this.failures += 1;
    // Playwright colours its messages; this line goes to logs as plain text.
    const message = stripVTControlCharacters(result.error?.message ?? '').split('\n')[0];
    console.log(`FAILED ${test.title}: ${message || result.status}`);
  }

  /** What the capture script says (retries) goes straight through. */
  onStdOut(chunk: string | Buffer): void {
    process.stdout.write(chunk);
  }

  onError(error: TestError): void {
    console.log(`ERROR ${error.message ?? error.value ?? 'unknown'}`);
  }

  onEnd(result: FullResult): void {
    const seconds = (Date.now() - this.started) / 1000;
    let pictures = 0;
    const html = contactSheet({
      exists: (shot) => {
        const found = existsSync(`${galleryDir}${shotFile(shot)}`);
        if (found) pictures += 1;
        return found;
      },
      pictures: this.done,
      seconds,
      made: new Date(),
    });
    writeFileSync(`${galleryDir}index.html`, html);
    const minutes = `${Math.floor(seconds / 60)}m ${Math.round(seconds % 60)}s`;
    const failed = this.failures
      ? `, ${this.failures} scenario ${this.failures === 1 ? 'run' : 'runs'} failed`
      : '';
    console.log(
      `Gallery ${result.status}: ${pictures} of ${this.total} pictures in ${minutes}${failed} → ${galleryDir}index.html`,
    );
  }

  printsToStdio(): boolean {
    return true;
  }
}

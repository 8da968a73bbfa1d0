// Lighthouse 12.8 (mobile, its default simulated throttling) on one URL, as the CLI runs it.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { findChromium } from './browser-path.mjs';

const categories = ['performance', 'accessibility', 'best-practices'];

export async function lighthouse(url, outputPath) {
  const chromium = findChromium();
  const args = [
    url,
    '--quiet',
    '--output=json',
    `--output-path=${outputPath}`,
    `--only-categories=${categories.join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
  ];
  const env = { ...process.env, ...(chromium ? { CHROME_PATH: chromium.path } : {}) };
  const code = await new Promise((resolve) => {
    const child = spawn('./node_modules/.bin/lighthouse', args, { env, stdio: 'inherit' });
    child.on('exit', resolve);
  });
  if (code !== 0) throw new Error(`lighthouse exited with ${code} for ${url}`);
  const lhr = JSON.parse(readFileSync(outputPath, 'utf8'));
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const ms = (id) => Math.round(lhr.audits[id]?.numericValue ?? NaN);
  const failed = (id) =>
    lhr.categories[id]?.auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id) ?? [];
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcpMs: ms('first-contentful-paint'),
    lcpMs: ms('largest-contentful-paint'),
    tbtMs: ms('total-blocking-time'),
    failedAudits: [...failed('accessibility'), ...failed('best-practices')],
  };
}

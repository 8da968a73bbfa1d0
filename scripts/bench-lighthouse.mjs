// Lighthouse (mobile, its default simulated throttling) on one URL, as the CLI runs it, in a
// browser that speaks `locale`: Chromium's own language (navigator.languages, which
// public/before-paint.js reads) and an Accept-Language header on every request (which the
// bench's server reads to pick the page, as public/_redirects says).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { findChromium } from './browser-path.mjs';

const categories = ['performance', 'accessibility', 'best-practices'];

/** Every node label in the report: where the audited page's own words show. */
function nodeLabels(value, found = new Set()) {
  if (Array.isArray(value)) for (const item of value) nodeLabels(item, found);
  else if (value && typeof value === 'object') {
    if (value.type === 'node' && typeof value.nodeLabel === 'string') found.add(value.nodeLabel);
    for (const item of Object.values(value)) nodeLabels(item, found);
  }
  return found;
}

/**
 * Scores and timings of one run; `expectedLabel` (the email field's label in the page that
 * language should get) says whether the page audited was that language's: Lighthouse names the
 * deepest element of the page (dom-size-insight), the email field's label, among its nodes.
 */
export async function lighthouse(url, outputPath, { locale = 'en-US', expectedLabel = null } = {}) {
  const chromium = findChromium();
  const args = [
    url,
    '--quiet',
    '--output=json',
    `--output-path=${outputPath}`,
    `--only-categories=${categories.join(',')}`,
    `--chrome-flags=--headless=new --no-sandbox --disable-gpu --lang=${locale} --accept-lang=${locale}`,
    `--extra-headers=${JSON.stringify({ 'Accept-Language': locale })}`,
  ];
  const env = { ...process.env, ...(chromium ? { CHROME_PATH: chromium.path } : {}) };
  const code = await new Promise((resolve) => {
    const child = spawn('./node_modules/.bin/lighthouse', args, { env, stdio: 'inherit' });
    child.on('exit', resolve);
  });
  if (code !== 0) throw new Error(`lighthouse exited with ${code} for ${url}`);
  const lhr = JSON.parse(readFileSync(outputPath, 'utf8'));
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const value = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const failed = (id) =>
    lhr.categories[id]?.auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id) ?? [];
  const labels = nodeLabels(lhr.audits);
  return {
    version: lhr.lighthouseVersion,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcpMs: Math.round(value('first-contentful-paint')),
    lcpMs: Math.round(value('largest-contentful-paint')),
    tbtMs: Math.round(value('total-blocking-time')),
    cls: Number(value('cumulative-layout-shift').toFixed(3)),
    lcpElement:
      lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node
        ?.selector ?? null,
    pageInLanguage: expectedLabel === null ? null : labels.has(expectedLabel),
    failedAudits: [
      ...failed('performance'),
      ...failed('accessibility'),
      ...failed('best-practices'),
    ],
  };
}

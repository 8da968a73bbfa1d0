// The bench's rows and targets (see bench.mjs): medians of each page's loads, the ratio to the
// floor page measured in the same run, Lighthouse's scores, and each target met or missed.
import { median } from './bench-report.mjs';

/** The targets (issue 18): strictly faster than the floor, Lighthouse 98 / 100 / 100. */
export const targets = {
  ratio: 1.0,
  entryKb: 130,
  performance: 98,
  accessibility: 100,
  bestPractices: 100,
};

/** One row per page, in the order of `pages`. */
export function rowsOf(pages, samples, lh) {
  const floorMs = (url) => median(samples[`floor en ${url}`].map((s) => s.emailFieldMs));
  return pages.map((page) => {
    const list = samples[page.key];
    const pick = (key) => median(list.map((s) => s[key]));
    const time = pick('emailFieldMs');
    return {
      page: page.key,
      build: page.build.label,
      language: page.language.id,
      url: page.url,
      emailFieldMs: Math.round(time),
      ratioToFloor: Number((time / floorMs(page.url)).toFixed(2)),
      jsBeforeForm: pick('jsBytes'),
      cssBeforeForm: pick('cssBytes'),
      bytesBeforeForm: pick('bytes'),
      requestsBeforeForm: pick('requests'),
      apiRequestsBeforeForm: Math.max(...list.map((s) => s.apiRequests)),
      mockReadyAfterMoveMs: page.build.mock ? Math.round(pick('mockReadyAfterMoveMs')) : null,
      // What each load drew: the page's html lang and the email field's label, every time.
      drawn: [...new Set(list.map((s) => `${s.lang} "${s.label}" ${s.path}`))],
      documents: Math.max(...list.map((s) => s.documents)),
      lighthouse: lh[page.key] ?? null,
    };
  });
}

/** `[name, ok]` for every target, and for the bench's own checks that it measured the right page. */
export function checksOf(pages, rows, sizes) {
  const checks = [];
  rows.forEach((row, i) => {
    const page = pages[i];
    if (page.build.id === 'floor') return;
    const name = `${page.build.label} ${page.language.id} ${page.url}`;
    checks.push([
      `${name}: time < ${targets.ratio.toFixed(1)}× floor`,
      row.ratioToFloor < targets.ratio,
    ]);
    // The address is not compared: a slow frame may come after the app moved / to /sign-in.
    const expected = `${page.language.id} "${page.expectedLabel}"`;
    checks.push([
      `${name}: drawn by the ${page.language.id} page (${expected}), no redirect`,
      row.drawn.every((drawn) => drawn.startsWith(`${expected} `)) && row.documents === 1,
    ]);
    if (page.build.api)
      checks.push([
        `${name}: ≤ 1 request to the API before the form`,
        row.apiRequestsBeforeForm <= 1,
      ]);
    const l = row.lighthouse;
    if (!l) return;
    checks.push([
      `${name}: Lighthouse audited the ${page.language.id} page`,
      l.pageInLanguage === true,
    ]);
    checks.push([
      `${name}: Lighthouse performance ≥ ${targets.performance}`,
      l.performance >= targets.performance,
    ]);
    checks.push([
      `${name}: accessibility ${targets.accessibility}`,
      l.accessibility >= targets.accessibility,
    ]);
    checks.push([
      `${name}: best practices ${targets.bestPractices}`,
      l.bestPractices >= targets.bestPractices,
    ]);
  });
  for (const [id, size] of Object.entries(sizes)) {
    if (!size) continue;
    const entryKb = size.entryJsGzip / 1024;
    checks.push([`${id}: sign-in entry ≤ ${targets.entryKb} kB gzip`, entryKb <= targets.entryKb]);
    checks.push([`${id}: no heavy or mock code in the entry`, size.forbiddenSources.length === 0]);
  }
  return checks;
}

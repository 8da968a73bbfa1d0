import { summary, type Comparison } from './compare';

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Paths relative to gallery/, where the page is written. */
type PictureLinks = {
  before: (name: string) => string;
  after: (name: string) => string;
  diff: (name: string) => string;
};

function picture(caption: string, href: string | null): string {
  if (!href) return `<figure><p class="none">${caption}: sizes differ, no diff</p></figure>`;
  return `<figure><a href="${escape(href)}"><img src="${escape(href)}" alt="${caption}" loading="lazy"></a><figcaption>${caption}</figcaption></figure>`;
}

/**
 * The designers' page of what changed against a baseline: only the changed, added and removed
 * pictures, each changed one as before, after and the diff (changed pixels in red).
 */
export function changesPage(comparison: Comparison, links: PictureLinks, baseline: string): string {
  const changed = comparison.changed.map(
    ({ name, pixels, diff }) => `<article><h3>${escape(name)} <small>${pixels} pixels</small></h3>
<div class="row">${picture('Before', links.before(name))}${picture('After', links.after(name))}${picture('Diff', diff ? links.diff(name) : null)}</div></article>`,
  );
  const added = comparison.added.map(
    (name) =>
      `<article><h3>${escape(name)}</h3><div class="row">${picture('After', links.after(name))}</div></article>`,
  );
  const removed = comparison.removed.map(
    (name) =>
      `<article><h3>${escape(name)}</h3><div class="row">${picture('Before', links.before(name))}</div></article>`,
  );
  const section = (title: string, items: string[]) =>
    items.length
      ? `<section><h2>${title} (${items.length})</h2>\n${items.join('\n')}</section>`
      : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>zenConsole gallery: changes</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 0 24px 48px; color: #1b1f24; }
h1 { font-size: 20px; }
h2 { margin: 32px 0 8px; border-bottom: 2px solid #1b1f24; }
h3 { font-size: 15px; margin: 20px 0 8px; word-break: break-all; }
small { font-weight: 400; color: #555; }
.row { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
figure { margin: 0; }
figure img { display: block; height: 320px; width: auto; border: 1px solid #ccd; }
.none { height: 320px; width: 180px; display: grid; place-items: center; background: #fee; }
</style>
</head>
<body>
<h1>Gallery changes: ${summary(comparison)}</h1>
<p>Compared with ${escape(baseline)}; ${comparison.unchanged} pictures unchanged.</p>
${section('Changed', changed)}
${section('Added', added)}
${section('Removed', removed)}
</body>
</html>
`;
}

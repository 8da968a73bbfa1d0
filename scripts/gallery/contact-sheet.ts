import { scenarioFlows, scenarioHref } from '#mocks/scenarios/catalog';
import {
  galleryLanguages,
  galleryScenarios,
  gallerySizes,
  galleryThemes,
  shotFile,
  type Shot,
} from './shots';

/** "email-challenge" → "Email challenge". */
const flowTitle = (flow: string) => flow.charAt(0).toUpperCase() + flow.slice(1).replace(/-/g, ' ');

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function figure(shot: Shot, exists: boolean): string {
  const { scenario, lang, theme, size } = shot;
  const href = scenarioHref(scenario.name, { lang, theme });
  const title = scenario.title[lang];
  const picture = exists
    ? `<a href="${shotFile(shot)}"><img src="${shotFile(shot)}" alt="${escape(title)}, ${lang}, ${theme}, ${size.name}" width="${size.width}" height="${size.height}" loading="lazy"></a>`
    : `<p class="missing">Not captured</p>`;
  return `<figure class="${size.name}">${picture}
<figcaption><span lang="${lang}">${escape(title)}</span><br>${lang} · ${theme} · ${size.name} ${size.width}×${size.height}<br><a class="app-link" data-href="${escape(href)}" href="${escape(href)}">${escape(href)}</a></figcaption></figure>`;
}

/**
 * The designers' contact sheet: one section per flow, each scenario with its pictures, each
 * labelled with title, language, theme, size and the link that opens it in the app.
 */
export function contactSheet(options: {
  exists: (shot: Shot) => boolean;
  pictures: number;
  seconds: number;
  made: Date;
}): string {
  const sections = scenarioFlows
    .map((flow) => {
      const scenarios = galleryScenarios.filter((scenario) => scenario.flow === flow);
      if (scenarios.length === 0) return '';
      const articles = scenarios.map((scenario) => {
        // One row per language: both themes, both sizes side by side.
        const rows = galleryLanguages.map((lang) => {
          const figures = galleryThemes.flatMap((theme) =>
            gallerySizes.map((size) => {
              const shot = { scenario, lang, theme, size };
              return figure(shot, options.exists(shot));
            }),
          );
          return `<div class="row">${figures.join('\n')}</div>`;
        });
        return `<article id="${scenario.name}"><h3>${escape(scenario.title.en)} · <span lang="zh-CN">${escape(scenario.title['zh-CN'])}</span> <code>${scenario.name}</code></h3>
${rows.join('\n')}</article>`;
      });
      return `<section id="flow-${flow}"><h2>${flowTitle(flow)}</h2>\n${articles.join('\n')}</section>`;
    })
    .join('\n');
  const nav = scenarioFlows.map((flow) => `<a href="#flow-${flow}">${flow}</a>`).join(' · ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>zenConsole scenario gallery</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 0 24px 48px; color: #1b1f24; }
header { position: sticky; top: 0; background: #fff; padding: 12px 0; border-bottom: 1px solid #ccd; z-index: 1; }
h1 { margin: 0 0 4px; font-size: 20px; }
h2 { margin: 32px 0 8px; border-bottom: 2px solid #1b1f24; }
h3 { font-size: 15px; margin: 20px 0 8px; }
.row { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; margin-bottom: 16px; }
figure { margin: 0; max-width: 384px; }
figure img { display: block; height: 240px; width: auto; border: 1px solid #ccd; }
figcaption { font-size: 12px; margin-top: 4px; word-break: break-all; }
.missing { height: 240px; width: 135px; display: grid; place-items: center; background: #fee; }
input { width: 20em; }
</style>
</head>
<body>
<header>
<h1>zenConsole scenario gallery</h1>
<p>${options.pictures} pictures in ${Math.round(options.seconds)} s, made ${options.made.toISOString()}.
<label>Links open the app at <input id="app-address" value="http://localhost:5173"></label></p>
<nav>${nav}</nav>
</header>
<main>
${sections}
</main>
<script>
// The links are relative to the app's address; this page may be opened from disk, so the
// address the app runs at (npm run dev, npm run preview, a deployment) is asked for once.
const input = document.getElementById('app-address');
input.value = localStorage.getItem('gallery.appAddress') || input.value;
function relink() {
  localStorage.setItem('gallery.appAddress', input.value);
  for (const link of document.querySelectorAll('a.app-link'))
    link.href = input.value.replace(/\\/$/, '') + link.dataset.href;
}
input.addEventListener('change', relink);
relink();
</script>
</body>
</html>
`;
}

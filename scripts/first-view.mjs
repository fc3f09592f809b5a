// The first view: the widget's own render of the cases on its bar (the default case first), in
// each language, written to DIR/first-view/<case>/<lang>.html for the embed script to show before
// the wasm has arrived (see www/gdpr-fine-simulator.js). Rendered by the built widget itself in
// headless Chromium, so the first view is exactly what the live widget shows on opening; values
// that live only in DOM properties (typed values, chosen options, ticked boxes) are written into
// attributes first. Why a browser and not Yew's server renderer: that would be a second render
// path (the `ssr` feature, a native build of the app) whose HTML must equal the client render
// the embed script replays input on; the built widget's own render is that HTML by definition.
// Then it writes the views into the pages that ask for them (`inlineViews`, below), and bundles
// the stylesheet and the English default view into the embed script.
//   node scripts/first-view.mjs [DIR]    (default dist/)
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { transform } from 'esbuild';
import { serveStatic } from '../tests/e2e/support/static-server.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/support/browser.mjs';

const dir = resolve(process.argv[2] ?? new URL('../dist', import.meta.url).pathname);
// What the widget shares with its scripts (src/facts.rs), written by scripts/build-dist.sh.
const FACTS = JSON.parse(await readFile(new URL('../target/facts.json', import.meta.url), 'utf8'));
const LANGS = FACTS.languages;
const CASES = FACTS.barCases;
// A page of nothing but the widget, loaded through the glue directly (not the embed script, which
// would show the previous build's first view).
const PAGE = '.first-view-render.html';
await writeFile(join(dir, PAGE), '<!doctype html><meta charset="utf-8"><body><div id="root"></div></body>\n');
const site = await serveStatic(dir);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
// The stylesheet minified, as the embed script carries it and as pages link it: its comments
// are for whoever reads www/widget.css.
const css = (await transform(await readFile(join(dir, 'widget.css'), 'utf8'), { loader: 'css', minify: true })).code;
await writeFile(join(dir, 'widget.css'), css);
const views = new Map();
try {
  await rm(join(dir, 'first-view'), { recursive: true, force: true });
  for (const id of CASES) for (const lang of LANGS) {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(new URL(PAGE, site.url).href);
    const html = await page.evaluate(async ([id, lang, event]) => {
      const glue = await import('/gfs-widget.js');
      await glue.default({ module_or_path: '/gfs-widget_bg.wasm' });
      const root = document.getElementById('root');
      const complete = new Promise((r) => root.addEventListener(event, r, { once: true }));
      glue.mountWidget(root, { lang, preset: id }, null, undefined);
      await Promise.race([complete, new Promise((r) => setTimeout(r, 5000))]);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      for (const el of root.querySelectorAll('input, textarea, select')) {
        if (el.type === 'checkbox' || el.type === 'radio') el.toggleAttribute('checked', el.checked);
        else if (el.tagName === 'SELECT') for (const o of el.options) o.toggleAttribute('selected', o.selected);
        else if (el.tagName === 'TEXTAREA') el.textContent = el.value;
        else el.setAttribute('value', el.value);
      }
      return root.innerHTML;
    }, [id, lang, FACTS.completeEvent]);
    if (problems.length || !html.includes('data-testid="final"')) {
      throw new Error(`first view (${id}, ${lang}): no result rendered${problems.length ? `: ${problems.join('; ')}` : ''}`);
    }
    await mkdir(join(dir, 'first-view', id), { recursive: true });
    await writeFile(join(dir, 'first-view', id, `${lang}.html`), html + '\n');
    views.set(`${id}/${lang}`, html);
    console.log(`first-view/${id}/${lang}.html ${html.length} B`);
    await page.close();
  }
  await inlineViews(await browser.newPage());
} finally {
  await browser.close();
  await site.close();
  await rm(join(dir, PAGE), { force: true });
}

// The embed script carries the stylesheet and the English first view (its `/*@bundled*/ null`),
// so that one request shows an English widget's result; the other languages stay files.
const embed = join(dir, 'gdpr-fine-simulator.js');
const source = await readFile(embed, 'utf8');
if (!source.includes('/*@bundled*/ null')) throw new Error('gdpr-fine-simulator.js: no /*@bundled*/ marker (bundled twice?)');
const own = `first-view/${CASES[0]}/en.html`;
const bundled = {
  files: { 'widget.css': css, [own]: await readFile(join(dir, own), 'utf8') },
  firstViews: CASES,
};
// Minified: its comments are for whoever reads www/, not bytes every visitor downloads.
const { code } = await transform(source.replace('/*@bundled*/ null', JSON.stringify(bundled)), { minify: true, format: 'esm', target: 'es2022' });
await writeFile(embed, code);
await rm(join(dir, own));
console.log(`gdpr-fine-simulator.js: stylesheet and English first view bundled`);

/**
 * A page's own first views: a host written with `<!--@first-view LANG-->` inside it gets the
 * first view of its case (`preset`, else the default) in LANG, so that the page's HTML shows the
 * widget's result in its first paint, before any script. A `<gdpr-fine-simulator>` gets it in a
 * declarative shadow root with the stylesheet; a plain host (`data-gdpr-fine-simulator`, whose
 * page links widget.css) as it is. The view's rest (inputs, analysis, library, memo) is written
 * in templates, parsed but not laid out until the embed script puts it back; the view carries
 * its version and case, and the embed script takes it over only when both are its own.
 */
async function inlineViews(page) {
  const embed = await readFile(join(dir, 'gdpr-fine-simulator.js'), 'utf8');
  const later = /const LATER = '([^']+)'/.exec(embed)?.[1];
  const shared = /const SHARED_LINK = (\/.+\/);/.exec(embed)?.[1];
  if (!later || !shared) throw new Error('gdpr-fine-simulator.js: no LATER selector or SHARED_LINK pattern');
  const pages = (await readdir(dir)).filter((name) => name.endsWith('.html'));
  for (const name of pages) {
    const source = await readFile(join(dir, name), 'utf8');
    if (!source.includes('<!--@first-view')) continue;
    let count = 0;
    const hosts = /<(gdpr-fine-simulator|div)\b([^>]*)>\s*<!--@first-view ([a-z]{2})-->/g;
    const out = [];
    let at = 0;
    for (const m of source.matchAll(hosts)) {
      const [whole, tag, attrs, lang] = m;
      const element = tag !== 'div';
      const { id, theme, compact } = hostOptions(attrs, element ? '' : 'data-');
      const key = `${id}/${lang}`;
      const html = views.get(key);
      if (!html) throw new Error(`${name}: no first view ${key}`);
      const view = await page.evaluate(pageView, [html, later, theme, compact, FACTS.version, key]);
      const own = element ? `<template shadowrootmode="open"><style>${css}</style>${view}</template>` : view;
      const inner = own + pageViewScript(shared);
      out.push(source.slice(at, m.index), whole.replace(/<!--@first-view [a-z]{2}-->/, inner));
      at = m.index + whole.length;
      count += 1;
    }
    out.push(source.slice(at));
    const written = out.join('');
    if (written.includes('<!--@first-view')) throw new Error(`${name}: a first-view marker outside a host`);
    await writeFile(join(dir, name), written);
    console.log(`${name}: ${count} first view(s) written in`);
  }
}

/**
 * A script run by the parser right after a page's view, in the host's light DOM (a host with a
 * shadow root does not show it), which then removes itself. When the address carries a share
 * link, it drops the view before the page is painted: the widget opens the link's scenario, not
 * the view's case. Otherwise it keeps what the reader does to the view until the embed script
 * takes it over (`gfsEarly`, read by `keep` in the embed script), so that a click before the
 * script has arrived is done again on the live widget like one after.
 */
function pageViewScript(pattern) {
  const early = "v.gfsEarly=[];for(const t of['click','input','change'])v.addEventListener(t,e=>v.gfsEarly?.push([e.type,e.target,e.target.value,e.target.checked]),true)";
  return `<script>(s=>{const h=s.parentElement,v=(h.shadowRoot??h).querySelector('.gfs-first-view');if(v){if(${pattern}.test(location.hash))v.remove();else{${early}}}s.remove()})(document.currentScript)</script>`;
}

/** A host's case, theme and compact mode, from its opening tag (`data-` attributes on a plain host). */
function hostOptions(attrs, prefix) {
  const attr = (a) => new RegExp(`\\s${prefix}${a}(?:="([^"]*)")?(?=\\s|$)`).exec(attrs);
  const compact = attr('compact');
  return {
    id: attr('preset')?.[1] ?? FACTS.defaultCase,
    theme: attr('theme')?.[1] === 'dark' ? 'dark' : 'light',
    compact: Boolean(compact) && compact[1] !== 'false',
  };
}

/** In the browser: the view as a page holds it, marked, dressed, its rest in templates. */
function pageView([html, later, theme, compact, version, key]) {
  const view = document.createElement('div');
  view.className = 'gfs-first-view';
  view.dataset.gfsVersion = version;
  view.dataset.gfsView = key;
  view.innerHTML = html;
  const section = view.querySelector('.gfs');
  section.dataset.theme = theme;
  section.classList.toggle('gfs-compact-mode', compact);
  for (const el of view.querySelectorAll(later)) {
    if (el.parentElement.closest(later)) continue;
    const rest = document.createElement('template');
    rest.dataset.gfsRest = '';
    rest.content.append(...el.childNodes);
    el.append(rest);
  }
  return view.outerHTML;
}

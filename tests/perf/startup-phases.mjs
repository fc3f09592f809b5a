// The phases of a first load, 12 cold loads: when the wasm arrived, when the module script began
// (window.__a) and when init returned (window.__b), if the page records them, and when the result
// appeared. Needs an index.html that sets __a before and __b after `await init(...)`.
//   node tests/perf/startup-phases.mjs <site dir>
import { chromium } from 'playwright-core';
import { serveStatic } from '../e2e/support/static-server.mjs';
import { CHROMIUM_ARGS } from '../e2e/support/browser.mjs';
const server = await serveStatic(process.argv[2]);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const rows = [];
for (let i = 0; i < 12; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (window.__t === undefined && document.querySelector('.gfs [data-testid=final]')) window.__t = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(server.url + '/index.html', { waitUntil: 'load' });
  await page.waitForFunction(() => window.__t !== undefined);
  rows.push(await page.evaluate(() => {
    const res = Object.fromEntries(performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop(), Math.round(e.responseEnd)]));
    return { script: Math.round(window.__a), wasm: res['gfs-widget_bg.wasm'], initDone: Math.round(window.__b), final: Math.round(window.__t) };
  }));
  await context.close();
}
for (const r of rows) console.log(JSON.stringify(r));
await browser.close(); server.close();

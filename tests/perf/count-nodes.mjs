// How many elements the first render builds, by tag and by section of the widget: the DOM a
// first load must create. node tests/perf/count-nodes.mjs <site dir> [page]
import { chromium } from 'playwright-core';
import { serveStatic } from '../e2e/support/static-server.mjs';
import { CHROMIUM_ARGS } from '../e2e/support/browser.mjs';
const server = await serveStatic(process.argv[2]);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.goto(server.url + '/' + (process.argv[3] ?? 'index.html'), { waitUntil: 'load' });
await page.waitForSelector('.gfs [data-testid=final]');
console.log(await page.evaluate(() => {
  const all = [...document.querySelectorAll('.gfs *')];
  const c = {}; all.forEach((e) => { c[e.tagName] = (c[e.tagName] ?? 0) + 1; });
  const sect = {}; document.querySelectorAll('.gfs > *, .gfs > * > *').forEach((e) => { sect[e.tagName + '.' + e.className] = e.querySelectorAll('*').length; });
  return JSON.stringify({ total: all.length, c, sect }, null, 0);
}));
await browser.close(); server.close();

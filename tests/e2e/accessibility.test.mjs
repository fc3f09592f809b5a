// axe-core on the rendered widget: the WCAG rules a screen reader or keyboard user would trip on.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { serveStatic } from './support/static-server.mjs';
import { launch, openPage } from './support/browser.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let site;
let browser;

before(async () => {
  site = await serveStatic();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

test('the widget has no axe-core violations', async () => {
  const { page } = await openPage(browser.context, site.url);
  await page.waitForSelector('.gfs .gfs-basic', { timeout: 15_000 });
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run('.gfs', { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`);
  });
  assert.deepEqual(violations, []);
});

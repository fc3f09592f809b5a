// The built site in headless Chromium: the demo page loads, the widget renders and answers the
// user, several instances coexist, and nothing goes wrong on the console.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serveStatic } from './support/static-server.mjs';
import { launch, openPage, SCREENSHOT_DIR } from './support/browser.mjs';

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

/** Yew renders after the wasm module has initialised: wait for the widget, never assume it. */
async function widgets(page, count = 1) {
  await page.waitForFunction((n) => document.querySelectorAll('.gfs .gfs-basic').length >= n, count, {
    timeout: 15_000,
  });
  return page.locator('.gfs');
}

test('the demo page renders the widget with category I by default', async () => {
  const { page, problems } = await openPage(browser.context, site.url);
  const widget = (await widgets(page)).first();
  assert.equal(await page.title(), 'GDPR fine simulator — demo');
  assert.equal(await widget.locator('.gfs-band').textContent(), '€0 – €200,000');
  assert.equal(await widget.locator('.gfs-basic').textContent(), '€100,000');
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'demo-default.png'), fullPage: true });
  assert.deepEqual(problems, []);
});

test('choosing category IV shows its band and basic fine', async () => {
  const { page, problems } = await openPage(browser.context, site.url);
  const widget = (await widgets(page)).first();
  await widget.getByLabel('Fine category').selectOption({ label: 'Category IV' });
  await page.waitForFunction(() => document.querySelector('.gfs-basic')?.textContent === '€725,000', null, {
    timeout: 5_000,
  });
  assert.equal(await widget.locator('.gfs-band').textContent(), '€450,000 – €1,000,000');
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'demo-category-iv.png'), fullPage: true });
  assert.deepEqual(problems, []);
});

test('two embedded instances keep their own state', async () => {
  const { page, problems } = await openPage(browser.context, new URL('embed-demo.html', site.url).href);
  const all = await widgets(page, 2);
  assert.equal(await all.count(), 2);
  await all.nth(1).getByLabel('Fine category').selectOption({ label: 'Category II' });
  await page.waitForFunction(
    () => document.querySelectorAll('.gfs-basic')[1]?.textContent === '€310,000',
    null,
    { timeout: 5_000 },
  );
  assert.equal(await all.nth(0).locator('.gfs-basic').textContent(), '€100,000', 'first instance unchanged');
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'embed-demo.png'), fullPage: true });
  assert.deepEqual(problems, []);
});

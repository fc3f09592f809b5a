// A widget below the fold does not go live before it is wanted: its first view answers until it
// comes near the viewport, the reader touches it, the page asks something of it, or the main
// thread is idle — so that its render is out of the way of the widget the reader looks at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteAndBrowser } from './support/fixture.mjs';
import { openPage } from './support/browser.mjs';

const ctx = siteAndBrowser();

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="gdpr-fine-simulator.js"></script></head><body>
<gdpr-fine-simulator id="top"></gdpr-fine-simulator>
<div style="height:4000px"></div>
<gdpr-fine-simulator id="below" preset="haga-2019"></gdpr-fine-simulator>
</body></html>`;

/**
 * A page with two widgets, the second 4,000 px down, loaded as a visitor loads it: both first
 * views on screen before the wasm arrives. An idle main thread never comes (stubbed), so that
 * only what the test does can wake the second.
 */
async function twoWidgets() {
  const { page, problems } = await openPage(ctx.browser.context, 'about:blank');
  await page.addInitScript(() => { window.requestIdleCallback = () => 0; });
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/gfs-widget_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.route('**/defer.html', (route) => route.fulfill({ body: PAGE, contentType: 'text/html' }));
  await page.goto(new URL('defer.html', ctx.site.url).href);
  await page.waitForFunction(() => ['top', 'below'].every((id) => document.getElementById(id).shadowRoot?.querySelector('.gfs-first-view [data-testid=final]')), null, { timeout: 20_000 });
  release();
  const ready = (id) => page.evaluate((id) => document.getElementById(id).dataset.gfsReady !== undefined, id);
  await page.waitForFunction(() => document.getElementById('top').dataset.gfsReady !== undefined, null, { timeout: 20_000 });
  return { page, problems, ready };
}

test('a widget below the fold stays on its first view until it is scrolled near', async () => {
  const { page, problems, ready } = await twoWidgets();
  await page.waitForTimeout(1500);
  assert.equal(await ready('below'), false, 'the widget below the fold went live unasked');
  // Its first view shows Haga's result meanwhile (AP, 18 Jun 2019: €460,000).
  assert.equal(await page.locator('#below .gfs-first-view [data-testid=final]').textContent(), '€460,000');
  await page.locator('#below').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.getElementById('below').dataset.gfsReady !== undefined, null, { timeout: 20_000 });
  assert.deepEqual(problems, []);
});

test('typing on the first view below the fold wakes it, and the typing reaches the live widget', async () => {
  const { page, problems, ready } = await twoWidgets();
  assert.equal(await ready('below'), false);
  const turnover = page.locator('#below .gfs-first-view [id$="-u-turnover"]');
  // The reader focuses the field and types: the widget goes live meanwhile, and the hand-over
  // moves the focus to the same field of the live widget, where the keys go on.
  await turnover.evaluate((el) => el.focus({ preventScroll: true }));
  await page.keyboard.type('2bn', { delay: 30 });
  await page.waitForFunction(() => document.getElementById('below').dataset.gfsReady !== undefined, null, { timeout: 20_000 });
  // Haga: Art. 32 under Art. 83(4); 2 % of €2bn = €40,000,000.
  await page.waitForFunction(() => document.getElementById('below').shadowRoot.querySelector('[data-testid=maximum]')?.textContent === '€40,000,000', null, { timeout: 10_000 });
  assert.deepEqual(problems, []);
});

test('the page asking for its scenario wakes it, and a scenario set meanwhile is taken', async () => {
  const { page, problems, ready } = await twoWidgets();
  assert.equal(await ready('below'), false);
  await page.evaluate(() => {
    const el = document.getElementById('below');
    el.setScenario({ method: 'edpb-2023', undertaking: { turnover: '1000000000' }, infringements: [{ article: '5(1)(a)' }] });
  });
  await page.waitForFunction(() => document.getElementById('below').dataset.gfsReady !== undefined, null, { timeout: 20_000 });
  // Art. 83(5): 4 % of €1bn = €40,000,000.
  await page.waitForFunction(() => document.getElementById('below').shadowRoot.querySelector('[data-testid=maximum]')?.textContent === '€40,000,000', null, { timeout: 10_000 });
  assert.deepEqual(problems, []);
});

// axe-core on the rendered widget, with the WCAG 2 A and AA rules a screen reader or keyboard
// user would trip on, for each preset and for the error state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { siteAndBrowser } from './support/fixture.mjs';
import { openPage } from './support/browser.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const ctx = siteAndBrowser();

async function violations(page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

for (const preset of ['CP&A B.V. 2020', 'Amazon France Logistique 2023', 'HagaZiekenhuis 2019']) {
  test(`no WCAG 2 A/AA violations: ${preset}, factors open`, async () => {
    const { page } = await openPage(ctx.browser.context, ctx.site.url);
    await page.waitForSelector('.gfs [data-testid=final]', { timeout: 15_000 });
    await page.getByRole('button', { name: preset }).click();
    await page.locator('.gfs-factors summary').first().click();
    await page.locator('.gfs-step details summary').first().click();
    assert.deepEqual(await violations(page), []);
  });
}

test('no WCAG 2 A/AA violations with an adjustment after the calculation', async () => {
  const { page } = await openPage(ctx.browser.context, ctx.site.url);
  await page.waitForSelector('.gfs [data-testid=final]', { timeout: 15_000 });
  await page.getByRole('button', { name: 'Add an adjustment' }).click();
  await page.waitForSelector('.gfs-later');
  assert.deepEqual(await violations(page), []);
});

test('no WCAG 2 A/AA violations with an error showing', async () => {
  const { page } = await openPage(ctx.browser.context, ctx.site.url);
  await page.waitForSelector('.gfs [data-testid=final]', { timeout: 15_000 });
  await page.getByLabel('GDPR article infringed').first().fill('banana');
  await page.waitForSelector('.gfs-msg-error');
  assert.deepEqual(await violations(page), []);
});

test('every control can be reached with the keyboard and shows its focus', async () => {
  const { page } = await openPage(ctx.browser.context, ctx.site.url);
  await page.waitForSelector('.gfs [data-testid=final]', { timeout: 15_000 });
  await page.locator('.gfs-presets button').first().focus();
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focused control has a visible outline');
  // Tab through the widget: focus must move forward through distinct controls, never stick.
  const seen = new Set();
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    seen.add(await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.slice(0, 30)));
  }
  assert.ok(seen.size >= 20, `focus visited ${seen.size} distinct controls`);
});

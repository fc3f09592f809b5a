// The case library as a student or a lawyer finds it: the entry on the bar, the comparable
// decisions beside CP&A and Amazon, and the filter by country.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteAndBrowser } from './support/fixture.mjs';
import { openPage } from './support/browser.mjs';

const ctx = siteAndBrowser();

async function widgetOf(page) {
  await page.waitForFunction(() => document.querySelector('.gfs [data-testid=final]'), null, { timeout: 15_000 });
  return page.locator('.gfs').first();
}

for (const [button, own] of [
  ['CP&A B.V. 2020', 'cpa-2020'],
  ['Amazon France Logistique 2023', 'amazon-fr-2023'],
]) {
  test(`comparable decisions show beside ${own}`, async () => {
    const { page, problems } = await openPage(ctx.browser.context, ctx.site.url);
    const widget = await widgetOf(page);
    await widget.getByRole('button', { name: button }).click();
    await widget.locator('.gfs-comparable > summary').click();
    const items = widget.locator('[data-testid=comparable] > li');
    await items.first().waitFor({ timeout: 10_000 });
    assert.equal(await items.count(), 5);
    const ids = await items.evaluateAll((els) => els.map((e) => e.dataset.case));
    assert.ok(!ids.includes(own), `the case itself is not its own comparable: ${ids}`);
    // Each says what was decided (an amount in euros) and how it differs, or that it is alike.
    for (const text of await items.allTextContents()) {
      assert.match(text, /€[\d,]+/);
    }
    // Opening one makes it the case on screen.
    await items.first().getByRole('button').click();
    await page.waitForFunction((id) => !document.querySelector(`.gfs [data-testid=comparable] li[data-case="${id}"]`), ids[0]);
    assert.deepEqual(problems, []);
  });
}

test('the bar opens the library, which filters by country', async () => {
  const { page, problems } = await openPage(ctx.browser.context, ctx.site.url);
  const widget = await widgetOf(page);
  await widget.locator('.gfs-library-entry').click();
  const cases = widget.locator('.gfs-cases > .gfs-case');
  await cases.first().waitFor({ timeout: 10_000 });
  const all = await cases.count();
  const countries = await cases.evaluateAll((els) => [...new Set(els.map((e) => e.dataset.country))]);
  assert.ok(countries.length >= 2, `${countries}`);
  await widget.locator('select[id$="-library-country"]').selectOption('FR');
  await page.waitForFunction((n) => document.querySelectorAll('.gfs .gfs-cases > .gfs-case').length < n, all);
  const shown = await cases.evaluateAll((els) => els.map((e) => e.dataset.country));
  assert.ok(shown.length > 0 && shown.every((c) => c === 'FR'), `${shown}`);
  assert.match(await widget.locator('[data-testid=library-count]').textContent(), new RegExp(`^${shown.length} of ${all} decisions$`));
  assert.deepEqual(problems, []);
});

test('adding an infringement keeps the result of the others on screen, and the new card says what it needs', async () => {
  const { page, problems } = await openPage(ctx.browser.context, ctx.site.url);
  const widget = await widgetOf(page);
  await widget.getByRole('button', { name: 'Add an infringement' }).click();
  await page.waitForSelector('.gfs [data-testid=left-out]');
  // CP&A (AP, 24 Mar 2020): €725,000 + €310,000 = €1,035,000, cut to €15,000 — still shown.
  assert.equal(await widget.locator('[data-testid=final]').textContent(), '€15,000');
  assert.match(await widget.locator('[data-testid=left-out]').textContent(), /^Infringement 3 is not in this result until it is complete/);
  assert.equal(await widget.locator('.gfs-error').count(), 0);
  const article = widget.getByLabel('GDPR article infringed').nth(2);
  assert.equal(await article.getAttribute('aria-invalid'), 'true');
  const message = await widget.locator('[id$="-i2-article-msg"]').textContent();
  assert.match(message, /^enter an article, e\.g\. 32\(1\) or 5\(1\)\(c\)$/);
  assert.ok(!(await widget.textContent()).includes('infringements['), 'no reader sees a field path');
  // Filled in, it counts: Art. 32(1), category II (basic fine €310,000) in the AP 2019 rules.
  await article.fill('32(1)');
  await page.waitForFunction(() => !document.querySelector('.gfs [data-testid=left-out]'));
  assert.equal(await widget.locator('[data-testid=before]').textContent(), '€1,345,000');
  assert.deepEqual(problems, []);
});

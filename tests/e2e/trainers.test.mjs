// What trainers and students do around a scenario: share it as a link, compare two, print a
// memo, export and import it, guess before the reveal, and browse the case library.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { siteAndBrowser } from './support/fixture.mjs';
import { openPage, SCREENSHOT_DIR } from './support/browser.mjs';

const ctx = siteAndBrowser();

async function open(url = ctx.site.url) {
  const { page, problems } = await openPage(ctx.browser.context, url);
  await page.waitForSelector('.gfs [data-testid=final], .gfs .gfs-guess', { timeout: 15_000 });
  return { page, problems, widget: page.locator('.gfs').first() };
}

async function finalIs(page, text) {
  await page.waitForFunction((t) => document.querySelector('.gfs [data-testid=final]')?.textContent === t, text, { timeout: 5_000 });
}

test('a share link opens exactly the scenario it was made from', async () => {
  const { page, problems, widget } = await open();
  await widget.getByRole('button', { name: 'HagaZiekenhuis 2019' }).click();
  await widget.getByLabel('(c) effect').selectOption('mitigating');
  await finalIs(page, '€429,000');
  await widget.getByRole('button', { name: 'Copy share link' }).click();
  const link = await widget.getByLabel('Share link').inputValue();
  assert.match(link, /#gfs=v1\.[A-Za-z0-9_-]+$/);
  const second = await open(link);
  await finalIs(second.page, '€429,000');
  assert.match(await second.widget.locator('.gfs-notice').textContent(), /shared link/);
  assert.deepEqual([...problems, ...second.problems], []);
});

test('a damaged share link says so and shows the default case', async () => {
  const { page, problems, widget } = await open(`${ctx.site.url}#gfs=v1.this-is-not-a-scenario`);
  await finalIs(page, '€15,000');
  assert.match(await widget.locator('.gfs-notice-error').textContent(), /could not be opened/);
  assert.deepEqual(problems, []);
});

test('pinning A and editing B shows the difference; the influence chart shows what moves B most', async () => {
  const { page, problems, widget } = await open();
  await widget.getByRole('button', { name: 'HagaZiekenhuis 2019' }).click();
  await widget.getByRole('button', { name: 'Pin as A to compare' }).click();
  await widget.getByLabel('(b) effect').selectOption('neutral');
  await finalIs(page, '€385,000');
  const compare = widget.locator('.gfs-compare');
  const finalRow = compare.locator('tr', { hasText: 'Simulated fine' }).first();
  assert.match(await finalRow.textContent(), /€460,000.*€385,000.*-€75,000/);
  // Category II, band €120,000–€500,000 (Boetebeleidsregels 2019, art. 2.3): where the fine lies
  // in the band moves it most; then (a), +€75,000 (AP 18 Jun 2019, § 4.4.1).
  const items = widget.locator('.gfs-influence li');
  assert.match(await items.first().textContent(), /Art\. 32\(1\): point in the band.*€120,000 – €500,000/);
  assert.match(await items.nth(1).textContent(), /\(a\).*€310,000 – €385,000/);
  assert.deepEqual(problems, []);
});

test('the print view is a memo: inputs, every step with its citation, the disclaimer', async () => {
  const { page, problems, widget } = await open();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await widget.locator('.gfs-inputs').isVisible(), false);
  assert.equal(await widget.locator('.gfs-memo').isVisible(), true);
  assert.match(await widget.locator('.gfs-memo').textContent(), /not legal advice.*Art\. 9\(1\)/s);
  const explanations = await widget.locator('.gfs-step-print').evaluateAll((els) => els.filter((e) => e.offsetParent !== null).length);
  const steps = await widget.locator('.gfs-step').count();
  assert.equal(explanations, steps, 'every step prints its explanation');
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'print-memo.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(problems, []);
});

test('export gives a JSON file that imports back; a bad file changes nothing', async () => {
  const { page, problems, widget } = await open();
  await widget.getByRole('button', { name: 'Amazon France Logistique 2023' }).click();
  await finalIs(page, '€32,000,000');
  const [download] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'Export JSON' }).click()]);
  const dir = await mkdtemp(join(tmpdir(), 'gfs-export-'));
  const file = join(dir, 'scenario.json');
  await download.saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(exported.format, 'gdpr-fine-simulator/export');
  assert.equal(exported.assessment.final_amount, '32000000');
  await widget.getByRole('button', { name: 'CP&A B.V. 2020' }).click();
  await finalIs(page, '€15,000');
  await widget.locator('input[type=file]').setInputFiles(file);
  await finalIs(page, '€32,000,000');
  const bad = join(dir, 'bad.json');
  await writeFile(bad, '{"method": "astrology"}');
  await widget.locator('input[type=file]').setInputFiles(bad);
  await page.waitForSelector('.gfs-notice-error');
  assert.match(await widget.locator('.gfs-notice-error').textContent(), /could not be imported.*method/);
  assert.equal(await widget.locator('[data-testid=final]').textContent(), '€32,000,000');
  assert.deepEqual(problems, []);
});

test('workshop mode hides the result until a guess, then shows guess, simulation and decision', async () => {
  const { page, problems, widget } = await open();
  await widget.getByLabel('Workshop: guess first').check();
  await widget.getByRole('button', { name: 'HagaZiekenhuis 2019' }).click();
  assert.equal(await widget.locator('[data-testid=final]').count(), 0, 'result hidden');
  assert.equal(await widget.locator('.gfs-trail').count(), 0, 'steps hidden');
  assert.equal(await widget.getByRole('button', { name: 'Reveal' }).isDisabled(), true);
  await widget.getByLabel('Your guess (€)').fill('400k');
  await widget.getByRole('button', { name: 'Reveal' }).click();
  await finalIs(page, '€460,000');
  assert.match(await widget.locator('[data-testid=guess]').textContent(), /€400,000 — below the simulation \(87% of it\)/);
  assert.match(await widget.locator('.gfs-actual').textContent(), /Rechtbank Den Haag.*€350,000.*reconstructed/);
  assert.deepEqual(problems, []);
});

test('the case library lists the cases, filters them and opens one', async () => {
  const { page, problems, widget } = await open();
  const lib = widget.locator('.gfs-library');
  await lib.locator('summary').click();
  // The cases are built when the library opens (after its toggle event): wait for them.
  await lib.locator('.gfs-case').first().waitFor();
  const all = await lib.locator('.gfs-case').count();
  assert.ok(all >= 3, `cases: ${all}`);
  await lib.getByLabel('Country').selectOption('FR');
  const fr = await lib.locator('.gfs-case').evaluateAll((els) => els.map((e) => e.dataset.case));
  assert.ok(fr.length >= 1 && fr.every((id) => id.includes('-fr-')), fr.join());
  await lib.getByLabel('Country').selectOption('');
  await lib.getByLabel('Method').selectOption('ap-2019');
  const ap = await lib.locator('.gfs-case .gfs-case-meta').allTextContents();
  assert.ok(ap.length >= 2 && ap.every((m) => m.includes('AP 2019')), ap.join(' | '));
  assert.ok((await lib.locator('.gfs-case').first().textContent()).includes('simulated exactly'));
  await lib.locator('.gfs-case[data-case=haga-2019] button').click();
  await finalIs(page, '€460,000');
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'library.png'), fullPage: true });
  assert.deepEqual(problems, []);
});

// The UK ICO's method in pounds: an English and a Dutch widget open the 23andMe notice, show its
// £2,310,000, change the seriousness and the turnover, and print the memo in pounds, with no
// euro sign anywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { siteAndBrowser } from './support/fixture.mjs';
import { openCase } from './support/browser.mjs';

const ctx = siteAndBrowser();

/** Text with every kind of space as a plain one (Dutch writes "£ 2.310.000" with a no-break space). */
const plain = (s) => s.replace(/\s/g, ' ');

async function widget(lang) {
  const w = await openCase(ctx.browser.context, ctx.site.url, 'ico-23andme-2025', lang);
  await w.page.evaluate(() => { window.print = () => {}; });
  return w;
}

async function printedText(page) {
  const dir = await mkdtemp(join(tmpdir(), 'gfs-print-'));
  try {
    const pdf = join(dir, 'memo.pdf');
    await writeFile(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    return plain(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })).replace(/ +/g, ' ');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// Penalty Notice to 23andMe, 5 Jun 2025: £17.5m × 60 % (¶ 381) × 20 % (¶ 390) = £2,100,000 (¶ 391),
// +10 % = £2,310,000 (¶ 393). Medium seriousness (10–20 %, ¶ 140 of DPP Law): a new level starts
// at the middle of its band, 15 %: £17.5m × 15 % × 20 % × 1.1 = £577,500. A turnover of £5m:
// Table B's £2–10m row, 0.4–2 %; the notice's 20 % moves to 2 %: £17.5m × 15 % × 2 % × 1.1 = £57,750.
for (const [lang, texts] of [
  ['en', { start: '£2,310,000', medium: '£577,500', small: '£57,750', print: 'Print memo', level: 'medium', point: ['Table B', '0.4% – 2%', 'step 1'], limit: '£10,000,000,000,000' }],
  ['nl', { start: '£ 2.310.000', medium: '£ 577.500', small: '£ 57.750', print: 'Memo afdrukken', level: 'medium', point: ['tabel B', '0,4% en 2%', 'stap 1'], limit: '£ 10.000.000.000.000' }],
]) {
  test(`${lang}: 23andMe in pounds — £2,310,000, then the seriousness and the turnover changed, and the memo`, async () => {
    const { page, problems, final, root } = await widget(lang);
    assert.equal(await final(texts.start), texts.start);
    await root.locator('[id$="-i0-level"]').selectOption(texts.level);
    assert.equal(await final(texts.medium), texts.medium);
    await root.locator('[id$="-u-turnover"]').fill('5m');
    assert.equal(await final(texts.small), texts.small);
    // Table B's percentage is of the step 1 amount, not of an EDPB "starting amount".
    const point = plain(await root.locator('label[for$="-u-tpoint"]').textContent());
    for (const part of texts.point) assert.ok(point.includes(part), point);
    // No euro sign anywhere in the widget: every amount, label and step is in pounds.
    const shown = await page.evaluate(() => document.querySelector('gdpr-fine-simulator').shadowRoot.textContent);
    assert.ok(!shown.includes('€'), `a euro sign in the ${lang} widget`);
    assert.ok(shown.includes('£'));
    await root.getByRole('button', { name: texts.print }).click();
    const printed = await printedText(page);
    assert.ok(printed.includes(texts.small), printed.slice(0, 600));
    assert.ok(printed.includes('ICO Data Protection Fining Guidance (2024)'), printed.slice(0, 600));
    assert.ok(!printed.includes('€'), 'a euro sign in the printed memo');
    // A turnover beyond the engine's limit (10^13) is refused next to the field, in pounds.
    await root.locator('[id$="-u-turnover"]').fill('20000000bn');
    const msg = root.locator('[id$="-u-turnover-msg"]');
    await page.waitForFunction((l) => document.querySelector('gdpr-fine-simulator').shadowRoot
      .querySelector('[id$="-u-turnover-msg"]')?.textContent.replace(/\s/g, ' ').includes(l), texts.limit, { timeout: 10_000 }).catch(() => {});
    const refused = plain(await msg.textContent());
    assert.ok(refused.includes(texts.limit) && !refused.includes('€'), refused);
    assert.deepEqual(problems, []);
  });
}

test('the fine-change event says GBP and carries no euro-named amount', async () => {
  const { page, final } = await widget('en');
  await final('£2,310,000');
  const detail = await page.evaluate(() => new Promise((resolve) => {
    const el = document.querySelector('gdpr-fine-simulator');
    el.addEventListener('fine-change', (e) => resolve(e.detail), { once: true });
    el.setScenario({ ...el.getScenario(), undertaking: { ...el.getScenario().undertaking, turnover: '5000000' } });
  }));
  assert.equal(detail.currency, 'GBP');
  assert.equal(detail.final_amount, '231000');
  assert.ok(Object.keys(detail).every((k) => !/eur/i.test(k)), Object.keys(detail).join());
});

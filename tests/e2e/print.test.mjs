// "Print memo" prints the memo of that widget and nothing of the host page: no header,
// navigation, page text, footer or other widget. Printed to PDF by Chromium, read back with
// pdftotext, on A4 and Letter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { siteAndBrowser } from './support/fixture.mjs';
import { openPage } from './support/browser.mjs';

const ctx = siteAndBrowser();

async function printedText(page, format) {
  const dir = await mkdtemp(join(tmpdir(), 'gfs-print-'));
  try {
    const pdf = join(dir, 'memo.pdf');
    await writeFile(pdf, await page.pdf({ format, printBackground: true }));
    return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('the law firm page prints the first widget memo alone, on A4 and Letter', async () => {
  const { page, problems } = await openPage(ctx.browser.context, new URL('law-firm.html', ctx.site.url).href);
  // The browser's print dialog is not what is tested: what the page looks like in print is.
  await page.evaluate(() => { window.print = () => {}; });
  await page.waitForFunction(() => document.querySelectorAll('gdpr-fine-simulator').length === 2 &&
    [...document.querySelectorAll('gdpr-fine-simulator')].every((w) => w.shadowRoot?.querySelector('.gfs [data-testid=final]')), null, { timeout: 20_000 });
  const first = page.locator('#first');
  for (const format of ['A4', 'Letter']) {
    // Each print is asked for anew: the page is itself again once it has printed (afterprint).
    await first.getByRole('button', { name: 'Memo afdrukken' }).click();
    const text = (await printedText(page, format)).replace(/\s+/g, ' ');
    // The memo: its title, the version that printed it, the case and its fidelity, the disclaimer.
    assert.match(text, /Simulatie van een AVG-boete — memo/);
    assert.match(text, /versie \d+\.\d+\.\d+/);
    assert.match(text, /CP&A/);
    assert.match(text, /€ 15\.000/);
    assert.match(text, /geen juridisch advies/);
    // Nothing of the host page, and nothing of the other widget (Amazon, €32,000,000).
    for (const host of ['Van Dijk & Partners', 'Hoofdmenu', 'Wat kost een AVG-overtreding', 'Probeer het zelf', 'Affaire française', 'Advocaten', 'Amazon France']) {
      assert.ok(!text.includes(host), `${format}: "${host}" printed`);
    }
  }
  assert.deepEqual(problems, []);
});

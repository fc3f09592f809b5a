// Browser timings for `make bench` (figures, not a pass/fail test): headless Chromium on
// 127.0.0.1 against the built site.
//   first render: navigation start → the widget's result `.gfs [data-testid=final]` in the DOM,
//                 over RENDER_RUNS cold loads (a new browser context each: empty HTTP and code
//                 caches), read in the page from performance.now() (0 = navigation start);
//   interaction:  a new turnover typed into the turnover field (Amazon preset) → the legal
//                 maximum on screen shows it; and a factor's effect select flipped → the final
//                 amount changes. Timed in the page: the input event is dispatched, then a
//                 MutationObserver sees the new text. Over INTERACTION_RUNS changes each.
// Prints a table and, with --json FILE, writes the figures.
//   node tests/perf/browser-bench.mjs [--site DIR] [--json FILE]
import { chromium } from 'playwright-core';
import { writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { serveStatic } from '../e2e/support/static-server.mjs';
import { CHROMIUM_ARGS } from '../e2e/support/browser.mjs';

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const SITE = resolve(arg('--site') ?? new URL('../../dist', import.meta.url).pathname);
const JSON_OUT = arg('--json');
// --render-only: first render alone (for the empty-app baseline, which has no inputs).
const RENDER_ONLY = process.argv.includes('--render-only');
const RENDER_RUNS = Number(process.env.RENDER_RUNS ?? 25);
const INTERACTION_RUNS = Number(process.env.INTERACTION_RUNS ?? 120);
const TURNOVER_LABEL = 'Worldwide annual turnover of the group (€)';
const PRESET_BUTTON = 'Amazon France Logistique 2023';

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { n: s.length, median: (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2, p95: q(0.95), min: s[0], max: s[s.length - 1] };
}

/**
 * Records, from navigation start, when the first `.gfs [data-testid=final]` appears, in the
 * document or in a shadow root (the custom element renders into one): every shadow root is
 * watched from the moment it is attached, a declarative one (a first view in the page's HTML)
 * from when the document's parser has put its host in.
 */
const WATCH_FIRST_RENDER = () => {
  const watched = new Set();
  const seen = (root) => () => {
    if (window.__gfsFirstRender === undefined && root.querySelector('.gfs [data-testid=final]')) {
      window.__gfsFirstRender = performance.now();
    }
  };
  const watch = (root) => {
    if (watched.has(root)) return;
    watched.add(root);
    new MutationObserver(seen(root)).observe(root, { childList: true, subtree: true });
    seen(root)();
  };
  new MutationObserver(() => {
    seen(document)();
    for (const host of document.querySelectorAll('gdpr-fine-simulator')) if (host.shadowRoot) watch(host.shadowRoot);
  }).observe(document, { childList: true, subtree: true });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const shadow = attach.call(this, init);
    watch(shadow);
    return shadow;
  };
};

/** First render over RENDER_RUNS cold loads of `url`; `latencyMs` adds that round-trip time to
 * every request (Chrome's network emulation), as a visitor far from the server would see. */
async function firstRender(browser, url, latencyMs = 0) {
  const times = [];
  for (let i = 0; i < RENDER_RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 900, height: 640 } });
    const page = await context.newPage();
    if (latencyMs) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: latencyMs, downloadThroughput: -1, uploadThroughput: -1 });
    }
    await page.addInitScript(WATCH_FIRST_RENDER);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__gfsFirstRender !== undefined, null, { timeout: 15_000 });
    times.push(await page.evaluate(() => window.__gfsFirstRender));
    await context.close();
  }
  return times;
}

/**
 * In the page: sets `input` (an <input> or <select>) to each value in turn, dispatching the
 * event Yew listens to, and times until `probe()` (the text the change must alter) differs.
 */
const TIME_CHANGES = async ({ selector, probe, values, event }) => {
  const el = document.querySelector(selector);
  const read = () => document.querySelector(probe)?.textContent;
  const out = [];
  for (const v of values) {
    const before = read();
    const changed = new Promise((done, fail) => {
      const check = () => {
        if (read() !== before) {
          obs.disconnect();
          done(performance.now());
          return true;
        }
        return false;
      };
      const obs = new MutationObserver(check);
      obs.observe(document.querySelector('.gfs'), { childList: true, subtree: true, characterData: true, attributes: true });
      setTimeout(() => {
        obs.disconnect();
        fail(new Error(`no change after ${selector} = ${v} (still ${read()})`));
      }, 5000);
      window.__check = check;
    });
    const t0 = performance.now();
    el.value = v;
    el.dispatchEvent(event === 'input' ? new InputEvent('input', { bubbles: true }) : new Event('change', { bubbles: true }));
    window.__check(); // Yew may already have patched the DOM synchronously.
    out.push((await changed) - t0);
    // Let the browser paint and settle between changes, as between two keystrokes.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }
  return out;
};

async function interactions(browser, url) {
  const context = await browser.newContext({ viewport: { width: 900, height: 640 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('.gfs [data-testid=final]', { timeout: 15_000 });
  const widget = page.locator('.gfs').first();
  await widget.getByRole('button', { name: PRESET_BUTTON }).click();
  await page.waitForFunction(() => document.querySelector('.gfs [data-testid=final]')?.textContent === '€32,000,000');
  const turnoverId = await widget.getByLabel(TURNOVER_LABEL, { exact: true }).getAttribute('id');
  // Each a different turnover, so each changes the legal maximum (4 % of the turnover).
  const turnovers = Array.from({ length: INTERACTION_RUNS }, (_, i) => `${1000 + 7 * i}m`);
  const typing = await page.evaluate(TIME_CHANGES, {
    selector: `#${turnoverId}`,
    probe: '.gfs [data-testid=maximum]',
    values: turnovers,
    event: 'input',
  });
  // Flip a factor between mitigating and aggravating on the CP&A case (AP 2019 method); the
  // amount before proportionality shows it (the final amount is capped at what CP&A can bear).
  await widget.getByRole('button', { name: 'CP&A B.V. 2020' }).click();
  await page.waitForFunction(() => document.querySelector('.gfs [data-testid=final]')?.textContent === '€15,000');
  // The factor rows are only built once their panel is opened.
  await widget.locator('.gfs-factors summary').first().click();
  await page.waitForSelector('.gfs .gfs-factors select');
  const selectId = await page.evaluate(() => {
    const sel = [...document.querySelectorAll('.gfs select')].find((s) => s.id.endsWith('-effect') && [...s.options].some((o) => o.value === 'aggravating'));
    return sel?.id;
  });
  if (!selectId) throw new Error('no factor effect select found');
  const flips = Array.from({ length: INTERACTION_RUNS }, (_, i) => (i % 2 === 0 ? 'mitigating' : 'aggravating'));
  const flipping = await page.evaluate(TIME_CHANGES, {
    selector: `#${selectId}`,
    probe: '.gfs [data-testid=before]',
    values: flips,
    event: 'change',
  });
  await context.close();
  return { typing, flipping };
}

const site = await serveStatic(SITE);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
try {
  const render = stats(await firstRender(browser, site.url));
  const result = { site: SITE, first_render_ms: render };
  // Through the embed script, as a law firm's page loads it (two custom elements), on this
  // machine and with a 40 ms round trip, where the order of the requests shows.
  const EMBED_PAGE = 'law-firm.html';
  const embedPage = !RENDER_ONLY && existsSync(join(SITE, EMBED_PAGE));
  if (embedPage) {
    result.embed_first_render_ms = stats(await firstRender(browser, new URL(EMBED_PAGE, site.url).href));
    result.embed_first_render_40ms_rtt_ms = stats(await firstRender(browser, new URL(EMBED_PAGE, site.url).href, 40));
  }
  if (!RENDER_ONLY) {
    const { typing, flipping } = await interactions(browser, site.url);
    Object.assign(result, { turnover_typing_ms: stats(typing), factor_flip_ms: stats(flipping) });
  }
  const row = (name, s) => console.log(`${name.padEnd(44)} ${String(s.n).padStart(4)} ${s.median.toFixed(1).padStart(8)} ${s.p95.toFixed(1).padStart(8)} ${s.max.toFixed(1).padStart(8)}`);
  console.log(`${`browser timing (ms), ${basename(SITE)}/`.padEnd(44)} ${'n'.padStart(4)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}`);
  row('first render (cold load → result in DOM)', render);
  if (embedPage) {
    row('first render, embed script (law-firm.html)', result.embed_first_render_ms);
    row('  the same, 40 ms round trip', result.embed_first_render_40ms_rtt_ms);
  }
  if (!RENDER_ONLY) {
    row('turnover typed → legal maximum updated', result.turnover_typing_ms);
    row('factor select flipped → amount updated', result.factor_flip_ms);
  }
  if (JSON_OUT) await writeFile(JSON_OUT, JSON.stringify(result, null, 2));
} finally {
  await browser.close();
  await site.close();
}

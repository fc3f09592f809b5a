// Debian's headless Chromium driven by playwright-core: Playwright's own browser download cannot
// reach its host from here, and the system browser is what the wasm tests use too.
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where screenshots go: under target/, which git ignores. */
export const SCREENSHOT_DIR = new URL('../../../target/e2e/', import.meta.url).pathname;

/**
 * A browser context with a fresh profile of its own, closed and deleted by `close()`.
 * A persistent context because it is the way to give Chromium its own profile directory.
 */
export async function launch() {
  const profile = await mkdtemp(join(tmpdir(), 'gfs-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 900, height: 640 },
  });
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens `url` in a new page and records everything that would mean a broken page for a visitor:
 * console errors, uncaught exceptions, failed requests and HTTP errors.
 */
export async function openPage(context, url) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

/**
 * A page holding one `<gdpr-fine-simulator>` that opens case `preset` in `lang`, once live.
 * `final(expected)` waits (up to 5 s) for the result to read `expected` and returns what it reads,
 * every kind of space as a plain one (Dutch and French amounts hold no-break spaces).
 */
export async function openCase(context, siteUrl, preset, lang = 'en') {
  const { page, problems } = await openPage(context, new URL('embed-demo.html', siteUrl).href);
  await page.evaluate(([preset, lang]) => {
    document.body.innerHTML = '';
    const el = document.createElement('gdpr-fine-simulator');
    el.setAttribute('lang', lang);
    el.setAttribute('preset', preset);
    document.body.append(el);
  }, [preset, lang]);
  await page.waitForFunction(() => document.querySelector('gdpr-fine-simulator')?.dataset.gfsReady !== undefined, null, { timeout: 20_000 });
  const root = page.locator('gdpr-fine-simulator .gfs');
  const plain = (s) => s.replace(/\s/g, ' ');
  const final = async (expected) => {
    await page.waitForFunction((e) => document.querySelector('gdpr-fine-simulator').shadowRoot
      .querySelector('[data-testid=final]')?.textContent.replace(/\s/g, ' ') === e, expected, { timeout: 5_000 }).catch(() => {});
    return plain(await root.locator('[data-testid=final]').textContent());
  };
  return { page, problems, root, final, plain };
}

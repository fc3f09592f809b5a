// The widget on other people's pages: the custom element and its attributes, the JS API and its
// event, theming without leaks either way, a strict CSP, the iframe embed, and no traffic,
// cookies or storage of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { siteAndBrowser } from './support/fixture.mjs';
import { openPage, SCREENSHOT_DIR } from './support/browser.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const ctx = siteAndBrowser({ headers: (path) => (path === '/csp.html' ? { 'content-security-policy': CSP } : {}) });

/**
 * Text inside an element's shadow root, once it is there, with every kind of space as a plain
 * one: Intl writes "32 000 000 €" with narrow no-break spaces in French.
 */
async function shadowText(page, hostSelector, selector, expected) {
  const read = ([h, s]) => document.querySelector(h)?.shadowRoot?.querySelector(s)?.textContent?.replace(/\s/g, ' ') ?? null;
  if (expected !== undefined) {
    await page.waitForFunction((args) => {
      const [h, s, e] = args;
      return document.querySelector(h)?.shadowRoot?.querySelector(s)?.textContent?.replace(/\s/g, ' ') === e;
    }, [hostSelector, selector, expected], { timeout: 15_000 }).catch(() => {});
  } else {
    await page.waitForFunction(([h, s]) => document.querySelector(h)?.shadowRoot?.querySelector(s), [hostSelector, selector], { timeout: 15_000 });
  }
  return page.evaluate(read, [hostSelector, selector]);
}

/** Holds the wasm's download back until the returned function is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/gfs-widget_bg.wasm', async (route) => { await held; await route.continue(); });
  return release;
}

/**
 * Waits until the widget of `hostSelector` is live, its first view replaced: a first view shows
 * the same result at once, but its inputs only once they come near the viewport.
 */
const whenLive = (page, hostSelector) =>
  page.waitForFunction((h) => document.querySelector(h)?.dataset.gfsReady !== undefined, hostSelector);

/** The recorded requests for the site's file `name` (a path under the site's folder). */
const named = (requests, name) => requests.filter((u) => new URL(u).pathname.endsWith(`/${name}`));

async function openRecorded(path) {
  const requests = [];
  const { page, problems } = await openPage(ctx.browser.context, 'about:blank');
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(new URL(path, ctx.site.url).href, { waitUntil: 'load' });
  return { page, problems, requests };
}

test('law-firm page: two independent instances, attributes drive them, fine-change reports', async () => {
  const { page, problems, requests } = await openRecorded('law-firm.html');
  // The page is Dutch; the second widget sits in a French section: each takes its language.
  assert.equal(await shadowText(page, '#first', '[data-testid=final]', '€ 15.000'), '€ 15.000');
  assert.equal(await shadowText(page, '#second', '[data-testid=final]', '32 000 000 €'), '32 000 000 €');
  assert.equal(await shadowText(page, '#first', '.gfs-final-label'), 'Gesimuleerde boete');
  assert.equal(await shadowText(page, '#second', '.gfs-final-label'), 'Amende simulée');
  // The host page's `.gfs { display: none }` and button rules do not reach into the widget.
  const visible = await page.evaluate(() => getComputedStyle(document.querySelector('#first').shadowRoot.querySelector('.gfs')).display);
  assert.notEqual(visible, 'none');
  const transform = await page.evaluate(() => getComputedStyle(document.querySelector('#first').shadowRoot.querySelector('button')).textTransform);
  assert.equal(transform, 'none');
  // The page's theme property reaches in; the widget's styles do not leak out.
  const accent = await page.evaluate(() => getComputedStyle(document.querySelector('#first').shadowRoot.querySelector('.gfs-final-amount')).color);
  assert.equal(accent, 'rgb(122, 46, 18)');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.firm-intro')).fontFamily.includes('Georgia')), true);
  // An attribute change updates that instance only, and fine-change carries the new figures.
  const detail = await page.evaluate(() => new Promise((resolve) => {
    const el = document.querySelector('#first');
    el.addEventListener('fine-change', (e) => resolve({ ...e.detail, composed: e.composed, bubbles: e.bubbles }), { once: true });
    el.setAttribute('preset', 'haga-2019');
  }));
  assert.equal(detail.final_amount, '460000');
  assert.equal(detail.legal_maximum, '10000000');
  assert.equal(detail.scenario.method, 'ap-2019');
  assert.ok(detail.bubbles && detail.composed);
  assert.equal(await shadowText(page, '#first', '[data-testid=final]', '€ 460.000'), '€ 460.000');
  assert.equal(await shadowText(page, '#second', '[data-testid=final]'), '32 000 000 €');
  // Dark theme and compact mode on the second.
  assert.equal(await page.evaluate(() => document.querySelector('#second').shadowRoot.querySelector('.gfs').dataset.theme), 'dark');
  assert.equal(await page.evaluate(() => document.querySelector('#second').shadowRoot.querySelector('.gfs-analysis') === null
    || getComputedStyle(document.querySelector('#second').shadowRoot.querySelector('.gfs-analysis')).display === 'none'), true);
  // The page's HTML carries both first views: neither is requested.
  for (const name of ['first-view/cpa-2020/nl.html', 'first-view/amazon-fr-2023/fr.html']) {
    assert.equal(named(requests, name).length, 0, name);
  }
  // Nothing but the site's own files was requested; no cookies, no storage.
  const foreign = requests.filter((u) => !u.startsWith(ctx.site.url) && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
  assert.equal(await page.evaluate(() => document.cookie), '');
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'law-firm.png'), fullPage: true });
  assert.deepEqual(problems, []);
});

test("a first view in the page's HTML shows the result before any script, and one of another version is not taken over", async () => {
  // No script at all: the declarative shadow roots show both results, styled, the rest held back.
  const { page: bare } = await openPage(ctx.browser.context, 'about:blank');
  await bare.route('**/gdpr-fine-simulator.js', (route) => route.abort());
  await bare.goto(new URL('law-firm.html', ctx.site.url).href, { waitUntil: 'load' });
  const seen = await bare.evaluate(() => ['#first', '#second'].map((id) => {
    const root = document.querySelector(id).shadowRoot;
    const inputs = root?.querySelector('.gfs-inputs');
    return {
      final: root?.querySelector('[data-testid=final]')?.textContent.replace(/\s/g, ' '),
      color: root && getComputedStyle(root.querySelector('.gfs-final-amount')).color,
      rest: inputs ? [...inputs.children].map((c) => c.localName).join() : null,
      fields: root?.querySelectorAll('.gfs-inputs input, .gfs-inputs select').length,
    };
  }));
  assert.deepEqual(seen.map((v) => v.final), ['€ 15.000', '32 000 000 €']);
  assert.equal(seen[0].color, 'rgb(122, 46, 18)'); // the page's accent, through the view's own stylesheet
  assert.deepEqual(seen.map((v) => v.rest), ['template', 'template']);
  assert.deepEqual(seen.map((v) => v.fields), [0, 0]);
  await bare.close();
  // A page written with another version's first view: the embed script drops it and shows its
  // own (requested as a file), then the live widget.
  const { page, problems } = await openPage(ctx.browser.context, 'about:blank');
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.route('**/law-firm.html', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/data-gfs-version="[^"]*"/g, 'data-gfs-version="0.0.0-old"');
    await route.fulfill({ response, body });
  });
  await page.goto(new URL('law-firm.html', ctx.site.url).href, { waitUntil: 'load' });
  await whenLive(page, '#first');
  await whenLive(page, '#second');
  assert.equal(named(requests, 'first-view/cpa-2020/nl.html').length, 1);
  assert.equal(await shadowText(page, '#first', '[data-testid=final]'), '€ 15.000');
  assert.equal(await page.evaluate(() => document.querySelector('#first').shadowRoot.querySelector('[data-gfs-version="0.0.0-old"]')), null);
  assert.equal(await page.evaluate(() => document.querySelector('#first').shadowRoot.querySelectorAll('.gfs').length), 1);
  assert.deepEqual(problems, []);
});

test("with a share link in the address, a page's own first views are dropped before they are painted", async () => {
  // No embed script: what is left is what the page's HTML and its guard scripts did.
  const { page } = await openPage(ctx.browser.context, 'about:blank');
  await page.route('**/gdpr-fine-simulator.js', (route) => route.abort());
  const left = (hosts) => page.evaluate((hs) => hs.map((h) => {
    const host = document.querySelector(h);
    const view = (host.shadowRoot ?? host).querySelector('.gfs-first-view');
    return [view?.querySelector('[data-testid=final]').textContent ?? null, host.querySelectorAll('script').length];
  }), hosts);
  // Without a share link the views stay, and the guards have removed themselves.
  await page.goto(new URL('index.html', ctx.site.url).href, { waitUntil: 'load' });
  assert.deepEqual(await left(['[data-gdpr-fine-simulator]']), [['€15,000', 0]]);
  // With one, the link's scenario is not the views' case: no view, in a shadow root or a plain host.
  await page.goto(new URL('law-firm.html#gfs=v1.abc', ctx.site.url).href, { waitUntil: 'load' });
  assert.deepEqual(await left(['#first', '#second']), [[null, 0], [null, 0]]);
  await page.goto(new URL('index.html#top&gfs=v1.abc', ctx.site.url).href, { waitUntil: 'load' });
  assert.deepEqual(await left(['[data-gdpr-fine-simulator]']), [[null, 0]]);
  await page.close();
  // The README shows embedders the very line the demo pages carry, and its hash for a CSP.
  const guard = /<script>(\(s=>[^<]*)<\/script>/.exec(await (await fetch(new URL('index.html', ctx.site.url))).text());
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  assert.ok(guard && readme.includes(guard[0]));
  const hash = `'sha256-${createHash('sha256').update(guard[1]).digest('base64')}'`;
  assert.ok(readme.includes(hash));
  // A page whose policy allows scripts from its own origin and that hash only still runs it.
  const strict = await openPage(ctx.browser.context, 'about:blank');
  const violations = [];
  strict.page.on('console', (m) => /Content Security Policy/.test(m.text()) && violations.push(m.text()));
  await strict.page.route('**/gdpr-fine-simulator.js', (route) => route.abort());
  await strict.page.route('**/law-firm.html', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': `script-src 'self' ${hash}` } });
  });
  await strict.page.goto(new URL('law-firm.html#gfs=v1.abc', ctx.site.url).href, { waitUntil: 'load' });
  assert.equal(await strict.page.evaluate(() => ['#first', '#second'].filter((h) => document.querySelector(h).shadowRoot.querySelector('.gfs-first-view')).length), 0);
  assert.deepEqual(violations, []);
  await strict.page.close();
});

test("a case chosen on a page's own first view before the embed script has arrived is opened by the live widget", async () => {
  for (const [path, host, amount] of [['law-firm.html', '#first', '€ 32.000.000'], ['index.html', '[data-gdpr-fine-simulator]', '€32,000,000']]) {
    const { page, problems } = await openPage(ctx.browser.context, 'about:blank');
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route('**/gdpr-fine-simulator.js', async (route) => { await held; await route.continue(); });
    await page.goto(new URL(path, ctx.site.url).href, { waitUntil: 'commit' });
    const amazon = page.locator(`${host} .gfs-first-view .gfs-preset`, { hasText: 'Amazon' });
    await amazon.click();
    assert.equal(await page.evaluate(() => Boolean(window.customElements.get('gdpr-fine-simulator'))), false, `${path}: the embed script ran before the click`);
    release();
    await page.waitForFunction((h) => document.querySelector(h)?.dataset.gfsReady !== undefined, host, { timeout: 15_000 });
    const final = await page.waitForFunction(([h, a]) => {
      const host = document.querySelector(h);
      const text = (host.shadowRoot ?? host).querySelector('[data-testid=final]')?.textContent.replace(/\s/g, ' ');
      return text === a ? text : null;
    }, [host, amount.replace(/\s/g, ' ')], { timeout: 5_000 }).then((h) => h.jsonValue()).catch(() => null);
    assert.equal(final, amount.replace(/\s/g, ' '), path);
    assert.deepEqual(problems, [], path);
    await page.close();
  }
});

test('a first view written into a page as the README shows it (a stylesheet link, the view file as it is) is taken over, and a click on it is done again', async () => {
  const text = async (name) => (await fetch(new URL(name, ctx.site.url))).text();
  const view = await text('first-view/cpa-2020/nl.html');
  const version = /data-gfs-version="([^"]+)"/.exec(await text('law-firm.html'))[1];
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>snippet</title>
    <script type="module" src="gdpr-fine-simulator.js"></script></head><body><main>
    <gdpr-fine-simulator id="w" preset="cpa-2020"><template shadowrootmode="open">
    <link rel="stylesheet" href="widget.css">
    <div class="gfs-first-view" data-gfs-version="${version}" data-gfs-view="cpa-2020/nl">${view}</div>
    </template></gdpr-fine-simulator></main></body></html>`;
  const { page, problems } = await openPage(ctx.browser.context, 'about:blank');
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.route('**/snippet.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  const release = await holdWasm(page);
  await page.goto(new URL('snippet.html', ctx.site.url).href);
  // Taken over: the shared stylesheet adopted (the link dropped), the page's view still shown.
  await page.waitForFunction(() => document.querySelector('#w').shadowRoot.adoptedStyleSheets.length === 1);
  assert.equal(await page.evaluate(() => document.querySelector('#w').shadowRoot.querySelector('link')), null);
  assert.equal(await shadowText(page, '#w', '.gfs-first-view [data-testid=final]'), '€ 15.000');
  await page.evaluate(() => [...document.querySelector('#w').shadowRoot.querySelectorAll('.gfs-first-view .gfs-preset')]
    .find((b) => b.textContent.includes('Amazon')).click());
  release();
  await whenLive(page, '#w');
  assert.equal(await shadowText(page, '#w', '[data-testid=final]', '€ 32.000.000'), '€ 32.000.000');
  assert.equal(await page.evaluate(() => document.querySelector('#w').shadowRoot.querySelectorAll('.gfs-first-view').length), 0);
  assert.equal(named(requests, 'first-view/cpa-2020/nl.html').length, 0);
  assert.deepEqual(problems, []);
});

test('law-firm page has no WCAG 2 A/AA violations', async () => {
  const { page } = await openRecorded('law-firm.html');
  await shadowText(page, '#first', '[data-testid=final]', '€ 15.000');
  await shadowText(page, '#second', '[data-testid=final]', '32 000 000 €');
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] }, resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')}`);
  });
  assert.deepEqual(violations, []);
});

test('attribute values are data, never markup', async () => {
  const { page, problems } = await openRecorded('law-firm.html');
  await shadowText(page, '#first', '[data-testid=final]', '€ 15.000');
  await page.evaluate(() => document.querySelector('#first').setAttribute('preset', '<img src=x onerror="window.__xss=1">'));
  const notice = await shadowText(page, '#first', '.gfs-notice-error');
  assert.match(notice, /Er is geen zaak "<img src=x onerror="window.__xss=1">"/);
  assert.equal(await page.evaluate(() => window.__xss ?? null), null);
  assert.equal(await page.evaluate(() => document.querySelector('#first').shadowRoot.querySelectorAll('img').length), 0);
  assert.deepEqual(problems.filter((p) => !p.includes('/x')), []);
});

test('the JS API: mount, setScenario, getScenario, destroy, with clear errors', async () => {
  const { page, problems } = await openRecorded('law-firm.html');
  await shadowText(page, '#first', '[data-testid=final]', '€ 15.000');
  const result = await page.evaluate(async () => {
    const { mount } = await import('./gdpr-fine-simulator.js');
    const div = document.createElement('div');
    document.body.append(div);
    const handle = await mount(div, { preset: 'blank', lang: 'en' });
    handle.setScenario({ method: 'ap-2019', infringements: [{ article: '32(1)' }] });
    await new Promise((r) => setTimeout(r, 50));
    const shown = div.shadowRoot.querySelector('[data-testid=final]')?.textContent;
    const got = handle.getScenario();
    let error = null;
    try { handle.setScenario({ method: 'ap-2019', infringements: [{ article: 32 }] }); } catch (e) { error = String(e.message ?? e); }
    handle.destroy();
    await new Promise((r) => setTimeout(r, 20));
    return { shown, article: got?.infringements?.[0]?.article, error, after: div.shadowRoot.querySelector('.gfs') === null };
  });
  assert.equal(result.shown, '€310,000');
  assert.equal(result.article, '32(1)');
  assert.match(result.error, /infringements\[0\]\.article/);
  assert.equal(result.after, true, 'destroy removes the widget');
  assert.deepEqual(problems, []);
});

test('a page with a strict CSP shows the widget without any violation', async () => {
  const context = ctx.browser.context;
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto(new URL('csp.html', ctx.site.url).href);
  assert.equal(response.headers()['content-security-policy'], CSP);
  assert.equal(await shadowText(page, 'gdpr-fine-simulator', '[data-testid=final]', '€460,000'), '€460,000');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the iframe embed reports its height and the parent sizes the frame', async () => {
  const { page, problems } = await openRecorded('iframe-demo.html');
  await page.waitForFunction(() => Number(document.querySelector('iframe')?.dataset.reportedHeight) > 400, null, { timeout: 15_000 });
  const { reported, actual } = await page.evaluate(() => {
    const f = document.querySelector('iframe');
    return { reported: Number(f.dataset.reportedHeight), actual: f.getBoundingClientRect().height };
  });
  assert.equal(Math.round(actual), reported);
  const inner = page.frameLocator('iframe').locator('gdpr-fine-simulator');
  assert.equal(await inner.evaluate((el) => el.shadowRoot.querySelector('[data-testid=final]')?.textContent), '€460,000');
  assert.deepEqual(problems, []);
});

test('every language renders completely: no English left in a Dutch, French or German widget', async () => {
  const { page, problems } = await openRecorded('law-firm.html');
  await shadowText(page, '#first', '[data-testid=final]', '€ 15.000');
  const expected = { nl: ['Gesimuleerde boete', 'Stap voor stap', 'AVG Art.'], fr: ['Amende simulée', 'Étape par étape', 'RGPD Art.'], de: ['Simuliertes Bußgeld', 'Schritt für Schritt', 'DSGVO Art.'] };
  // Phrases of the English interface and step texts that must not survive a translation.
  const english = ['Simulated fine', 'Step by step', 'Legal maximum', 'GDPR Art.', 'Before proportionality', 'Category IV: band', 'basic fine', 'Infringement 1', 'Why', 'Print memo'];
  for (const [lang, words] of Object.entries(expected)) {
    const text = await page.evaluate(async (l) => {
      const { mount } = await import('./gdpr-fine-simulator.js');
      const div = document.createElement('div');
      document.body.append(div);
      const handle = await mount(div, { preset: 'cpa-2020', lang: l });
      await new Promise((r) => setTimeout(r, 50));
      div.shadowRoot.querySelectorAll('.gfs-layout details').forEach((d) => { d.open = true; });
      // The interface and the calculation; the case library's case texts are English content.
      // textContent, not innerText: parts below the fold are not rendered until scrolled to
      // (content-visibility), and innerText leaves out what is not rendered.
      const t = div.shadowRoot.querySelector('.gfs-head').textContent + div.shadowRoot.querySelector('.gfs-layout').textContent;
      handle.destroy();
      div.remove();
      return t;
    }, lang);
    for (const w of words) assert.ok(text.includes(w), `${lang}: "${w}" missing`);
    for (const e of english) assert.ok(!text.includes(e), `${lang}: English "${e}" left`);
  }
  assert.deepEqual(problems, []);
});

test('a French widget writes amounts in its inputs the French way and reads French back', async () => {
  const { page, problems } = await openRecorded('law-firm.html');
  await shadowText(page, '#second', '[data-testid=final]', '32 000 000 €');
  await whenLive(page, '#second');
  const value = () => page.evaluate(() => {
    const root = document.querySelector('#second').shadowRoot;
    const label = [...root.querySelectorAll('label')].find((l) => l.textContent.startsWith("Chiffre d'affaires annuel"));
    return root.getElementById(label.htmlFor).value;
  });
  // AFL's own 2021 turnover (CNIL SAN-2023-021, paras 176–177), as French writes it.
  assert.equal((await value()).replace(/\s/g, ' '), '1 135 000 000 €');
  await page.evaluate(() => {
    const root = document.querySelector('#second').shadowRoot;
    const label = [...root.querySelectorAll('label')].find((l) => l.textContent.startsWith("Chiffre d'affaires annuel"));
    const input = root.getElementById(label.htmlFor);
    input.value = '2 270 000 000 €';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  });
  // 4 % of €2.27bn = €90.8m; the €32m start still sits in the high range (20–100 %).
  assert.equal(await shadowText(page, '#second', '[data-testid=maximum]', '90 800 000 €'), '90 800 000 €');
  assert.deepEqual(problems, []);
});

test('on-demand files: the default case needs none; another case is its own file; the library is requested once, then never again', async () => {
  const { page, problems, requests } = await openRecorded('index.html');
  await page.waitForSelector('.gfs [data-testid=final]');
  const requested = (name) => named(requests, name);
  assert.deepEqual(requested('cases.json'), [], 'the first result needs no case library');
  assert.deepEqual(requests.filter((u) => new URL(u).pathname.includes('/lang/')), [], 'English is compiled in');
  // The page's preload hint serves the embed script's own request: the wasm comes once.
  assert.equal(requested('gfs-widget_bg.wasm').length, 1);
  // Another case from the bar: its own file arrives, not the library, and the case opens.
  const widget = page.locator('.gfs').first();
  await widget.getByRole('button', { name: 'HagaZiekenhuis 2019' }).click();
  await page.waitForFunction(() => document.querySelector('.gfs [data-testid=final]')?.textContent === '€460,000');
  assert.equal(requested('cases/haga-2019.json').length, 1);
  assert.deepEqual(requested('cases.json'), [], 'one case needs no library');
  // The library: one request; then any other case, from the library or the bar: nothing more.
  await widget.locator('.gfs-library summary').click();
  await widget.locator('.gfs-case[data-case="uber-2024"] button').click();
  await page.waitForFunction(() => document.querySelector('.gfs [data-testid=final]')?.textContent === '€290,000,000');
  assert.equal(requested('cases.json').length, 1);
  const before = requests.length;
  await widget.getByRole('button', { name: 'Amazon France Logistique 2023' }).click();
  await page.waitForFunction(() => document.querySelector('.gfs [data-testid=final]')?.textContent === '€32,000,000');
  assert.deepEqual(requests.slice(before), []);
  assert.deepEqual(problems, []);
});

test('a widget with a case of the library asks for its file beside the wasm, and a second widget only for its own', async () => {
  const { page, problems, requests } = await openRecorded('csp.html');
  assert.equal(await shadowText(page, 'gdpr-fine-simulator', '[data-testid=final]', '€460,000'), '€460,000');
  const files = () => requests.map((u) => new URL(u).pathname.split('/').slice(-2).join('/'));
  // Asked for when the element appeared, side by side with the wasm: before its download ended.
  const timing = async (name) => {
    const r = await page.evaluate((n) => performance.getEntriesByType('resource').find((e) => e.name.endsWith(`/${n}`))?.toJSON(), name);
    assert.ok(r, `${name} was not requested`);
    return r;
  };
  const [haga, wasm] = [await timing('cases/haga-2019.json'), await timing('gfs-widget_bg.wasm')];
  assert.ok(haga.startTime < wasm.responseEnd, `cases/haga-2019.json asked for at ${haga.startTime} ms, the wasm arrived at ${wasm.responseEnd} ms`);
  await page.evaluate(() => {
    const el = document.createElement('gdpr-fine-simulator');
    el.id = 'uber';
    el.setAttribute('preset', 'uber-2024');
    document.querySelector('main').append(el);
  });
  assert.equal(await shadowText(page, '#uber', '[data-testid=final]', '€290,000,000'), '€290,000,000');
  assert.equal(files().filter((f) => f === 'cases/haga-2019.json').length, 1, files().join(', '));
  assert.equal(files().filter((f) => f === 'cases/uber-2024.json').length, 1, files().join(', '));
  assert.deepEqual(files().filter((f) => f.endsWith('cases.json')), [], 'no widget needed the library');
  assert.deepEqual(problems, []);
});

test('the first view shows the result before the wasm arrives, and nothing done to it is lost', async () => {
  const { page, problems } = await openPage(ctx.browser.context, 'about:blank');
  // Hold the wasm back until the reader has done a few things to the first view.
  const release = await holdWasm(page);
  await page.goto(new URL('index.html', ctx.site.url).href);
  const first = page.locator('.gfs-first-view .gfs');
  await first.locator('[data-testid=final]').waitFor();
  assert.equal(await first.locator('[data-testid=final]').textContent(), '€15,000');
  // At 900 px the inputs are below the result: they are not laid out until the reader comes
  // near them (the wasm, were it let go, would bring them first), and then they are there.
  assert.equal(await first.locator('.gfs-inputs > *').count(), 0, 'the inputs wait below the fold');
  await first.locator('.gfs-inputs').scrollIntoViewIfNeeded();
  await first.locator('.gfs-inputs > *').first().waitFor();
  const firstText = await first.evaluate((el) => el.textContent);
  assert.equal(await page.evaluate(() => document.querySelector('[data-gdpr-fine-simulator]').dataset.gfsReady), undefined);
  // Typing, a choice, and a button: all on the first view, with no wasm yet.
  await first.getByLabel('Name', { exact: true }).fill('Reader B.V.');
  await first.getByLabel('Worldwide annual turnover of the group (€)').fill('2bn');
  await first.getByRole('button', { name: 'Pin as A to compare' }).click();
  release();
  await whenLive(page, '[data-gdpr-fine-simulator]');
  assert.equal(await page.locator('.gfs-first-view').count(), 0, 'the first view is gone');
  const live = page.locator('.gfs').first();
  assert.equal(await live.getByLabel('Name', { exact: true }).inputValue(), 'Reader B.V.');
  // 4 % of €2bn = €80m: the turnover typed before the wasm came is the one assessed.
  await page.waitForFunction(() => document.querySelector('.gfs [data-testid=maximum]')?.textContent === '€80,000,000');
  assert.equal(await page.locator('.gfs-compare').count(), 1, 'the pinned scenario A is there');
  assert.deepEqual(problems, []);
  // The first view was the live widget's own first render, word for word.
  const fresh = await openPage(ctx.browser.context, new URL('index.html', ctx.site.url).href);
  await whenLive(fresh.page, '[data-gdpr-fine-simulator]');
  assert.equal(await fresh.page.locator('.gfs').first().evaluate((el) => el.textContent), firstText);
});

test('the live widget answers before its analysis is in, and takes over that soon only when the first view showed none of its rest', async () => {
  // 900 px: the first view's rest waits below the result, so the live widget takes over at its
  // first render; 1280 px: the rest is beside the result, so it takes over with every part.
  for (const width of [900, 1280]) {
    const { page, problems } = await openPage(ctx.browser.context, 'about:blank');
    await page.setViewportSize({ width, height: 640 });
    await page.addInitScript(() => {
      const seen = (window.seen = {});
      const look = () => {
        const live = [...document.querySelectorAll('.gfs')].find((el) => !el.closest('.gfs-first-view'));
        const has = (s) => Boolean(live?.querySelector(s));
        return { result: has('[data-testid=final]'), analysis: has('.gfs-analysis'), articles: has('datalist') };
      };
      for (const name of ['gfs-rendered', 'gfs-complete']) addEventListener(name, () => { seen[name] = look(); }, true);
      new MutationObserver(() => {
        if (seen.takeover || !seen['gfs-rendered'] || document.querySelector('.gfs-first-view')) return;
        seen.takeover = { ...look(), at: performance.now() };
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(new URL('index.html', ctx.site.url).href);
    await whenLive(page, '[data-gdpr-fine-simulator]');
    const seen = await page.evaluate(() => window.seen);
    assert.deepEqual(seen['gfs-rendered'], { result: true, analysis: false, articles: false }, `${width} px: the first render`);
    assert.deepEqual(seen['gfs-complete'], { result: true, analysis: true, articles: true }, `${width} px: every part`);
    // Past 1.5 s the first view shows its rest anyway (a slow machine), and the early takeover is off.
    if (width === 1280 || seen.takeover.at < 1400) {
      assert.equal(seen.takeover.analysis, width === 1280, `${width} px: the analysis at the takeover`);
    }
    assert.equal(await page.locator('.gfs-analysis').count(), 1);
    assert.deepEqual(problems, []);
    await page.close();
  }
});

test('languages other than English are read once each, beside the wasm, and the widgets speak them from their first render', async () => {
  const { page, problems, requests } = await openRecorded('law-firm.html');
  assert.equal(await shadowText(page, '#first', '[data-testid=final]', '€ 15.000'), '€ 15.000');
  assert.equal(await shadowText(page, '#second', '[data-testid=final]', '32 000 000 €'), '32 000 000 €');
  const paths = requests.map((u) => new URL(u).pathname);
  assert.equal(paths.filter((p) => p.endsWith('/lang/nl.json')).length, 1, paths.join(', '));
  assert.equal(paths.filter((p) => p.endsWith('/lang/fr.json')).length, 1, paths.join(', '));
  assert.equal(paths.filter((p) => p.endsWith('/lang/de.json') || p.endsWith('/lang/en.json')).length, 0);
  // A third, German widget: its file once, and the Dutch one not again.
  await page.evaluate(() => {
    const el = document.createElement('gdpr-fine-simulator');
    el.id = 'third';
    el.setAttribute('lang', 'de');
    document.querySelector('main').append(el);
  });
  assert.equal(await shadowText(page, '#third', '.gfs-final-label', 'Simuliertes Bußgeld'), 'Simuliertes Bußgeld');
  const again = requests.map((u) => new URL(u).pathname);
  assert.equal(again.filter((p) => p.endsWith('/lang/de.json')).length, 1);
  assert.equal(again.filter((p) => p.endsWith('/lang/nl.json')).length, 1);
  assert.deepEqual(problems, []);
});

test('two first views in one document (plain host elements) have ids of their own', async () => {
  const { page, problems } = await openPage(ctx.browser.context, 'about:blank');
  const release = await holdWasm(page);
  await page.goto(new URL('embed-demo.html', ctx.site.url).href);
  await page.waitForFunction(() => document.querySelectorAll('.gfs-first-view .gfs [data-testid=final]').length === 2);
  // Printing puts each view's rest (its inputs, below the fold here) in at once.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  const check = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    const views = [...document.querySelectorAll('.gfs-first-view')];
    // Every label of a view points at a field of that same view.
    const stray = views.flatMap((v) => [...v.querySelectorAll('label[for]')].filter((l) => !v.contains(document.getElementById(l.htmlFor))));
    return { duplicates: ids.length - new Set(ids).size, stray: stray.length, labels: views.map((v) => v.querySelectorAll('label[for]').length) };
  });
  assert.equal(check.duplicates, 0);
  assert.equal(check.stray, 0);
  assert.ok(check.labels.every((n) => n > 5), JSON.stringify(check.labels));
  release();
  await page.waitForFunction(() => [...document.querySelectorAll('[data-gdpr-fine-simulator]')].every((e) => e.dataset.gfsReady !== undefined));
  assert.equal(await page.locator('.gfs-first-view').count(), 0);
  assert.deepEqual(problems, []);
});

test('a case chosen on the first view and a turnover typed at once both reach the live widget', async () => {
  const { page, problems } = await openPage(ctx.browser.context, 'about:blank');
  const release = await holdWasm(page);
  await page.goto(new URL('index.html', ctx.site.url).href);
  const first = page.locator('.gfs-first-view .gfs');
  await first.locator('[data-testid=final]').waitFor();
  // Haga's file (the case library) is not read yet: the live widget loads it before the typing.
  await first.getByRole('button', { name: 'HagaZiekenhuis 2019' }).click();
  await first.getByLabel('Worldwide annual turnover of the group (€)').fill('2bn');
  release();
  await whenLive(page, '[data-gdpr-fine-simulator]');
  const live = page.locator('.gfs').first();
  // HagaZiekenhuis (AP, 18 Jun 2019): Art. 32 under Art. 83(4); 2 % of €2bn is €40,000,000.
  await page.waitForFunction(() => document.querySelector('.gfs [data-testid=maximum]')?.textContent === '€40,000,000', null, { timeout: 10_000 });
  assert.equal(await live.getByLabel('Worldwide annual turnover of the group (€)').inputValue(), '2bn');
  assert.equal(await live.locator('.gfs-preset[aria-pressed=true]').textContent(), 'HagaZiekenhuis 2019');
  assert.deepEqual(problems, []);
});

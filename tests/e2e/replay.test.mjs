// Nothing the reader does on a first view is lost: random sequences of actions — choosing a
// case, typing, choosing, checking, adding and removing — done while the wasm is held back and
// after it is let go at a random moment, each compared with the same sequence done on a widget
// that had loaded already. Seeded: GFS_REPLAY_SEED repeats a run, GFS_REPLAY_SEQUENCES sets how
// many (200 by default); a failure prints the seed, the sequence and where the two differ.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteAndBrowser } from './support/fixture.mjs';

const ctx = siteAndBrowser();
const SEQUENCES = Number(process.env.GFS_REPLAY_SEQUENCES ?? 200);
// CI runs one fixed set of sequences, so that a landing never depends on which were drawn; a
// run elsewhere draws new ones each time, and prints the seed that repeats them.
const SEED = Number(process.env.GFS_REPLAY_SEED ?? (process.env.CI ? 20261205 : Math.floor(Math.random() * 2 ** 31)));

/** A small seeded generator (mulberry32): the same seed gives the same sequences. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What a reader types, per kind of field: amounts as people write them, and mistakes. */
const TYPED = {
  turnover: ['2bn', '45.4m', '1000000', '', 'abc', '350000', '€ 12.5m'],
  article: ['32', '5(1)(c)', '6', '33(1)', 'xyz', ''],
  amount: ['12', '0', '3.5', '', '250000', 'x'],
  words: ['Reader B.V.', '', 'because'],
};
const kindOf = (key) =>
  key.endsWith('turnover') ? 'turnover' : key.endsWith('article') ? 'article' : /-(pct|eur)$/.test(key) ? 'amount' : 'words';

/**
 * In the page: does action `a` on the first view while it shows, else on the live widget, on
 * the element `key` names there; reads what a widget shows. Synchronous, so that the first view
 * cannot leave between finding an element and acting on it.
 */
const PAGE = () => {
  const ownId = (id) => id.replace(/^gfs(-view)?\d+-/, '');
  const roots = (host) => {
    const scope = host.shadowRoot ?? host;
    const view = scope.querySelector('.gfs-first-view');
    const live = [...scope.children].find((c) => !c.classList.contains('gfs-first-view') && c.querySelector('.gfs'));
    return { view, live };
  };
  const byKey = (root, key) => [...root.querySelectorAll('[id]')].find((x) => ownId(x.id) === key);
  window.gfsAct = (hostSelector, a, liveKey) => {
    const { view, live } = roots(document.querySelector(hostSelector));
    const root = view ?? live;
    if (!view && (!live || live.hidden || live.querySelector('.gfs-loading'))) return 'wait';
    const onView = Boolean(view);
    const el = a.kind === 'preset'
      ? root.querySelectorAll('.gfs-preset:not(.gfs-library-entry)')[a.index]
      : byKey(root, onView ? a.key : liveKey);
    if (!el || (!onView && a.kind !== 'preset' && liveKey === undefined)) return { onView, skipped: true };
    const kind = el.tagName === 'SELECT' ? 'select' : el.tagName === 'BUTTON' ? 'click' : ['checkbox', 'radio'].includes(el.type) ? 'check' : 'text';
    if (a.kind !== 'preset' && kind !== a.kind) return { onView, skipped: true }; // another kind of field there now
    if (a.kind === 'text') {
      el.value = a.value;
      el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    } else if (a.kind === 'select') {
      if (![...el.options].some((o) => o.value === a.value)) return { onView, skipped: true };
      el.value = a.value;
      el.dispatchEvent(new InputEvent('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    } else if (a.kind === 'check') {
      if (a.checked === undefined || el.checked !== a.checked) el.click();
    } else {
      el.click();
    }
    return { onView, checked: el.checked };
  };
  // Resolves once the host's DOM has not changed for 20 ms: the widget's render of an action is
  // complete (a render on a busy CPU yields part-way), as the embed script waits in its replay.
  window.gfsQuiet = (hostSelector) => new Promise((resolve) => {
    let changed = true;
    const seen = new MutationObserver(() => { changed = true; });
    seen.observe(document.querySelector(hostSelector), { subtree: true, childList: true, attributes: true, characterData: true });
    const check = () => {
      if (!changed) {
        seen.disconnect();
        resolve();
        return;
      }
      changed = false;
      setTimeout(check, 20);
    };
    check();
  });
  window.gfsShown = (hostSelector) => {
    const { view, live } = roots(document.querySelector(hostSelector));
    if (view || !live || live.hidden || live.querySelector('.gfs-loading')) return null;
    const fields = {};
    for (const el of live.querySelectorAll('input[id], select[id], textarea[id]')) {
      if (el.type !== 'file') fields[ownId(el.id)] = el.type === 'checkbox' || el.type === 'radio' ? el.checked : el.value;
    }
    const text = (s) => live.querySelector(s)?.textContent ?? null;
    return { fields, final: text('[data-testid=final]'), case: text('.gfs-preset[aria-pressed=true]'), cards: live.querySelectorAll('.gfs-inf').length };
  };
};

/**
 * The reader's own view of the cards: where each card of the first view now is, once the reader
 * has removed some (the first view does not change, the widget would have); a case chosen starts
 * again from their places.
 */
class Reader {
  at = null;

  liveKey(key) {
    const m = /^i(\d+)-(.+)$/.exec(key ?? '');
    if (!m || !this.at) return key;
    const at = this.at[Number(m[1])];
    return at === null || at === undefined ? undefined : `i${at}-${m[2]}`;
  }

  did(a) {
    if (a.kind === 'preset') this.at = null;
    const m = /^i(\d+)-remove$/.exec(a.key ?? '');
    if (a.kind !== 'click' || !m) return;
    this.at ??= Array.from({ length: 100 }, (_, k) => k);
    const gone = this.at[Number(m[1])];
    this.at = this.at.map((c) => (c === null || c === gone ? null : c > gone ? c - 1 : c));
  }
}

/** The first view's controls a reader can act on, read from the page: ids, kinds, options. */
async function controlsOf(page) {
  return page.evaluate(() => {
    const view = document.querySelector('.gfs-first-view');
    const ownId = (id) => id.replace(/^gfs(-view)?\d+-/, '');
    const out = { presets: view.querySelectorAll('.gfs-preset:not(.gfs-library-entry)').length, controls: [] };
    for (const el of view.querySelectorAll('[id]')) {
      const key = ownId(el.id);
      if (key.startsWith('tools-') || el.closest('details:not([open])')) continue;
      if (el.tagName === 'BUTTON') out.controls.push({ kind: 'click', key });
      else if (el.tagName === 'SELECT') out.controls.push({ kind: 'select', key, options: [...el.options].map((o) => o.value) });
      else if (el.type === 'checkbox' || el.type === 'radio') out.controls.push({ kind: 'check', key });
      else if (el.type === 'text') out.controls.push({ kind: 'text', key });
    }
    return out;
  });
}

/** A sequence of 1–6 actions, the moment the wasm is let go, and the pauses between actions. */
function sequence(rand, { presets, controls }) {
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const n = 1 + Math.floor(rand() * 6);
  const actions = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.2) {
      actions.push({ kind: 'preset', index: Math.floor(rand() * presets) });
    } else {
      const c = pick(controls);
      if (c.kind === 'text') actions.push({ kind: 'text', key: c.key, value: pick(TYPED[kindOf(c.key)]) });
      else if (c.kind === 'select') actions.push({ kind: 'select', key: c.key, value: pick(c.options) });
      else actions.push({ kind: c.kind, key: c.key });
    }
  }
  const pauses = actions.map(() => (rand() < 0.4 ? 0 : Math.floor(rand() * 60)));
  return { actions, release: Math.floor(rand() * (n + 1)), pauses };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Does `a` in the page, waiting while a case loads on the live widget; returns what it did. */
async function act(page, host, a, reader) {
  for (let i = 0; i < 400; i++) {
    const done = await page.evaluate(([h, x, k]) => window.gfsAct(h, x, k), [host, a, reader.liveKey(a.key)]);
    if (done !== 'wait') {
      reader.did(a);
      // On a live widget, the next action comes once this one is rendered, as on the first view
      // the embed script's replay waits.
      if (!done.onView) await page.evaluate((h) => window.gfsQuiet(h), host);
      return done;
    }
    await sleep(25);
  }
  throw new Error(`the widget never became ready for ${JSON.stringify(a)}`);
}

async function shown(page, host) {
  const read = async () => (await page.waitForFunction((h) => window.gfsShown(h), host, { timeout: 20_000, polling: 50 })).jsonValue();
  await read();
  await sleep(50); // a last render after the last action
  return read();
}

/**
 * The reader scrolls to the first view's inputs: below the result on this page's 900 px, they
 * are put in only when they come near the viewport (or after a while).
 */
async function toInputs(page) {
  await page.waitForSelector('.gfs-first-view [data-testid=final]');
  await page.evaluate(() => document.querySelector('.gfs-first-view .gfs-inputs')?.scrollIntoView());
  await page.waitForSelector('.gfs-first-view .gfs-inputs > *');
}

/** The sequence on a first view, the wasm let go at its moment; what the live widget shows. */
async function onFirstView(page, url, seq) {
  let release;
  page.gate = new Promise((r) => { release = r; });
  await page.goto(url, { waitUntil: 'commit' });
  await toInputs(page);
  const reader = new Reader();
  const done = [];
  for (const [i, a] of seq.actions.entries()) {
    if (i === seq.release) release();
    const result = await act(page, '[data-gdpr-fine-simulator]', a, reader);
    done.push({ ...a, ...(a.kind === 'check' ? { checked: result.checked } : {}), on: result.onView ? 'first view' : 'live' });
    if (seq.pauses[i]) await sleep(seq.pauses[i]);
  }
  release();
  return { done, shown: await shown(page, '[data-gdpr-fine-simulator]') };
}

/** The same actions on a widget mounted after the wasm had loaded; what it shows. */
async function onLoaded(page, done) {
  await page.evaluate(async () => {
    document.querySelector('#reference')?.remove();
    const el = document.createElement('div');
    el.id = 'reference';
    document.body.append(el);
    const { mount } = await import('./gdpr-fine-simulator.js');
    await mount(el);
  });
  const reader = new Reader();
  for (const a of done) await act(page, '#reference', a, reader);
  return shown(page, '#reference');
}

test(`${SEQUENCES} random sequences on a first view reach the live widget as on a loaded one (seed ${SEED})`, async () => {
  const url = new URL('index.html', ctx.site.url).href;
  const first = await ctx.browser.context.newPage();
  await first.addInitScript(PAGE);
  await first.route('**/gfs-widget_bg.wasm', async (route) => { await first.gate; await route.continue(); });
  const loaded = await ctx.browser.context.newPage();
  await loaded.addInitScript(PAGE);
  await loaded.goto(url);
  await loaded.waitForFunction(() => document.querySelector('[data-gdpr-fine-simulator]')?.dataset.gfsReady !== undefined);

  let release;
  first.gate = new Promise((r) => { release = r; });
  await first.goto(url, { waitUntil: 'commit' });
  await toInputs(first);
  const controls = await controlsOf(first);
  release();
  assert.ok(controls.presets >= 3 && controls.controls.length > 20, JSON.stringify(controls).slice(0, 200));

  const rand = random(SEED);
  // The first sequence is the one a reader tried: a case chosen and a turnover typed at once.
  const fixed = { actions: [{ kind: 'preset', index: 2 }, { kind: 'text', key: 'u-turnover', value: '2bn' }], release: 2, pauses: [0, 0] };
  const started = Date.now();
  let onFirst = 0;
  for (let s = 0; s < SEQUENCES; s++) {
    const seq = s === 0 || process.env.GFS_REPLAY_FIXED ? fixed : sequence(rand, controls);
    const a = await onFirstView(first, url, seq);
    const b = await onLoaded(loaded, a.done);
    onFirst += a.done.filter((x) => x.on === 'first view').length;
    assert.deepEqual(a.shown, b,
      `seed ${SEED}, sequence ${s}: ${JSON.stringify(a.done)} (wasm let go before action ${seq.release})`);
  }
  console.log(`# ${SEQUENCES} sequences in ${((Date.now() - started) / 1000).toFixed(1)} s, ${onFirst} actions done on a first view`);
  assert.ok(onFirst > SEQUENCES, `only ${onFirst} actions were done on a first view`);
});

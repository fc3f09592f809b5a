// The one script an embedding site loads:
//   <script type="module" src="https://…/gdpr-fine-simulator.js"></script>
//   <gdpr-fine-simulator preset="cpa-2020" lang="nl" theme="dark"></gdpr-fine-simulator>
// It defines the <gdpr-fine-simulator> element and exports mount(). The WebAssembly is fetched
// and instantiated once, however many widgets the page holds; every file comes from the folder
// this script was loaded from, and nothing else is requested.
const here = (file) => new URL(file, import.meta.url).href;

/**
 * What the widget shares with this script, written once in Rust (src/facts.rs): its default case
 * and the cases of its bar, its languages, the options a page sets as attributes, its id prefix
 * and the events it dispatches once it shows its result and every part. tests/facts.rs holds
 * this line to them (`cargo run --example export_facts` prints it).
 */
export const FACTS = /*@facts*/{"version":"0.1.0","defaultCase":"cpa-2020","barCases":["cpa-2020","amazon-fr-2023","haga-2019","ico-23andme-2025"],"languages":["en","nl","fr","de"],"optionAttributes":["preset","method","lang","turnover","theme","compact"],"idPrefix":"gfs","renderedEvent":"gfs-rendered","completeEvent":"gfs-complete"}/*@end*/;

/** The widget's version, as its memo prints it. */
export const version = FACTS.version;

// The glue and the wasm, requested side by side (with a static import the wasm would only be
// asked for after the glue had arrived and run, one round trip more). Requested at the end of
// this script, once the widgets of the page have asked for their first views and files: those
// are small and shown first, and on HTTP/1.1 they would otherwise queue behind the wasm.
let code;
function fetchCode() {
  if (!code) {
    code = { glue: import('./gfs-widget.js'), wasm: fetch(here('gfs-widget_bg.wasm')) };
    code.wasm.catch(() => {}); // a failed download is reported by init(), when a widget asks for it
  }
  return code;
}
let ready;

/** Instantiates the wasm once; every widget waits on the same promise. Resolves to the glue. */
function load() {
  const { glue, wasm } = fetchCode();
  ready ??= glue.then(async (bindings) => {
    await bindings.default({ module_or_path: wasm });
    return bindings;
  });
  return ready;
}

/**
 * After the frame that shows what was just put on screen, and the one after it: the long task
 * that follows must not hold back the frame the reader is waiting for.
 */
const painted = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))));

// Filled in at build time (scripts/first-view.mjs): `files`, the stylesheet and the default
// case's English first view, so that this one file is all a page needs to show a widget's
// result; `firstViews`, the cases that have first views. Left null (`trunk serve`), there is no
// first view and the stylesheet is requested as a file.
const BUNDLED = /*@bundled*/ null;

const files = new Map(Object.entries(BUNDLED?.files ?? {}).map(([name, text]) => [name, Promise.resolve(text)]));
/**
 * One of the widget's on-demand files (a case, the case library, a language), as a promise of its text:
 * requested once however many widgets ask, and possibly before the wasm has arrived, so that it
 * comes side by side with it. A failed request may be tried again.
 */
function file(name) {
  if (!files.has(name)) {
    const text = fetch(here(name)).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${name}: HTTP ${r.status}`))));
    text.catch(() => files.delete(name));
    files.set(name, text);
  }
  return files.get(name);
}

/** The case a widget opens with needs no file; any other named case has a file of its own. */
const DEFAULT_CASE = FACTS.defaultCase;
/** The on-demand files a widget needs for its first render: its case and its language. */
function needs(options) {
  const names = [];
  const id = options.preset;
  if (id && id !== DEFAULT_CASE && id !== 'blank' && /^[a-z0-9-]+$/.test(id)) names.push(`cases/${id}.json`);
  const lang = langOf(options);
  if (lang !== 'en') names.push(`lang/${lang}.json`);
  return names;
}

/** Asks for them, and for the widget's first view, at once, side by side with the wasm. */
function prefetch(options, view = true) {
  for (const name of needs(options)) file(name).catch(() => {});
  if (view) firstViewFor(options)?.catch(() => {});
}

/** Hands the wasm the files a widget will need at once, so that its first render has them. */
async function provide(bindings, options) {
  const names = needs(options);
  for (const name of names) {
    try {
      bindings.provideFile(name, await file(name));
    } catch {
      // unreadable or missing: the widget asks again itself, and stays in English if it must
    }
  }
}

const LANGS = FACTS.languages;

/** The widget's language as the wasm will choose it: its own, else the page's, else English. */
function langOf(options) {
  const primary = (tag) => tag?.trim().split(/[-_]/)[0].toLowerCase();
  const own = primary(options.lang);
  const page = primary(document.documentElement.getAttribute('lang') ?? undefined);
  return LANGS.find((l) => l === own) ?? LANGS.find((l) => l === page) ?? 'en';
}

/**
 * The first view: a case as the widget itself renders it on opening, written at build time for
 * the cases of the widget's bar in each language (scripts/first-view.mjs →
 * first-view/<case>/<lang>.html; the default case in English is carried by this script) and
 * shown at once while the wasm is on its way. Only for a widget that will open with exactly that
 * view: one of those cases, no scenario, method or turnover of its own, and no shared scenario
 * in the page's address.
 */
function firstViewFor(options) {
  const key = firstViewKey(options);
  return key ? file(`first-view/${key}.html`) : null;
}

/** An address fragment that carries a share link (`#gfs=…`, `#x&gfs=…`): the widgets open its scenario. */
const SHARED_LINK = /(^#|&)gfs=/;

/** Which first view (`<case>/<lang>`) a widget opens with; null when it opens with another. */
function firstViewKey(options) {
  const id = options.preset ?? DEFAULT_CASE;
  const own = options.scenario || options.method || options.turnover || !(BUNDLED?.firstViews ?? []).includes(id);
  if (own || SHARED_LINK.test(location.hash)) return null;
  return `${id}/${langOf(options)}`;
}

/**
 * A first view the page's own HTML holds (written in at build time, see scripts/first-view.mjs:
 * in the host's declarative shadow root, or in a plain host), painted with the page before any
 * script has run. It is used only when it is of this script's version and is the view the widget
 * opens with; any other is dropped, and the widget goes on as without it.
 */
function inlineView(place, options) {
  const view = [...place.children].find((el) => el.classList.contains('gfs-first-view'));
  if (!view) return null;
  if (view.dataset.gfsVersion === FACTS.version && view.dataset.gfsView === firstViewKey(options)) return view;
  view.remove();
  return null;
}

// One stylesheet object for every widget's shadow root, read once, instead of one <link> and
// its own parse per instance. Browsers without constructable stylesheets get a <link>. Made
// when the first shadow root asks: a page whose widgets live in its own document (marked hosts,
// which link widget.css themselves) does not parse the stylesheet a second time before its
// first view shows.
const constructable = 'adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype;
let sheet;
function sharedSheet() {
  sheet ??= file('widget.css').then((css) => {
    const s = new CSSStyleSheet();
    s.replaceSync(css);
    return s;
  });
  return sheet;
}

/** Gives a shadow root the widget's stylesheet. */
async function style(shadow) {
  try {
    if (constructable) {
      shadow.adoptedStyleSheets = [await sharedSheet()];
      return;
    }
  } catch {
    // fall back to a link
  }
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = here('widget.css');
  shadow.prepend(link);
}

/**
 * Shows the first view, fetched, in `place` (see `keep`). Resolves to the shown view, or null
 * when there is none.
 */
async function showFirstView(place, options, isLive) {
  let html;
  try {
    html = await firstViewFor(options);
  } catch {
    return null; // no first view (not built, or offline): the live widget comes as before
  }
  if (!html || isLive()) return null;
  const view = document.createElement('div');
  view.className = 'gfs-first-view';
  view.innerHTML = html; // the widget's own render of the case, from the widget's own folder
  if (!(place instanceof ShadowRoot)) renumber(view);
  dress(view, options);
  // The view shows the head and the result, and stand-ins for the rest (the inputs, the analysis,
  // the library, the print-only memo): empty elements of the same kind and class, in the same
  // place. On a phone's CPU the whole view's first layout took about twice as long as the
  // result's, and when the rest below the result was laid out while the wasm arrived, the live
  // widget, which lays it out again, came that much later.
  const later = [...view.querySelectorAll(LATER)].map((el) => {
    const stand = el.cloneNode(false);
    el.replaceWith(stand);
    return [stand, el];
  });
  place.append(view);
  return keep(view, later);
}

/**
 * Takes over a first view of the page's own HTML (see `inlineView`). Its rest was written in as
 * the stand-ins' `<template data-gfs-rest>`, parsed but neither shown nor laid out.
 */
function adoptFirstView(view, place, options) {
  if (!(place instanceof ShadowRoot)) renumber(view);
  dress(view, options);
  const later = [...view.querySelectorAll('template[data-gfs-rest]')].map((rest) => {
    const stand = rest.parentElement;
    const el = stand.cloneNode(false);
    rest.remove();
    el.append(rest.content);
    return [stand, el];
  });
  return keep(view, later);
}

/** The case's theme and compact mode, as the page sets them. */
function dress(view, options) {
  const section = view.querySelector('.gfs');
  if (section) {
    section.dataset.theme = options.theme === 'dark' ? 'dark' : 'light';
    section.classList.toggle('gfs-compact-mode', Boolean(options.compact));
  }
}

/**
 * Keeps what the reader does to a shown first view (clicks on buttons and summaries, typing,
 * choices), to be done again on the live widget, so that nothing is lost while the wasm
 * arrives; puts its rest (`later`, pairs of a stand-in and its element) back when a stand-in
 * comes near the viewport (the inputs beside the result on a wide screen: at once), when the
 * page is printed, or once the live widget has taken REST_AFTER ms.
 */
function keep(view, later) {
  const log = [];
  const note = (type, el, value, checked) => {
    if (type === 'click') {
      const control = el.closest?.('button, summary');
      if (control) log.push({ type: 'click', el: control });
      // A radio already on fires no change, yet on the live widget (another case, another
      // method by then) it may be off: the reader's choice is kept all the same.
      else if (el.type === 'radio') log.push({ type: 'change', el, value, checked: true });
    } else {
      log.push({ type, el, value, checked });
    }
  };
  // What the reader did to a view of the page's own HTML before this script ran, as the page's
  // line after the view kept it (scripts/first-view.mjs); it keeps no more from now on.
  for (const done of view.gfsEarly ?? []) note(...done);
  view.gfsEarly = null;
  for (const type of ['click', 'input', 'change']) view.addEventListener(type, (e) => note(e.type, e.target, e.target.value, e.target.checked), true);
  view.log = log;
  let out = later.length > 0;
  const putBack = (shown) => {
    if (!out) return;
    out = false;
    for (const [stand, el] of later) {
      if (!shown) el.style.display = 'none';
      stand.replaceWith(el);
    }
  };
  const stop = out ? whenNear(later.map(([stand]) => stand), () => putBack(true)) : () => {};
  // Whether the rest is still in its stand-ins: then nothing of it is on screen or focused.
  view.restOut = () => out;
  // For the handover: every element in its place, the rest not shown (nor laid out) if it was out.
  view.complete = () => {
    stop();
    putBack(false);
  };
  // Resolves once the result has been painted (see `start`).
  view.shown = painted();
  shownViews.add(view.shown);
  view.shown.finally(() => shownViews.delete(view.shown));
  return view;
}

/** The parts of a first view shown after its result (the result's own section stays). */
const LATER = '.gfs-memo, .gfs-inputs, .gfs-analysis, .gfs-library, datalist';
/** How long a first view waits for the live widget before it shows its rest anyway. */
const REST_AFTER = 1500;

/**
 * Calls `show` once when one of `stands` comes within a quarter of a screen's height of the
 * viewport, when the page is printed, or after REST_AFTER ms; returns a function that cancels it.
 */
function whenNear(stands, show) {
  let timer;
  const seen = typeof IntersectionObserver === 'function'
    ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && done(), { rootMargin: '0px 0px 25% 0px' })
    : null;
  const stop = () => {
    seen?.disconnect();
    clearTimeout(timer);
    removeEventListener('beforeprint', done);
  };
  function done() {
    stop();
    show();
  }
  for (const stand of stands) seen?.observe(stand);
  addEventListener('beforeprint', done);
  timer = setTimeout(done, REST_AFTER);
  return stop;
}

/**
 * A first view in the page's own document (a plain host element, no shadow root) gets ids of its
 * own: every view was rendered as the page's first widget, and two of them in one document would
 * share ids, so that a label could point at the other view's field.
 */
let renumbered = 0;
const FIRST_IDS = new RegExp(`\\b${FACTS.idPrefix}1-`, 'g');
const REFERENCES = ['id', 'for', 'list', 'aria-labelledby', 'aria-describedby', 'aria-controls'];
function renumber(view) {
  renumbered += 1;
  const own = `${FACTS.idPrefix}-view${renumbered}-`;
  // A view of the page's HTML keeps its rest in templates, whose content is a tree of its own.
  for (const root of [view, ...[...view.querySelectorAll('template')].map((t) => t.content)]) {
    for (const el of root.querySelectorAll(REFERENCES.map((a) => `[${a}]`).join(','))) {
      for (const a of REFERENCES) {
        const v = el.getAttribute(a);
        if (v) el.setAttribute(a, v.replace(FIRST_IDS, own));
      }
    }
  }
}

/**
 * Resolves with `said`, an event of the widget's: that it shows its result, or, a frame later,
 * every part. Should it never say so, after 5 s all the same: the reader is not left with a first
 * view that no longer answers.
 */
const until = (said) => Promise.race([said, new Promise((r) => setTimeout(r, 5000))]);

/**
 * Replaces the first view with the live widget once it has rendered: what the reader did to the
 * first view is done again, in order, to the same elements of the live one, focus included.
 * The first view stays on screen, and keeps what the reader does, until all of it has been done
 * again: what the reader does while that goes on comes after it, in order, and lands in the
 * case the earlier clicks chose. An element is found when its action is done again — by its id
 * where it has one (an id survives a re-render, and a case chosen on the first view changes the
 * layout), else by its place, if the element there is of the same kind — and a case still
 * loading is waited for first.
 */
async function handOver(view, live, rendered, complete) {
  await until(rendered);
  await view.shown;
  // Shown before its analysis and library have come only when the first view's were never on
  // screen and the reader has done nothing to it: nothing seen or done goes missing meanwhile.
  if (view.log.length || !view.restOut()) await until(complete);
  view.complete();
  const before = [...view.querySelectorAll('*')];
  const cards = new Cards();
  const settled = async () => {
    for (let i = 0; i < 400 && live.querySelector('.gfs-loading'); i++) await new Promise((r) => setTimeout(r, 25));
  };
  const twin = (el) => {
    if (!el) return undefined;
    const key = el.id && cards.live(ownId(el.id));
    // The same field, and of the same kind: a method chosen meanwhile may put another kind there.
    const same = (x) => ownId(x.id) === key && x.tagName === el.tagName && x.type === el.type;
    if (key) return [...live.querySelectorAll('[id]')].find(same);
    if (el.id) return undefined; // a card that is no longer there
    const there = [...live.querySelectorAll('*')][before.indexOf(el)];
    return there?.tagName === el.tagName && there.textContent === el.textContent ? there : undefined;
  };
  let next = 0;
  let focused;
  do {
    while (next < view.log.length) {
      const { type, el, value, checked } = view.log[next++];
      await settled();
      const target = twin(el);
      if (!target?.isConnected) continue;
      // A choice the live field does not offer (another case, another method) is not made.
      if (target.tagName === 'SELECT' && ![...target.options].some((o) => o.value === value)) continue;
      if (type === 'click') {
        target.click();
        cards.clicked(el);
      } else {
        if (target.type === 'checkbox' || target.type === 'radio') target.checked = checked;
        else target.value = value;
        target.dispatchEvent(type === 'input' ? new InputEvent('input', { bubbles: true }) : new Event('change', { bubbles: true }));
      }
      await quiet(live); // the widget has rendered it (and shows a case loading) before the next one
    }
    await settled();
    focused = twin(view.getRootNode().activeElement);
  } while (next < view.log.length);
  view.remove();
  live.hidden = false;
  focused?.focus();
}

/**
 * Resolves once `el` has not changed for 20 ms (at most 2 s): the widget's render of what was just
 * done is complete. A render on a slow CPU yields to the browser part-way, so one task is not
 * enough to be sure that a case chosen already shows as loading.
 */
function quiet(el) {
  return new Promise((resolve) => {
    let changed = true;
    const seen = new MutationObserver(() => { changed = true; });
    seen.observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
    let rounds = 0;
    const check = () => {
      if (!changed || ++rounds > 100) {
        seen.disconnect();
        resolve();
        return;
      }
      changed = false;
      setTimeout(check, 20);
    };
    check();
  });
}

/**
 * Where each infringement card of the first view is in the live widget. The first view does not
 * change when the reader removes a card there, but the live widget does: the next card the
 * reader touches in the first view is found where it has moved to, and a removed card's fields
 * are gone. A case chosen starts again from the cards' places.
 */
class Cards {
  constructor() {
    this.at = null; // null: each card where it is in the first view
  }

  /** The live widget's own id for the first view's own id `key`; undefined when it is gone. */
  live(key) {
    const m = /^i(\d+)-(.+)$/.exec(key);
    if (!m || !this.at) return key;
    const at = this.at[Number(m[1])];
    return at === null || at === undefined ? undefined : `i${at}-${m[2]}`;
  }

  /** After the first view's element `el` was clicked again on the live widget. */
  clicked(el) {
    if (el.classList.contains('gfs-preset')) {
      this.at = null;
      return;
    }
    const m = /^i(\d+)-remove$/.exec(el.id ? ownId(el.id) : '');
    if (!m) return;
    this.at ??= Array.from({ length: 100 }, (_, k) => k);
    const gone = this.at[Number(m[1])];
    this.at = this.at.map((c) => (c === null || c === gone ? null : c > gone ? c - 1 : c));
  }
}

/** An element's id without its instance's prefix (gfs1-, gfs-view2-): the same field in any render. */
const OWN_ID = new RegExp(`^${FACTS.idPrefix}(-view)?\\d+-`);
const ownId = (id) => id.replace(OWN_ID, '');

/** The first views of the page still on their way. */
const pendingViews = new Set();
/** The first views of the page whose result is not yet painted. */
const shownViews = new Set();

/**
 * Mounts the live widget into a new element of `place` (a shadow root, or a host element of the
 * page), behind the first view when there is one (`inline`: the page's own), then hands over.
 * `options()` is read when the widget mounts; `wanted()` says whether it is still wanted then
 * (the element may have left the page). Resolves to the widget's handle.
 */
async function start(place, options, events, wanted, mounted$ = () => {}, defer = null, inline = null) {
  let mounted = false;
  const view = inline ? Promise.resolve(adoptFirstView(inline, place, options())) : showFirstView(place, options(), () => mounted);
  pendingViews.add(view);
  view.finally(() => pendingViews.delete(view));
  const bindings = await load();
  if (!wanted()) {
    mounted = true;
    (await view)?.remove();
    return null;
  }
  const live = document.createElement('div');
  mounted = true;
  // A first view already on screen stays until the live widget has rendered behind it; one still
  // on its way is not shown at all (isLive() is now true).
  const shown = await Promise.race([view, Promise.resolve(null)]);
  // A widget whose first view is on screen may wait to go live until it is wanted (below the
  // fold, not touched): its first view answers meanwhile, and its render is out of the way of
  // the widgets the reader is looking at.
  if (shown && defer) {
    await defer(shown);
    if (!wanted()) {
      shown.remove();
      return null;
    }
  }
  if (shown) live.hidden = true;
  place.append(live);
  await provide(bindings, options());
  // Every first view of the page shows its result, painted, before any live widget's first
  // render, a long task, begins: one widget's render must not hold back another's first view. A
  // view painted long ago (the wasm took longer than the view) is not waited for again.
  await Promise.allSettled([...pendingViews].filter((v) => v !== view));
  await Promise.allSettled([...shownViews]);
  const said = (name) => new Promise((r) => events.addEventListener(name, r, { once: true }));
  const [rendered, complete] = [said(FACTS.renderedEvent), said(FACTS.completeEvent)];
  const handle = bindings.mountWidget(live, options(), events, file);
  // The page's changes from now on go to the live widget, even while the first view still shows.
  mounted$(handle);
  if (shown) await handOver(shown, live, rendered, complete);
  await until(complete);
  events.dataset.gfsReady = '';
  aWidgetIsLive();
  return handle;
}

/** Resolves once a widget of the page is live (or after 3 s, should none be wanted yet). */
let aWidgetIsLive;
const aWidgetLive = Promise.race([
  new Promise((r) => { aWidgetIsLive = r; }),
  new Promise((r) => setTimeout(r, 3000)),
]);

/**
 * When a widget whose first view is shown in `host` is wanted live: when it comes near the
 * viewport, when the reader touches its first view, when `wake()` is called (the page asks
 * something of it), or when the main thread is idle once a widget of the page is live.
 */
function whenWanted(host, view) {
  let wake;
  const promise = new Promise((resolve) => {
    let seen = null;
    wake = () => {
      seen?.disconnect();
      resolve();
    };
    if (typeof IntersectionObserver !== 'function') return wake();
    seen = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && wake(), { rootMargin: '200px' });
    seen.observe(host);
    for (const type of ['pointerdown', 'focusin', 'keydown']) view.addEventListener(type, wake, { once: true, capture: true });
    const idle = window.requestIdleCallback ?? ((f) => setTimeout(f, 200));
    aWidgetLive.then(() => idle(wake, { timeout: 2000 }));
  });
  return { promise, wake };
}

/**
 * Mounts a widget into `element` (its own shadow root, so page and widget styles stay apart).
 * `options`: { preset, method, lang, turnover, theme, compact, scenario } — `scenario` in the
 * engine's scenario schema. Resolves to a handle with setScenario, getScenario, setOptions and
 * destroy. `fine-change` events are dispatched on `element`.
 */
export async function mount(element, options = {}) {
  prefetch(options);
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  shadow.replaceChildren();
  await style(shadow);
  return start(shadow, () => options, element, () => true);
}
const ATTRIBUTES = FACTS.optionAttributes;

class GdprFineSimulator extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  /** Attribute values as options; they are data, never markup. */
  options() {
    const o = {};
    for (const name of ATTRIBUTES) {
      if (name === 'compact') o.compact = this.hasAttribute('compact') && this.getAttribute('compact') !== 'false';
      else if (this.hasAttribute(name)) o[name] = this.getAttribute(name);
    }
    o.lang ??= this.closest('[lang]')?.getAttribute('lang') ?? undefined;
    return o;
  }

  async connectedCallback() {
    if (this.handle || this.mounting) return;
    this.mounting = true;
    try {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const options = this.options();
      const inline = inlineView(shadow, options);
      prefetch(options, !inline);
      // The page's view keeps its own stylesheet until the shared one is in.
      const sheets = [...shadow.children].filter((el) => el.localName === 'style' || el.localName === 'link');
      for (const child of [...shadow.childNodes]) if (child !== inline && !sheets.includes(child)) child.remove();
      await style(shadow);
      if (!inline || shadow.adoptedStyleSheets?.length) for (const el of sheets) el.remove();
      const live = (h) => {
        this.handle = h;
        if (this.waiting) h.setScenario(this.waiting);
        this.waiting = undefined;
      };
      const defer = (view) => {
        const w = whenWanted(this, view);
        this.wake = w.wake;
        return w.promise;
      };
      const handle = await start(shadow, () => this.options(), this, () => this.isConnected && !this.handle, live, defer, inline);
      if (handle && this.isConnected) this.handle = handle;
      else handle?.destroy();
    } finally {
      this.mounting = false;
    }
  }

  attributeChangedCallback() {
    // Before it is live, the widget reads its attributes when it mounts: it is wanted now.
    if (this.handle) this.handle.setOptions(this.options());
    else this.wake?.();
  }

  disconnectedCallback() {
    this.handle?.destroy();
    this.handle = undefined;
  }

  /** The same handle methods on the element itself. */
  setScenario(scenario) {
    if (this.handle) {
      this.handle.setScenario(scenario);
      return;
    }
    // A widget still showing its first view takes it once live, and is wanted now.
    this.waiting = scenario;
    this.wake?.();
  }

  getScenario() {
    this.wake?.();
    return this.handle?.getScenario() ?? this.waiting ?? null;
  }
}

if (!customElements.get('gdpr-fine-simulator')) {
  customElements.define('gdpr-fine-simulator', GdprFineSimulator);
}

// Pages that mark plain elements with data-gdpr-fine-simulator (and link widget.css themselves):
// each gets the first view and then its widget from here; the marker data-gfs-managed tells the
// wasm's own start function (which serves pages loading the glue directly) to leave it alone.
const DATA_OPTIONS = ATTRIBUTES.filter((a) => a !== 'compact');
for (const host of document.querySelectorAll('[data-gdpr-fine-simulator]:not([data-gfs-managed])')) {
  host.dataset.gfsManaged = '';
  const options = () => {
    const o = { compact: host.hasAttribute('data-compact') && host.dataset.compact !== 'false' };
    for (const name of DATA_OPTIONS) if (host.dataset[name] !== undefined) o[name] = host.dataset[name];
    return o;
  };
  const opened = options();
  const inline = inlineView(host, opened);
  prefetch(opened, !inline);
  start(host, options, host, () => true, undefined, (view) => whenWanted(host, view).promise, inline);
}

fetchCode();

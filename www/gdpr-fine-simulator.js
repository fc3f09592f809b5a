// The one script an embedding site loads:
//   <script type="module" src="https://…/gdpr-fine-simulator.js"></script>
//   <gdpr-fine-simulator preset="cpa-2020" lang="nl" theme="dark"></gdpr-fine-simulator>
// It defines the <gdpr-fine-simulator> element and exports mount(). The WebAssembly is fetched
// and instantiated once, however many widgets the page holds; every file comes from the folder
// this script was loaded from, and nothing else is requested.
const here = (file) => new URL(file, import.meta.url).href;

// The glue and the wasm are requested at once, side by side, as soon as this script runs: with
// a static import the wasm would only be asked for after the glue had arrived and run, one
// round trip more before the first widget appears.
const glue = import('./gfs-widget.js');
const wasm = fetch(here('gfs-widget_bg.wasm'));
wasm.catch(() => {}); // a failed download is reported by init(), when a widget asks for it
let ready;

/** Instantiates the wasm once; every widget waits on the same promise. Resolves to the glue. */
function load() {
  ready ??= glue.then(async (bindings) => {
    await bindings.default({ module_or_path: wasm });
    return bindings;
  });
  return ready;
}

const files = new Map();
/**
 * One of the widget's on-demand files (the case library, a language), as a promise of its text:
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

/** The case a widget opens with needs no file; any other named case is in the library. */
const DEFAULT_CASE = 'cpa-2020';
function prefetch(options) {
  if (options.preset && options.preset !== DEFAULT_CASE && options.preset !== 'blank') file('cases.json').catch(() => {});
}

/** A shadow root with the widget's stylesheet and an element to render into. */
function prepare(shadow) {
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = here('widget.css');
  const root = document.createElement('div');
  shadow.replaceChildren(style, root);
  return root;
}

/**
 * Mounts a widget into `element` (its own shadow root, so page and widget styles stay apart).
 * `options`: { preset, method, lang, turnover, theme, compact, scenario } — `scenario` in the
 * engine's scenario schema. Resolves to a handle with setScenario, getScenario, setOptions and
 * destroy. `fine-change` events are dispatched on `element`.
 */
export async function mount(element, options = {}) {
  prefetch(options);
  const { mountWidget } = await load();
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  return mountWidget(prepare(shadow), options, element, file);
}

const ATTRIBUTES = ['preset', 'method', 'lang', 'turnover', 'theme', 'compact'];

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
      prefetch(this.options());
      const { mountWidget } = await load();
      if (this.isConnected && !this.handle) {
        const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
        this.handle = mountWidget(prepare(shadow), this.options(), this, file);
      }
    } finally {
      this.mounting = false;
    }
  }

  attributeChangedCallback() {
    this.handle?.setOptions(this.options());
  }

  disconnectedCallback() {
    this.handle?.destroy();
    this.handle = undefined;
  }

  /** The same handle methods on the element itself. */
  setScenario(scenario) {
    this.handle?.setScenario(scenario);
  }

  getScenario() {
    return this.handle?.getScenario() ?? null;
  }
}

if (!customElements.get('gdpr-fine-simulator')) {
  customElements.define('gdpr-fine-simulator', GdprFineSimulator);
}

// Pages that mark plain elements with data-gdpr-fine-simulator (and link widget.css themselves)
// get their widgets from the module's start function, which runs when the wasm is loaded.
if (document.querySelector('[data-gdpr-fine-simulator]')) load();

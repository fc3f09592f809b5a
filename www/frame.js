// The widget inside an iframe, for sites that cannot load modules. Options come from the query
// string (?preset=haga-2019&lang=nl&theme=dark&compact); the page tells its parent its height
// with a message of an explicit type, so the parent can size the iframe. The parent must check
// the message's origin (see iframe-parent.js).
import { FACTS } from './gdpr-fine-simulator.js';

const MESSAGE_TYPE = 'gdpr-fine-simulator:height';
const widget = document.querySelector('gdpr-fine-simulator');
const params = new URLSearchParams(location.search);
for (const name of FACTS.optionAttributes.filter((a) => a !== 'compact')) {
  if (params.has(name)) widget.setAttribute(name, params.get(name));
}
if (params.has('compact')) widget.setAttribute('compact', '');

let last = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.scrollHeight);
  if (height !== last && window.parent !== window) {
    last = height;
    window.parent.postMessage({ type: MESSAGE_TYPE, height }, '*');
  }
}).observe(document.documentElement);

// The parent page's half of the iframe embed: size the iframe to the height the widget reports,
// and only believe messages from the iframe's own origin and window.
const MESSAGE_TYPE = 'gdpr-fine-simulator:height';

for (const frame of document.querySelectorAll('iframe.gfs-frame')) {
  const origin = new URL(frame.src, location.href).origin;
  window.addEventListener('message', (event) => {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    const { type, height } = event.data ?? {};
    if (type === MESSAGE_TYPE && Number.isFinite(height) && height > 0 && height < 100000) {
      frame.style.height = `${height}px`;
      frame.dataset.reportedHeight = String(height);
    }
  });
}

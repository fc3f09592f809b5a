// Where a first load spends its time: a CPU profile (Chrome DevTools Protocol) from navigation
// until the widget's result is in the DOM, summed per function (self time, ms). For names, point
// it at a copy of dist/ whose wasm keeps its name section (KEEP_NAMES=1 perf/size-variant.sh).
//   node tests/perf/profile-startup.mjs <site dir>
import { chromium } from 'playwright-core';
import { serveStatic } from '../e2e/support/static-server.mjs';
import { CHROMIUM_ARGS } from '../e2e/support/browser.mjs';
const server = await serveStatic(process.argv[2]);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const context = await browser.newContext();
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(server.url + '/index.html', { waitUntil: 'load' });
await page.waitForSelector('.gfs [data-testid=final]');
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; let total = 0;
profile.samples.forEach((id, i) => {
  const n = byId.get(id); const k = n.callFrame.functionName || '(' + n.callFrame.url.split('/').pop() + ')';
  self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0)); total += dt[i] ?? 0;
});
console.log('total ms', total / 1000);
[...self].sort((a, b) => b[1] - a[1]).slice(0, 40).forEach(([k, v]) => console.log((v / 1000).toFixed(1).padStart(7), k.slice(0, 140)));
await browser.close(); server.close();

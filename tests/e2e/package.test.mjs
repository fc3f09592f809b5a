// The npm package as an embedding site uses it: `make package` writes the tarball, `npm install`
// puts it into an empty site, which serves it under a sub-path; and a second origin serves the
// same folder as a CDN would (CORS), loaded with the integrity `make package` prints, under a
// strict CSP. In each the widget renders, reads a language file and the case library, and asks
// for nothing outside its package folder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from './support/static-server.mjs';
import { launch } from './support/browser.mjs';

const root = new URL('../..', import.meta.url).pathname;
const ctx = {};

before(async () => {
  execFileSync('bash', ['scripts/package.sh'], { cwd: root, stdio: 'ignore' });
  const tarball = (await readdir(join(root, 'target/package'))).find((f) => f.endsWith('.tgz'));
  ctx.integrity = (await readFile(join(root, 'target/package/integrity.txt'), 'utf8')).trim();
  ctx.dir = await mkdtemp(join(tmpdir(), 'gfs-site-'));
  await writeFile(join(ctx.dir, 'package.json'), '{"name":"a-law-firm-site","private":true}\n');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--silent', join(root, 'target/package', tarball)], { cwd: ctx.dir });
  ctx.version = JSON.parse(await readFile(join(ctx.dir, 'node_modules/gdpr-fine-simulator/package.json'), 'utf8')).version;
  // The law firm's own site: its page, the package under /node_modules/….
  await writeFile(join(ctx.dir, 'index.html'), `<!doctype html><html lang="nl"><meta charset="utf-8"><title>Site</title><link rel="icon" href="data:,">
<script type="module" src="/node_modules/gdpr-fine-simulator/gdpr-fine-simulator.js"></script>
<gdpr-fine-simulator preset="amazon-fr-2023"></gdpr-fine-simulator>\n`);
  ctx.site = await serveStatic(ctx.dir, {
    headers: (path) => (path === '/cdn.html' ? { 'content-security-policy': ctx.csp } : {}),
  });
  // A CDN: another origin, the package's folder under its name and version, with CORS.
  ctx.cdnDir = await mkdtemp(join(tmpdir(), 'gfs-cdn-'));
  await writeFile(join(ctx.cdnDir, 'index.html'), 'cdn\n');
  await cp(join(ctx.dir, 'node_modules/gdpr-fine-simulator'), join(ctx.cdnDir, `gdpr-fine-simulator@${ctx.version}`), { recursive: true });
  ctx.cdn = await serveStatic(ctx.cdnDir, { headers: () => ({ 'access-control-allow-origin': '*' }) });
  ctx.base = `${ctx.cdn.url}gdpr-fine-simulator@${ctx.version}/`;
  const cdnOrigin = new URL(ctx.cdn.url).origin;
  ctx.csp = `default-src 'none'; script-src ${cdnOrigin} 'wasm-unsafe-eval'; connect-src ${cdnOrigin}; style-src ${cdnOrigin}; img-src data:`;
  await writeFile(join(ctx.dir, 'cdn.html'), `<!doctype html><html lang="fr"><meta charset="utf-8"><title>CDN</title><link rel="icon" href="data:,">
<script type="module" src="${ctx.base}gdpr-fine-simulator.js" integrity="${ctx.integrity}" crossorigin="anonymous"></script>
<gdpr-fine-simulator preset="haga-2019"></gdpr-fine-simulator>\n`);
  ctx.browser = await launch();
});

after(async () => {
  await ctx.browser?.close();
  await ctx.site?.close();
  await ctx.cdn?.close();
  await rm(ctx.dir ?? '', { recursive: true, force: true });
  await rm(ctx.cdnDir ?? '', { recursive: true, force: true });
});

async function open(url) {
  const page = await ctx.browser.context.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('gdpr-fine-simulator')?.shadowRoot?.querySelector('.gfs [data-testid=final]'), null, { timeout: 20_000 });
  return { page, requests, problems };
}

test('installed with npm and served under a sub-path, the widget reads only its own folder', async () => {
  const { page, requests, problems } = await open(ctx.site.url);
  const final = await page.evaluate(() => document.querySelector('gdpr-fine-simulator').shadowRoot.querySelector('[data-testid=final]').textContent);
  assert.equal(final.replace(/\s/g, ' '), '€ 32.000.000');
  const folder = `${ctx.site.url}node_modules/gdpr-fine-simulator/`;
  const outside = requests.filter((u) => u !== ctx.site.url && !u.startsWith(folder));
  assert.deepEqual(outside, []);
  assert.ok(requests.includes(`${folder}lang/nl.json`) && requests.includes(`${folder}cases/amazon-fr-2023.json`), requests.join('\n'));
  const exported = await page.evaluate(async (u) => (await import(u)).version, `${folder}gdpr-fine-simulator.js`);
  assert.equal(exported, ctx.version);
  assert.deepEqual(problems, []);
  await page.close();
});

test('from a second origin as a CDN, pinned with its integrity, under a strict CSP', async () => {
  const { page, requests, problems } = await open(new URL('cdn.html', ctx.site.url).href);
  const final = await page.evaluate(() => document.querySelector('gdpr-fine-simulator').shadowRoot.querySelector('[data-testid=final]').textContent);
  assert.equal(final.replace(/\s/g, ' '), '460 000 €');
  const page_ = new URL('cdn.html', ctx.site.url).href;
  const outside = requests.filter((u) => u !== page_ && !u.startsWith(ctx.base));
  assert.deepEqual(outside, []);
  assert.ok(requests.includes(`${ctx.base}lang/fr.json`) && requests.includes(`${ctx.base}cases/haga-2019.json`), requests.join('\n'));
  assert.deepEqual(problems, []);
  await page.close();
});

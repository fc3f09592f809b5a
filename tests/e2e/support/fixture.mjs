// One static server and one browser per test file, started before its tests and closed after.
import { after, before } from 'node:test';
import { serveStatic } from './static-server.mjs';
import { launch } from './browser.mjs';

/** Returns `{ site, browser }`, filled in before the file's first test runs. */
export function siteAndBrowser(serveOptions) {
  const ctx = {};
  before(async () => {
    ctx.site = await serveStatic(undefined, serveOptions);
    ctx.browser = await launch();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.site?.close();
  });
  return ctx;
}

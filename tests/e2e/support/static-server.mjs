// A static file server for the built site, on 127.0.0.1 and a free port, so that E2E tests see
// the widget exactly as an embedding site would serve it (correct wasm MIME type included).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants as zlib } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** The built site: SITE_DIR if set, else dist/ at the repository root (what `make dist` makes). */
export const siteDir = resolve(process.env.SITE_DIR ?? new URL('../../../dist', import.meta.url).pathname);

/**
 * Starts serving `root`; resolves to `{ url, close }` once listening. `headers(path)` adds
 * response headers, e.g. a Content-Security-Policy for one page. Requests outside `root`
 * get 404 rather than a file from elsewhere on the machine.
 * `brotli: true` serves every file brotli-compressed (quality 11) to a browser that accepts it,
 * as a CDN does, so that benchmarks see the bytes a visitor downloads; off by default, so that
 * E2E tests see the files exactly as written.
 */
export async function serveStatic(root = siteDir, { headers = () => ({}), brotli = false } = {}) {
  try {
    await stat(join(root, 'index.html'));
  } catch {
    throw new Error(`no built site at ${root}: run \`make dist\` first (or set SITE_DIR)`);
  }
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const type = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (brotli && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        const body = await compressed(file);
        res.writeHead(200, { ...type, 'content-encoding': 'br', vary: 'accept-encoding', ...headers(path) });
        res.end(body);
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, { ...type, ...(brotli ? { vary: 'accept-encoding' } : {}), ...headers(path) });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  // Quality 11 takes seconds on the wasm, so each file is compressed once, on its first request
  // (a CDN's edge cache), and again only if its mtime or size changed: a rebuilt file is never
  // served with the bytes of the one before.
  const cache = new Map();
  async function compressed(file) {
    const { mtimeMs, size } = await stat(file);
    let hit = cache.get(file);
    if (hit?.mtimeMs !== mtimeMs || hit?.size !== size) {
      const body = brotliCompressSync(await readFile(file), {
        params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: size },
      });
      hit = { mtimeMs, size, body };
      cache.set(file, hit);
    }
    return hit.body;
  }
  await new Promise((ok, fail) => server.listen(0, '127.0.0.1', ok).once('error', fail));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

// A tiny test server for the resilience suite: the built CDN directory, pages registered by the
// test, and fixture routes that misbehave on purpose. Every response carries a strict CSP.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, extname } from 'node:path';

export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * @param {{cdnDir: string, fixtures: Record<string, string | Buffer>}} options
 *   fixtures: path under /fixtures/ → JSON body (served as application/json).
 */
export async function startServer({ cdnDir, fixtures }) {
  /** path → {html, csp} registered by the tests. */
  const pages = new Map();
  const sockets = new Set();
  /** Every request the server saw: method and path. */
  const log = [];

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    log.push(`${req.method} ${path}`);
    const send = (status, body, type = 'text/plain; charset=utf-8', extra = {}) => {
      if (res.destroyed) return;
      res.writeHead(status, {
        'content-type': type,
        'content-security-policy': STRICT_CSP,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
        ...extra,
      });
      res.end(body);
    };
    try {
      if (pages.has(path)) {
        const page = pages.get(path);
        return send(200, page.html, TYPES['.html'], { 'content-security-policy': page.csp ?? STRICT_CSP });
      }
      // /cdn/ is the folder; /cdn-copy/ a second copy of it; /cdn-nodata/, /cdn-badjson/ and /cdn-badshape/
      // copies whose data/dataset.json is missing, not JSON, or JSON of another shape.
      const copy = /^\/cdn(?:-(copy|nodata|badjson|badshape))?\//.exec(path);
      if (copy) {
        const rest = path.slice(copy[0].length);
        if (rest === 'data/dataset.json' && copy[1] === 'nodata') return send(404, 'not found');
        if (rest === 'data/dataset.json' && copy[1] === 'badjson') return send(200, '<!doctype html><p>Moved', TYPES['.json']);
        if (rest === 'data/dataset.json' && copy[1] === 'badshape') return send(200, '{"version": 1, "networks": {}}', TYPES['.json']);
        const file = normalize(join(cdnDir, rest));
        if (!file.startsWith(cdnDir)) return send(403, 'forbidden');
        try {
          return send(200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
        } catch {
          return send(404, 'not found');
        }
      }
      switch (path) {
        case '/fixtures/500':
          return send(500, 'Internal Server Error');
        case '/fixtures/slow': {
          // Answers after 20 s, long after any small `timeout`; closes early when the client gives up.
          const timer = setTimeout(() => send(200, fixtures['dataset.json'], TYPES['.json']), 20000);
          req.on('close', () => clearTimeout(timer));
          res.on('close', () => clearTimeout(timer));
          return;
        }
        case '/fixtures/reset':
          req.socket.destroy();
          return;
        case '/fixtures/big-chunked.json': {
          // 5 MB without a content-length: the element must stop reading by size, not by header.
          res.writeHead(200, { 'content-type': TYPES['.json'], 'content-security-policy': STRICT_CSP, 'cache-control': 'no-store' });
          const body = fixtures['big.json'];
          const step = 256 * 1024;
          for (let i = 0; i < body.length; i += step) res.write(body.subarray(i, i + step));
          return res.end();
        }
        case '/fixtures/html':
          return send(200, '<!doctype html><title>Not data</title><p>Hello</p>', TYPES['.html']);
        case '/fixtures/empty.json':
          return send(200, '', TYPES['.json']);
        default:
          if (path.startsWith('/fixtures/') && fixtures[path.slice(10)] !== undefined) {
            return send(200, fixtures[path.slice(10)], TYPES['.json']);
          }
          if (path.startsWith('/fixtures/delayed/') && fixtures[path.slice(18)] !== undefined) {
            // A good file that takes 700 ms: long enough to move or remove the element meanwhile.
            const timer = setTimeout(() => send(200, fixtures[path.slice(18)], TYPES['.json']), 700);
            res.on('close', () => clearTimeout(timer));
            return;
          }
          if (path.startsWith('/cors/') && fixtures[path.slice(6)] !== undefined) {
            // The same files for pages on another origin (http://localhost:port vs http://127.0.0.1:port).
            return send(200, fixtures[path.slice(6)], TYPES['.json'], { 'access-control-allow-origin': '*' });
          }
          return send(404, 'not found');
      }
    } catch (e) {
      send(500, String(e));
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    /** The same server under another origin, for `src` on a different origin. */
    otherOrigin: `http://localhost:${port}`,
    pages,
    log,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

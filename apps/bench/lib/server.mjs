// A minimal static server on 127.0.0.1 for the browser benchmarks: the CDN directory, one page,
// and JSON bodies registered by the bench.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, extname } from 'node:path';

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html; charset=utf-8' };

export async function startServer({ cdnDir, json = {} }) {
  const sockets = new Set();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status, body, type) => {
      // Cross-origin isolated, so performance.now() has 5 µs resolution instead of 100 µs.
      res.writeHead(status, {
        'content-type': type,
        'cache-control': 'no-store',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
        'cross-origin-resource-policy': 'same-origin',
      });
      res.end(body);
    };
    if (path === '/' || path === '/bench.html') {
      return send(200, '<!doctype html><html lang="sv"><meta charset="utf-8"><title>bench</title><main id="stage"></main>', TYPES['.html']);
    }
    if (path.startsWith('/json/') && json[path.slice(6)] !== undefined) return send(200, json[path.slice(6)], TYPES['.json']);
    if (path.startsWith('/cdn/')) {
      const file = normalize(join(cdnDir, path.slice(5)));
      if (file.startsWith(cdnDir)) {
        try {
          return send(200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
        } catch {
          /* 404 below */
        }
      }
    }
    send(404, 'not found', 'text/plain');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

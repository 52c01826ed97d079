#!/usr/bin/env node
// The demo municipality page: a plain node:http static server (no dependencies) that serves
// apps/demo/public and, under /gr/, the elements' CDN build (packages/elements/dist/cdn), the way a
// municipality would self-host GR's files on its own origin. Every response carries the strict
// Content-Security-Policy a locked-down CMS uses, so the page proves the elements work under it.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Where the demo's own files live. */
export const PUBLIC_DIR = resolve(here, 'public');
/** The elements' CDN build, served under /gr/ (GR_CDN_DIR serves another copy, e.g. a downloaded release). */
export const CDN_DIR = process.env.GR_CDN_DIR
  ? resolve(process.env.GR_CDN_DIR)
  : resolve(here, '..', '..', 'packages', 'elements', 'dist', 'cdn');
export const DEFAULT_PORT = 4173;

/** The policy every response carries: only this origin, no inline script or style, no framing. */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const BUILD_HINT =
  'The GR elements are not built yet (packages/elements/dist/cdn/gr-elements.js is missing).\n' +
  'Build them from the repository root with:\n\n' +
  '  npm run build -w @goteborgsregionen/data && npm run build -w @goteborgsregionen/elements\n\n' +
  'or simply run `npm start`, which builds everything and then serves this page.';

/** Whether the CDN bundle the page loads has been built. */
export function cdnBuilt(cdnDir = CDN_DIR) {
  return existsSync(join(cdnDir, 'gr-elements.js'));
}

/**
 * Maps a URL path to a file inside one of the mounts, or undefined when the path is not allowed
 * (outside every root, a dot file, an encoded slash or NUL). Longest prefix wins.
 * @param {string} pathname the raw (still percent-encoded) URL path
 * @param {{prefix: string, dir: string}[]} mounts
 */
export function resolvePath(pathname, mounts) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || /%2f|%5c/i.test(pathname)) return undefined;
  const mount = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length).find((m) => decoded.startsWith(m.prefix));
  if (!mount) return undefined;
  const rest = decoded.slice(mount.prefix.length);
  const segments = rest.split('/');
  if (segments.some((s) => s === '..' || (s.startsWith('.') && s !== ''))) return undefined;
  const root = resolve(mount.dir);
  const file = resolve(root, '.' + sep + rest);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  return { file, mount };
}

function send(res, status, body, headers = {}) {
  const buf = Buffer.from(body, 'utf8');
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': buf.length,
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : buf);
}

/** Types sent compressed when the browser accepts it (images other than SVG are compressed already). */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg\+xml)/;

/**
 * The encoding to send for an Accept-Encoding header: "br", "gzip" or undefined (as is). Brotli first,
 * then gzip; `q=0` refuses an encoding, `*` stands for any not named.
 * @param {string | undefined} header
 */
export function negotiateEncoding(header) {
  if (!header) return undefined;
  const q = new Map();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qp ? Number(qp.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const accepts = (name) => (q.has(name) ? q.get(name) > 0 : (q.get('*') ?? 0) > 0);
  return ['br', 'gzip'].find(accepts);
}

/** Compressed bodies, per file, encoding and version of the file (size and modification time). */
const compressed = new Map();

async function compressedBody(file, info, encoding) {
  const key = `${encoding}:${file}`;
  const version = `${info.size}-${info.mtimeMs}`;
  const hit = compressed.get(key);
  if (hit?.version === version) return hit.body;
  const raw = await readFile(file);
  const body =
    encoding === 'br'
      ? brotliCompressSync(raw, {
          params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length },
        })
      : gzipSync(raw, { level: 9 });
  compressed.set(key, { version, body });
  return body;
}

async function sendFile(req, res, file, info) {
  const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  // Compressed as real hosts serve it: brotli or gzip, as the browser accepts (small files stay as they are).
  const encoding = COMPRESSIBLE.test(type) && info.size > 256 ? negotiateEncoding(req.headers['accept-encoding']) : undefined;
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}${encoding ? `-${encoding}` : ''}"`;
  const headers = {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Cache-Control': 'no-cache',
    ETag: etag,
    'Last-Modified': info.mtime.toUTCString(),
    ...(COMPRESSIBLE.test(type) ? { Vary: 'Accept-Encoding' } : {}),
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  if (encoding) {
    const body = await compressedBody(file, info, encoding);
    res.writeHead(200, { ...headers, 'Content-Encoding': encoding, 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Length': info.size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

async function statOrUndefined(file) {
  try {
    return await stat(file);
  } catch {
    return undefined;
  }
}

/**
 * The request handler: static files with correct types and security headers on every response.
 * @param {{publicDir?: string, cdnDir?: string, mounts?: {prefix: string, dir: string}[]}} [options]
 *   `mounts` adds folders (for example test fixtures) next to / and /gr/.
 */
export function createHandler({ publicDir = PUBLIC_DIR, cdnDir = CDN_DIR, mounts = [] } = {}) {
  const all = [{ prefix: '/', dir: publicDir }, { prefix: '/gr/', dir: cdnDir }, ...mounts];
  return async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
      return;
    }
    const pathname = (req.url ?? '/').split(/[?#]/, 1)[0];
    if (!pathname.startsWith('/')) {
      send(res, 400, 'Bad request\n');
      return;
    }
    const target = resolvePath(pathname, all);
    if (!target) {
      send(res, 404, 'Not found\n');
      return;
    }
    let { file } = target;
    let info = await statOrUndefined(file);
    if (info?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        const query = (req.url ?? '').slice(pathname.length);
        send(res, 301, 'Moved\n', { Location: pathname + '/' + query });
        return;
      }
      file = join(file, 'index.html');
      info = await statOrUndefined(file);
    }
    if (!info?.isFile()) {
      if (target.mount.dir === cdnDir && !cdnBuilt(cdnDir)) {
        send(res, 404, BUILD_HINT + '\n');
        return;
      }
      const notFound = join(publicDir, '404.html');
      const page = await statOrUndefined(notFound);
      if (page?.isFile() && req.headers.accept?.includes('text/html')) {
        const headers = { ...SECURITY_HEADERS, 'Content-Type': MIME_TYPES['.html'], 'Content-Length': page.size };
        res.writeHead(404, headers);
        if (req.method === 'HEAD') res.end();
        else createReadStream(notFound).pipe(res);
        return;
      }
      send(res, 404, 'Not found\n');
      return;
    }
    await sendFile(req, res, file, info);
  };
}

function listen(server, port, host) {
  return new Promise((resolvePromise, reject) => {
    const onError = (err) => {
      server.off('listening', onListening);
      reject(err);
    };
    const onListening = () => {
      server.off('error', onError);
      resolvePromise();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Starts the demo server.
 * @param {{port?: number, host?: string, fallback?: boolean, publicDir?: string, cdnDir?: string,
 *   mounts?: {prefix: string, dir: string}[]}} [options]
 *   port 0 picks a free port; with `fallback` (the default) a taken port falls back to a free one
 *   (said on the console unless `quiet`).
 * @returns {Promise<{server: import('node:http').Server, port: number, url: string, close: () => Promise<void>}>}
 */
export async function startServer({
  port = DEFAULT_PORT,
  host = '127.0.0.1',
  fallback = true,
  quiet = false,
  ...options
} = {}) {
  const handler = createHandler(options);
  const server = createServer((req, res) => {
    handler(req, res).catch((err) => {
      console.error(err);
      if (!res.headersSent) send(res, 500, 'Internal server error\n');
      else res.destroy();
    });
  });
  try {
    await listen(server, port, host);
  } catch (err) {
    if (!(fallback && err?.code === 'EADDRINUSE' && port !== 0)) throw err;
    if (!quiet) console.warn(`Port ${port} is in use; using a free port instead.`);
    await listen(server, 0, host);
  }
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  const url = `http://${shownHost}:${actualPort}/`;
  const close = () =>
    new Promise((done) => {
      server.close(() => done());
      server.closeAllConnections?.();
    });
  return { server, port: actualPort, url, close };
}

/**
 * Runs the demo for a person at a terminal: warns when the elements are not built, starts the server on
 * PORT (default 4173, or a free port when that is taken), prints the address and stops cleanly on
 * Ctrl+C (SIGINT) or SIGTERM.
 */
export async function serve({ port = process.env.PORT, host = process.env.HOST ?? '127.0.0.1' } = {}) {
  const wanted = port === undefined || port === '' ? DEFAULT_PORT : Number(port);
  if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) {
    throw new Error(`PORT must be a port number (0–65535), not "${port}".`);
  }
  if (!cdnBuilt()) console.warn(`\n${BUILD_HINT}\n`);
  else if (statSync(join(CDN_DIR, 'gr-elements.js')).size === 0) {
    console.warn(
      '\nWarning: gr-elements.js is empty (0 bytes), so the page will show no GR elements. Rebuild the elements.\n'
    );
  }
  const running = await startServer({ port: wanted, host });
  console.log(`GR demo: ${running.url}`);
  console.log(`  English page: ${running.url}en/`);
  const shown = (dir) => relative(process.cwd(), dir) || '.';
  console.log(`  Serving ${shown(PUBLIC_DIR)} and, under /gr/, ${shown(CDN_DIR)}. Press Ctrl+C to stop.`);
  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the GR demo.`);
    running.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  return running;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  serve().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}

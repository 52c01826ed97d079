// The demo server on its own (no browser): headers on every response, MIME types, directory traversal,
// the missing-build hint, port fallback, the printed address and a graceful stop.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request, createServer } from 'node:http';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startServer, CSP, resolvePath, negotiateEncoding } from '../server.mjs';

const SERVER = fileURLToPath(new URL('../server.mjs', import.meta.url));

/** A raw request (no URL normalisation, unlike fetch), so traversal attempts reach the server as written. */
function get(port, path, { method = 'GET', headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, raw: Buffer.concat(chunks), body: Buffer.concat(chunks).toString('utf8') })
      );
    });
    req.on('error', reject);
    req.end();
  });
}

function assertSecurityHeaders(res, what) {
  assert.equal(res.headers['content-security-policy'], CSP, `${what}: CSP`);
  assert.equal(res.headers['x-content-type-options'], 'nosniff', `${what}: nosniff`);
  assert.equal(res.headers['referrer-policy'], 'no-referrer', `${what}: referrer policy`);
}

let dir;
let server;
/** A script large enough to be worth compressing. */
const BIG_SCRIPT = `export const names = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `Nätverk nummer ${i}`))};\n`;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gr-demo-server-'));
  const pub = join(dir, 'public');
  const cdn = join(dir, 'cdn');
  mkdirSync(join(pub, 'en'), { recursive: true });
  mkdirSync(join(cdn, 'data', 'ics', 'styrgruppen'), { recursive: true });
  mkdirSync(join(cdn, 'data', 'vcf'), { recursive: true });
  writeFileSync(join(pub, 'index.html'), '<!doctype html><title>sv</title>');
  writeFileSync(join(pub, 'en', 'index.html'), '<!doctype html><title>en</title>');
  writeFileSync(join(pub, '404.html'), '<!doctype html><title>Sidan finns inte</title>');
  writeFileSync(join(pub, '.env'), 'SECRET=1');
  writeFileSync(join(pub, 'site.css'), 'body{}');
  writeFileSync(join(pub, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, 'outside.txt'), 'outside the roots');
  writeFileSync(join(cdn, 'gr-elements.js'), 'export {};');
  writeFileSync(join(cdn, 'gr-big.js'), BIG_SCRIPT);
  writeFileSync(join(pub, 'logo.png'), Buffer.alloc(4096, 7));
  writeFileSync(join(cdn, 'data', 'dataset.json'), '{}');
  writeFileSync(join(cdn, 'data', 'ics', 'styrgruppen.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  writeFileSync(join(cdn, 'data', 'ics', 'styrgruppen', '2021-01-20.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  writeFileSync(join(cdn, 'data', 'vcf', 'lena-holmlund.vcf'), 'BEGIN:VCARD\r\nEND:VCARD\r\n');
  server = await startServer({ port: 0, publicDir: pub, cdnDir: cdn });
});

after(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('static files', () => {
  const types = [
    ['/', 'text/html; charset=utf-8'],
    ['/en/', 'text/html; charset=utf-8'],
    ['/site.css', 'text/css; charset=utf-8'],
    ['/logo.svg', 'image/svg+xml'],
    ['/gr/gr-elements.js', 'text/javascript; charset=utf-8'],
    ['/gr/data/dataset.json', 'application/json; charset=utf-8'],
    ['/gr/data/ics/styrgruppen.ics', 'text/calendar; charset=utf-8'],
    ['/gr/data/ics/styrgruppen/2021-01-20.ics', 'text/calendar; charset=utf-8'],
    ['/gr/data/vcf/lena-holmlund.vcf', 'text/vcard; charset=utf-8'],
  ];
  for (const [path, type] of types) {
    test(`${path} → ${type}, with the security headers`, async () => {
      const res = await get(server.port, path);
      assert.equal(res.status, 200);
      assert.equal(res.headers['content-type'], type);
      assertSecurityHeaders(res, path);
    });
  }

  test('the policy is the strict one the brief names', () => {
    assert.equal(
      CSP,
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    );
  });

  test('a folder without its slash redirects, keeping the query', async () => {
    const res = await get(server.port, '/en?x=1');
    assert.equal(res.status, 301);
    assert.equal(res.headers.location, '/en/?x=1');
    assertSecurityHeaders(res, 'redirect');
  });

  test('HEAD answers with headers only; other methods are refused', async () => {
    const head = await get(server.port, '/gr/gr-elements.js', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.body, '');
    assert.equal(head.headers['content-length'], String('export {};'.length));
    const post = await get(server.port, '/', { method: 'POST' });
    assert.equal(post.status, 405);
    assertSecurityHeaders(post, 'POST');
  });

  test('ETag revalidation answers 304', async () => {
    const first = await get(server.port, '/gr/data/dataset.json');
    const again = await get(server.port, '/gr/data/dataset.json', { headers: { 'if-none-match': first.headers.etag } });
    assert.equal(again.status, 304);
    assertSecurityHeaders(again, '304');
  });

  test('missing files: 404 with the headers; the 404 page for browsers', async () => {
    const plain = await get(server.port, '/nothing-here.js');
    assert.equal(plain.status, 404);
    assertSecurityHeaders(plain, '404');
    const html = await get(server.port, '/nothing-here/', { headers: { accept: 'text/html' } });
    assert.equal(html.status, 404);
    assert.match(html.body, /Sidan finns inte/);
    assertSecurityHeaders(html, '404 page');
  });
});

describe('compression, as real hosts serve the files', () => {
  test('brotli when the browser accepts it, with Vary and its own ETag; the body is the file', async () => {
    const res = await get(server.port, '/gr/gr-big.js', { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-encoding'], 'br');
    assert.equal(res.headers.vary, 'Accept-Encoding');
    assert.match(res.headers.etag, /-br"$/);
    assert.equal(Number(res.headers['content-length']), res.raw.length);
    assert.ok(res.raw.length < Buffer.byteLength(BIG_SCRIPT) / 4, `${res.raw.length} B sent for ${Buffer.byteLength(BIG_SCRIPT)} B`);
    assert.equal(brotliDecompressSync(res.raw).toString('utf8'), BIG_SCRIPT);
    assertSecurityHeaders(res, 'br');
  });

  test('gzip when brotli is not accepted; the body is the file', async () => {
    const res = await get(server.port, '/gr/gr-big.js', { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(res.headers['content-encoding'], 'gzip');
    assert.match(res.headers.etag, /-gzip"$/);
    assert.equal(gunzipSync(res.raw).toString('utf8'), BIG_SCRIPT);
  });

  test('as is without Accept-Encoding, for refused encodings, and for images', async () => {
    for (const headers of [{}, { 'accept-encoding': 'br;q=0, gzip;q=0' }, { 'accept-encoding': 'identity' }]) {
      const res = await get(server.port, '/gr/gr-big.js', { headers });
      assert.equal(res.headers['content-encoding'], undefined, JSON.stringify(headers));
      assert.equal(res.body, BIG_SCRIPT);
    }
    const png = await get(server.port, '/logo.png', { headers: { 'accept-encoding': 'br, gzip' } });
    assert.equal(png.headers['content-encoding'], undefined);
    assert.equal(png.raw.length, 4096);
  });

  test('revalidation and HEAD per encoding', async () => {
    const first = await get(server.port, '/gr/gr-big.js', { headers: { 'accept-encoding': 'br' } });
    const again = await get(server.port, '/gr/gr-big.js', { headers: { 'accept-encoding': 'br', 'if-none-match': first.headers.etag } });
    assert.equal(again.status, 304);
    const gzip = await get(server.port, '/gr/gr-big.js', { headers: { 'accept-encoding': 'gzip', 'if-none-match': first.headers.etag } });
    assert.equal(gzip.status, 200, 'the brotli ETag does not match the gzip body');
    const head = await get(server.port, '/gr/gr-big.js', { method: 'HEAD', headers: { 'accept-encoding': 'br' } });
    assert.equal(head.body, '');
    assert.equal(head.headers['content-length'], first.headers['content-length']);
  });

  test('negotiation: q-values, * and unknown codings', () => {
    assert.equal(negotiateEncoding('gzip, deflate, br'), 'br');
    assert.equal(negotiateEncoding('br;q=0, gzip'), 'gzip');
    assert.equal(negotiateEncoding('*'), 'br');
    assert.equal(negotiateEncoding('*, br;q=0'), 'gzip');
    assert.equal(negotiateEncoding('deflate, zstd'), undefined);
    assert.equal(negotiateEncoding(''), undefined);
    assert.equal(negotiateEncoding(undefined), undefined);
  });
});

describe('no way out of the served folders', () => {
  const attempts = [
    '/../outside.txt',
    '/%2e%2e/outside.txt',
    '/%2E%2E/outside.txt',
    '/gr/../../outside.txt',
    '/gr/%2e%2e/%2e%2e/outside.txt',
    '/gr/..%2f..%2foutside.txt',
    '/..%5coutside.txt',
    '/gr/..\\..\\outside.txt',
    '/%00/index.html',
    '/.env',
    '/%2eenv',
    '/gr/%',
    '//etc/passwd',
    '/gr//etc/passwd',
  ];
  for (const path of attempts) {
    test(`${path} is not served`, async () => {
      const res = await get(server.port, path);
      assert.ok(res.status === 404 || res.status === 400, `${path} → ${res.status}`);
      assert.doesNotMatch(res.body, /outside the roots|SECRET|root:/);
      assertSecurityHeaders(res, path);
    });
  }

  test('resolvePath keeps every result inside its mount', () => {
    const mounts = [
      { prefix: '/', dir: '/srv/public' },
      { prefix: '/gr/', dir: '/srv/cdn' },
    ];
    assert.equal(resolvePath('/gr/ics/a.ics', mounts)?.file, '/srv/cdn/ics/a.ics');
    assert.equal(resolvePath('/en/', mounts)?.file, '/srv/public/en');
    assert.equal(resolvePath('/gr/../x', mounts), undefined);
    assert.equal(resolvePath('/%2e%2e/x', mounts), undefined);
    assert.equal(resolvePath('/a%2fb', mounts), undefined);
  });
});

describe('starting and stopping', () => {
  test('without a build, /gr/ explains how to build the elements', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'gr-demo-nocdn-'));
    const s = await startServer({ port: 0, cdnDir: empty });
    try {
      const res = await get(s.port, '/gr/gr-elements.js');
      assert.equal(res.status, 404);
      assert.match(res.body, /npm run build -w @goteborgsregionen\/elements/);
      assertSecurityHeaders(res, 'build hint');
    } finally {
      await s.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });

  test('a taken port falls back to a free one (or fails when asked not to)', async () => {
    const blocker = createServer();
    await new Promise((r) => blocker.listen(0, '127.0.0.1', r));
    const taken = blocker.address().port;
    try {
      const s = await startServer({ port: taken, quiet: true });
      assert.notEqual(s.port, taken);
      assert.equal(s.url, `http://localhost:${s.port}/`);
      await s.close();
      await assert.rejects(startServer({ port: taken, fallback: false }), { code: 'EADDRINUSE' });
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  });

  test('`node server.mjs` prints its address and stops cleanly on SIGTERM and SIGINT', async () => {
    for (const signal of ['SIGTERM', 'SIGINT']) {
      const child = spawn(process.execPath, [SERVER], {
        env: { ...process.env, PORT: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      const address = await new Promise((resolve, reject) => {
        child.stdout.on('data', (d) => {
          out += d;
          const m = out.match(/GR demo: (http:\/\/localhost:\d+\/)/);
          if (m) resolve(m[1]);
        });
        child.on('exit', (code) => reject(new Error(`server exited (${code}) before printing its address: ${out}`)));
      });
      const port = Number(new URL(address).port);
      assert.ok(port > 0);
      const res = await get(port, '/');
      assert.equal(res.status, 200);
      const code = await new Promise((resolve) => {
        child.removeAllListeners('exit');
        child.on('exit', (c) => resolve(c));
        child.kill(signal);
      });
      assert.equal(code, 0, `${signal} exit code`);
    }
  });
});

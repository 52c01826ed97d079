// Dev-server middleware for the element tests (web-test-runner). Everything lives under /__fixtures/:
//
//   /__fixtures/status/<code>     answers with that HTTP status (404, 500, …)
//   /__fixtures/invalid-json      answers 200 with a body that is not JSON
//   /__fixtures/slow/<ms>[/<name>] answers 200 after <ms> milliseconds with "{}" or what is stored as <name>
//   /__fixtures/data/<path>       a file from packages/data/dist (dataset.json, vcf/…, ics/…)
//   /__fixtures/store/<name>      PUT a body, then GET it back as JSON (a test's own dataset variant)
//
// Node-only; not part of any build.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { resolve, sep } from 'node:path';

const dataDist = fileURLToPath(new URL('../../../data/dist/', import.meta.url));
const stored = new Map();
const PREFIX = '/__fixtures/';

const types = { json: 'application/json; charset=utf-8', vcf: 'text/vcard; charset=utf-8', ics: 'text/calendar; charset=utf-8' };

function readBody(req) {
  return new Promise((done, fail) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

/** @param {import('koa').Context} ctx @param {() => Promise<unknown>} next */
export async function fixtureServer(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const route = ctx.path.slice(PREFIX.length);
  ctx.set('Cache-Control', 'no-store');

  let m = /^status\/(\d{3})$/.exec(route);
  if (m) {
    ctx.status = Number(m[1]);
    ctx.type = 'text/plain';
    ctx.body = `fixture status ${m[1]}`;
    return;
  }
  if (route === 'invalid-json') {
    ctx.type = 'application/json';
    ctx.body = '{"version": 1, "networks": [ this is not json';
    return;
  }
  m = /^slow\/(\d+)(?:\/([\w-]+)(?:\.json)?)?$/.exec(route);
  if (m) {
    await new Promise((r) => setTimeout(r, Math.min(Number(m[1]), 30000)));
    ctx.type = 'application/json';
    ctx.body = m[2] ? stored.get(m[2]) ?? '{}' : '{}';
    return;
  }
  m = /^store\/([\w-]+)(?:\.json)?$/.exec(route);
  if (m) {
    const name = m[1];
    if (ctx.method === 'PUT' || ctx.method === 'POST') {
      stored.set(name, await readBody(ctx.req));
      ctx.status = 204;
      return;
    }
    if (!stored.has(name)) {
      ctx.status = 404;
      ctx.body = `nothing stored as ${name}`;
      return;
    }
    ctx.type = 'application/json';
    ctx.body = stored.get(name);
    return;
  }
  m = /^data\/(.+)$/.exec(route);
  if (m) {
    const file = resolve(dataDist, decodeURIComponent(m[1]));
    if (!file.startsWith(dataDist.endsWith(sep) ? dataDist : dataDist + sep)) {
      ctx.status = 403;
      return;
    }
    try {
      ctx.body = await readFile(file);
      ctx.type = types[file.split('.').pop() ?? ''] ?? 'application/octet-stream';
    } catch {
      ctx.status = 404;
      ctx.body = `no such file in packages/data/dist: ${m[1]}`;
    }
    return;
  }
  ctx.status = 404;
  ctx.body = `unknown fixture route ${route}`;
}

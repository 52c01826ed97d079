// Dev-server middleware for the element tests (web-test-runner). Everything lives under /__fixtures/:
//
//   /__fixtures/status/<code>     answers with that HTTP status (404, 500, …)
//   /__fixtures/invalid-json      answers 200 with a body that is not JSON
//   /__fixtures/slow/<ms>[/<name>] answers 200 after <ms> milliseconds with "{}" or what is stored as <name>
//   /__fixtures/data/<path>       a file from packages/data/dist (dataset.json, vcf/…, ics/…)
//   /__fixtures/store/<name>      PUT a body, then GET it back as JSON (a test's own dataset variant)
//   /__fixtures/gate/<name>       held until a POST to /__fixtures/open/<name>, then what is stored as <name>
//   /__fixtures/open/<name>       POST: waits for a held request for <name> (up to 5 s), answers every held
//                                 one and says how each ended: {"outcomes": ["sent" | "aborted", …]}
//                                 ("aborted": the browser gave the request up before it was answered)
//
// Node-only; not part of any build.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { resolve, sep } from 'node:path';

const dataDist = fileURLToPath(new URL('../../../data/dist/', import.meta.url));
const stored = new Map();
/** Requests held at gate/<name>: name → [{ release(): "sent" | "aborted" }]. */
const held = new Map();
const arrivals = new Map();
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
  m = /^gate\/([\w-]+)$/.exec(route);
  if (m) {
    const name = m[1];
    let aborted = false;
    ctx.res.on('close', () => {
      if (!ctx.res.writableEnded) aborted = true;
    });
    await new Promise((release) => {
      const list = held.get(name) ?? [];
      list.push({ release: () => (release(), aborted ? 'aborted' : 'sent') });
      held.set(name, list);
      arrivals.get(name)?.();
    });
    ctx.type = 'application/json';
    ctx.body = stored.get(name) ?? '{}';
    return;
  }
  m = /^open\/([\w-]+)$/.exec(route);
  if (m) {
    const name = m[1];
    if (!held.get(name)?.length) {
      await new Promise((arrived) => {
        const timer = setTimeout(arrived, 5000);
        arrivals.set(name, () => (clearTimeout(timer), arrived()));
      });
      arrivals.delete(name);
    }
    const list = held.get(name) ?? [];
    held.delete(name);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ outcomes: list.map((h) => h.release()) });
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

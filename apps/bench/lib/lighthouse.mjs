// Lighthouse (mobile, simulated throttling) on the demo page with all four elements, served by the demo
// server with compression (brotli/gzip, as real hosts serve it), in three forms:
//   - loader:       the CDN folder as built (gr-elements.js loads each element's chunks, data/ beside it);
//   - single file:  today's all-in-one gr-elements.js (every element, Lit, fuse.js, the dataset in one
//                   module), built here for comparison only, never shipped;
//   - pre-rendered: the same page with each element's server-rendered HTML in place (declarative shadow
//                   DOM, stylesheet links), upgraded by the loader.
// Runs the pinned `lighthouse` CLI against Debian's Chromium; the median run (by performance score) of
// each route is reported. Only `npm run bench` runs this, never `npm test`.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../../../scripts/find-chromium.mjs';
import { cdnDir } from './sizes.mjs';
import { keepDefines } from './breakdown.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const elementsDir = dirname(require.resolve('@goteborgsregionen/elements/package.json'));
const demoDir = join(here, '..', '..', 'demo');
const lighthouseBin = join(dirname(require.resolve('lighthouse/package.json')), 'cli', 'index.js');

/** Today's single file: src/define.ts with everything (Lit, fuse.js, the bundled dataset) in one module. */
async function buildSingleFile(outDir) {
  const esbuild = await import('esbuild');
  const { minifyLitCss } = await import(join(elementsDir, 'scripts', 'minify-css-plugin.mjs'));
  await esbuild.build({
    entryPoints: [join(elementsDir, 'src', 'define.ts')],
    outfile: join(outDir, 'gr-elements.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2021',
    legalComments: 'none',
    logLevel: 'silent',
    tsconfig: join(elementsDir, 'tsconfig.json'),
    plugins: [keepDefines, minifyLitCss],
  });
  // Its files were published beside it (ics/, vcf/), not in data/.
  cpSync(join(cdnDir(), 'data', 'ics'), join(outDir, 'ics'), { recursive: true });
  cpSync(join(cdnDir(), 'data', 'vcf'), join(outDir, 'vcf'), { recursive: true });
}

/** The demo page with every GR tag replaced by its server-rendered HTML. */
async function prerenderedPage() {
  const { renderElement } = await import('@goteborgsregionen/elements/ssr');
  const page = readFileSync(join(demoDir, 'public', 'index.html'), 'utf8');
  const tags = [...page.matchAll(/<(gr-[a-z-]+)((?:\s+[a-z-]+="[^"]*")*)\s*><\/\1>/g)];
  let out = page;
  for (const [whole, tag, attrText] of tags) {
    const attrs = Object.fromEntries([...attrText.matchAll(/([a-z-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    const html = await renderElement(tag, attrs, { lang: 'sv', filesBase: '/gr/data/', stylesheet: (t) => `/gr/styles/${t}.css` });
    out = out.replace(whole, html);
  }
  return { html: out, count: tags.length };
}

// Asynchronous: the servers Lighthouse loads from run in this process.
async function runLighthouse(url, chrome, outFile) {
  try {
    await promisify(execFile)(
    process.execPath,
    [
      lighthouseBin,
      url,
      '--output=json',
      `--output-path=${outFile}`,
      '--quiet',
      '--only-categories=performance',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    ],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, env: { ...process.env, CHROME_PATH: chrome }, timeout: 180000 }
    );
  } catch (e) {
    throw new Error(`lighthouse ${url} failed: ${String(e.stderr || e.message).slice(-600)}`);
  }
  const lhr = JSON.parse(readFileSync(outFile, 'utf8'));
  const a = lhr.audits;
  const requests = a['network-requests']?.details?.items ?? [];
  const scripts = requests.filter((q) => q.resourceType === 'Script');
  return {
    score: Math.round((lhr.categories.performance.score ?? 0) * 100),
    tbt: a['total-blocking-time'].numericValue,
    cls: a['cumulative-layout-shift'].numericValue,
    fcp: a['first-contentful-paint'].numericValue,
    lcp: a['largest-contentful-paint'].numericValue,
    si: a['speed-index'].numericValue,
    maxFid: a['max-potential-fid']?.numericValue,
    scriptBytes: scripts.reduce((n, q) => n + (q.transferSize ?? 0), 0),
    scriptRequests: scripts.length,
    unusedJs: a['unused-javascript']?.details?.overallSavingsBytes ?? 0,
    warnings: lhr.runWarnings ?? [],
    lighthouseVersion: lhr.lighthouseVersion,
  };
}

/**
 * Runs each route `runs` times; returns per route the median run by score (then TBT) and all scores.
 * @returns {Promise<{route: string, what: string, median: object, scores: number[]}[]>}
 */
export async function lighthouseRoutes({ runs = 3 } = {}) {
  const chrome = findChromium();
  if (!chrome) throw new Error('No Chromium found: install Debian’s chromium or set CHROME_PATH.');
  const { startServer } = await import(join(demoDir, 'server.mjs'));
  const tmp = mkdtempSync(join(tmpdir(), 'gr-lighthouse-'));
  const single = join(tmp, 'single');
  const pre = join(tmp, 'pre');
  mkdirSync(single, { recursive: true });
  mkdirSync(pre, { recursive: true });
  const servers = [];
  try {
    await buildSingleFile(single);
    const { html, count } = await prerenderedPage();
    writeFileSync(join(pre, 'index.html'), html);
    const loaderServer = await startServer({ port: 0, fallback: false, quiet: true, mounts: [{ prefix: '/prerendered/', dir: pre }] });
    servers.push(loaderServer);
    const singleServer = await startServer({ port: 0, fallback: false, quiet: true, cdnDir: single });
    servers.push(singleServer);
    const routes = [
      { route: 'loader', what: 'the demo page, CDN folder as built (loader, chunks, data/)', url: loaderServer.url },
      { route: 'single file', what: 'the demo page, today’s all-in-one gr-elements.js (built for comparison)', url: singleServer.url },
      { route: 'pre-rendered', what: `the demo page with its ${count} elements pre-rendered, upgraded by the loader`, url: `${loaderServer.url}prerendered/` },
    ];
    const results = [];
    for (const r of routes) {
      const all = [];
      for (let i = 0; i < runs; i++) all.push(await runLighthouse(r.url, chrome, join(tmp, 'report.json')));
      const sorted = [...all].sort((x, y) => x.score - y.score || y.tbt - x.tbt);
      results.push({ ...r, median: sorted[Math.floor(sorted.length / 2)], scores: all.map((x) => x.score), tbts: all.map((x) => x.tbt), cls: all.map((x) => x.cls) });
    }
    return results;
  } finally {
    for (const s of servers) await s.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const results = await lighthouseRoutes({ runs: Number(process.env.LH_RUNS ?? 1) });
  for (const r of results) console.log(r.route, JSON.stringify(r.median), r.scores);
}

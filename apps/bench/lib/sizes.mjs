// Byte sizes: minified, gzip (zlib level 9) and brotli (quality 11) of the CDN files and of peers
// bundled with the same esbuild options as the CDN build.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
export const benchDir = join(here, '..');
const require = createRequire(import.meta.url);

/** dist/cdn of @goteborgsregionen/elements (or GR_CDN_DIR, to measure another build). */
export function cdnDir() {
  if (process.env.GR_CDN_DIR) return process.env.GR_CDN_DIR;
  return join(dirname(require.resolve('@goteborgsregionen/elements/package.json')), 'dist', 'cdn');
}

/** The scripts of the CDN folder: the loader first, then per-element files and chunks by name. */
export function cdnFiles(dir = cdnDir()) {
  if (!existsSync(dir)) return ['gr-elements.js'];
  const js = readdirSync(dir).filter((f) => f.endsWith('.js'));
  return ['gr-elements.js', ...js.filter((f) => f !== 'gr-elements.js').sort((a, b) => Number(a.startsWith('gr-chunk-')) - Number(b.startsWith('gr-chunk-')) || a.localeCompare(b))];
}

export const gzipSize = (buf) => gzipSync(buf, { level: 9 }).length;
export const brotliSize = (buf) =>
  brotliCompressSync(buf, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  }).length;

export function measure(buf) {
  return { min: buf.length, gzip: gzipSize(buf), brotli: brotliSize(buf) };
}

/**
 * Reads the CDN files, waiting (up to `waitMs`) while a concurrent build has emptied dist/cdn. After
 * that, files that exist but are (nearly) empty are returned as they are when `allowEmpty`; missing
 * files throw, naming them.
 */
export async function readCdnFiles({ waitMs = 20000, files = cdnFiles(), allowEmpty = false } = {}) {
  const dir = cdnDir();
  const deadline = Date.now() + waitMs;
  const absent = () => files.filter((f) => !existsSync(join(dir, f)));
  const empty = () => files.filter((f) => existsSync(join(dir, f)) && readFileSync(join(dir, f)).length < 100);
  while ((absent().length || empty().length) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 1000));
  const missing = [...absent(), ...(allowEmpty ? [] : empty())];
  if (missing.length) {
    throw new Error(
      `${dir}: ${missing.join(
        ', '
      )} missing or empty. Build first: npm run build -w @goteborgsregionen/data && npm run build -w @goteborgsregionen/elements`
    );
  }
  return Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f))]));
}

/** The esbuild options of the CDN build (packages/elements/tsup.config.ts, second config). */
export const CDN_ESBUILD_OPTIONS = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2021',
  platform: 'browser',
  legalComments: 'none',
  write: false,
  logLevel: 'silent',
};

export const PEERS = [
  { name: 'FullCalendar core+daygrid+list 6.1', entry: 'fullcalendar.js' },
  { name: 'add-to-calendar-button 2.15', entry: 'add-to-calendar-button.js' },
  { name: 'cally 0.9', entry: 'cally.js' },
  { name: 'lit 3.3 alone (floor)', entry: 'lit.js' },
  { name: 'fuse.js 7.5 alone (floor)', entry: 'fuse.js' },
];

export async function bundlePeers() {
  const esbuild = await import('esbuild');
  const out = [];
  for (const p of PEERS) {
    const r = await esbuild.build({ ...CDN_ESBUILD_OPTIONS, entryPoints: [join(benchDir, 'peers', p.entry)], absWorkingDir: benchDir });
    out.push({ name: p.name, ...measure(Buffer.from(r.outputFiles[0].contents)) });
  }
  return out;
}

export async function cdnSizes() {
  const files = await readCdnFiles({ allowEmpty: true });
  return Object.entries(files).map(([name, buf]) => ({ name, ...measure(buf) }));
}


// Speed in headless Chromium: first render of each element and keystroke → rendered results in the
// finder, measured in the page with performance.now().
import { chromium } from 'playwright-core';
import { findChromium } from '../../../scripts/find-chromium.mjs';
import { elements } from '../../../packages/elements/scripts/elements.mjs';

const TAGS = elements().map((e) => e.tag);

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
];

/** Counts Intl objects and the locale methods that create them implicitly, page-wide. */
const COUNT_INTL = () => {
  const counts = {
    DateTimeFormat: 0,
    Collator: 0,
    NumberFormat: 0,
    PluralRules: 0,
    ListFormat: 0,
    RelativeTimeFormat: 0,
    Segmenter: 0,
    implicit: 0,
  };
  window.__intl = counts;
  for (const name of Object.keys(counts)) {
    const Original = Intl[name];
    if (typeof Original !== 'function') continue;
    const Wrapped = new Proxy(Original, {
      construct(target, args, newTarget) {
        counts[name]++;
        return Reflect.construct(target, args, newTarget === Wrapped ? target : newTarget);
      },
      apply(target, thisArg, args) {
        counts[name]++;
        return Reflect.apply(target, thisArg, args);
      },
    });
    Intl[name] = Wrapped;
  }
  const wrap = (proto, method) => {
    const original = proto[method];
    proto[method] = function (...args) {
      counts.implicit++;
      return original.apply(this, args);
    };
  };
  wrap(String.prototype, 'localeCompare');
  wrap(Date.prototype, 'toLocaleDateString');
  wrap(Date.prototype, 'toLocaleTimeString');
  wrap(Date.prototype, 'toLocaleString');
  wrap(Number.prototype, 'toLocaleString');
};

export async function launch() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install Debian’s chromium or set CHROME_PATH.');
  const browser = await chromium.launch({ executablePath, headless: true, args: LAUNCH_ARGS });
  return { browser, version: browser.version() };
}

/** A page with gr-elements.js loaded, every element's code loaded (one tag of each shown once), and Intl counted. */
export async function openPage(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(COUNT_INTL);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(`${origin}/bench.html`);
  await page.addScriptTag({ url: '/cdn/gr-elements.js', type: 'module' });
  // The loader loads an element's code when its tag appears: show each tag once, then take them away.
  await page.evaluate(async (tags) => {
    const holder = document.createElement('div');
    holder.hidden = true;
    holder.innerHTML = tags.map((t) => `<${t}></${t}>`).join('');
    document.body.append(holder);
    await Promise.all(tags.map((t) => customElements.whenDefined(t)));
    await Promise.all([...holder.children].map((el) => el.updateComplete));
    holder.remove();
  }, TAGS);
  return { page, context, errors };
}

/**
 * First render: createElement + attributes + append + await updateComplete, `runs` times after
 * `warmup` mounts; each element is removed before the next. Also Intl objects created and shadow
 * nodes per mount.
 */
export async function firstRender(page, { tag, attrs, warmup = 10, runs = 50 }) {
  return page.evaluate(
    async ({ tag, attrs, warmup, runs }) => {
      const stage = document.getElementById('stage');
      const times = [];
      const intlBefore = { ...window.__intl };
      let nodes = 0;
      for (let i = 0; i < warmup + runs; i++) {
        if (i === warmup) Object.assign(intlBefore, window.__intl);
        const t0 = performance.now();
        const el = document.createElement(tag);
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        stage.append(el);
        await el.updateComplete;
        const t1 = performance.now();
        if (i >= warmup) times.push(t1 - t0);
        if (i === warmup) nodes = el.shadowRoot.querySelectorAll('*').length;
        el.remove();
        // Let the browser breathe between mounts (GC, observers), outside the measurement.
        if (i % 10 === 9) await new Promise((r) => setTimeout(r, 0));
      }
      const intl = {};
      for (const [k, v] of Object.entries(window.__intl)) intl[k] = (v - intlBefore[k]) / runs;
      return { times, intl, nodes };
    },
    { tag, attrs, warmup, runs }
  );
}

/**
 * Keystroke → rendered results in <gr-network-finder>: sets the search field's value, dispatches
 * `input`, then submits the form (the finder's onSubmit commits the query at once, cancelling the
 * debounce timer), and awaits updateComplete. Each query is new to the finder's cache. Checks that
 * the rendered list reflects the query (its length equals the gr-search event's count).
 */
export async function keystrokes(page, { datasetUrl, queries }) {
  return page.evaluate(
    async ({ datasetUrl, queries }) => {
      const stage = document.getElementById('stage');
      stage.replaceChildren();
      const el = document.createElement('gr-network-finder');
      let mountMs = NaN;
      if (datasetUrl) {
        const json = await (await fetch(datasetUrl)).json();
        const t0 = performance.now();
        el.dataset = json;
        stage.append(el);
        await el.updateComplete;
        mountMs = performance.now() - t0;
      } else {
        const t0 = performance.now();
        stage.append(el);
        await el.updateComplete;
        mountMs = performance.now() - t0;
      }
      const initialResults = el.shadowRoot.querySelectorAll('[part="result"]').length;
      const root = el.shadowRoot;
      const input = root.querySelector('input[type="search"]');
      const form = root.querySelector('form');
      const samples = [];
      let mismatches = 0;
      for (const q of queries) {
        let detail;
        const onSearch = (e) => (detail = e.detail);
        el.addEventListener('gr-search', onSearch);
        const t0 = performance.now();
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        form.requestSubmit();
        await el.updateComplete;
        const t1 = performance.now();
        void root.querySelector('.results, [part="empty"]')?.getBoundingClientRect();
        void document.body.offsetHeight; // style + layout of what was rendered
        const t2 = performance.now();
        el.removeEventListener('gr-search', onSearch);
        const rendered = root.querySelectorAll('[part="result"]').length;
        // The list reflects the query: every result, or a first page with a "show more" button.
        const paged = rendered > 0 && rendered < (detail?.count ?? 0) && !!root.querySelector('[part="more"]');
        const ok = !!detail && detail.query === q.trim() && (detail.count === rendered || paged);
        if (!ok) mismatches++;
        samples.push({ q, render: t1 - t0, layout: t2 - t0, results: rendered, count: detail?.count ?? NaN });
        await new Promise((r) => setTimeout(r, 0));
      }
      el.remove();
      return { mountMs, initialResults, samples, mismatches };
    },
    { datasetUrl, queries }
  );
}

/** parseDataset alone in the page (the cost a `dataset` property or `src` pays once). */
export async function parseInPage(page, datasetUrl) {
  return page.evaluate(async (datasetUrl) => {
    const json = await (await fetch(datasetUrl)).json();
    const el = document.createElement('gr-contact-list');
    el.setAttribute('people', '');
    const t0 = performance.now();
    el.dataset = json;
    document.getElementById('stage').append(el);
    await el.updateComplete;
    const t = performance.now() - t0;
    el.remove();
    return t;
  }, datasetUrl);
}

/**
 * Every example of every element (src/<name>/<name>.examples.ts, the same lists Storybook's stories are
 * made from), in real Chromium: mounted as the example describes (data, `src`, clock, language, 320 px,
 * theme), awaited by its events, then checked for what the example says a user sees and run through axe.
 */
import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import { createFixtureDataset } from '@goteborgsregionen/data/testing';
import './define.js';
import { elementRegistry } from './registry.js';
import { INVALID_DATASET, THEMES } from './shared/examples.js';
import type { Example, ExampleData } from './shared/examples.js';
import { $$, mount, serveJson, squash, visibleText, waitFor } from './test-support/helpers.js';

/** One fixture dataset for every example (validated once; no example changes it). */
const data = createFixtureDataset();

/** The test server's file for each kind of `src` (src/test-support/fixture-server.mjs). */
const SOURCES: Record<Exclude<ExampleData, 'fixture' | 'invalid-dataset'>, string> = {
  'self-hosted': '/__fixtures/data/dataset.json',
  'never-answers': '/__never-answers/dataset.json',
  missing: '/__fixtures/status/404',
  'not-json': '/__fixtures/invalid-json',
};

/**
 * Holds requests under /__never-answers/ until they are aborted (as Storybook's preview does), so a
 * loading example shows the element's own loading notice for as long as the test looks at it.
 */
function holdNeverAnswering(): void {
  const realFetch = window.fetch.bind(window);
  sinon.stub(window, 'fetch').callsFake((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (!url.pathname.startsWith('/__never-answers/')) return realFetch(input, init);
    return new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
    });
  });
}

async function srcOf(kind: ExampleData): Promise<string | undefined> {
  if (kind === 'fixture') return undefined;
  if (kind === 'invalid-dataset') return serveJson('examples-invalid-dataset', INVALID_DATASET);
  return SOURCES[kind];
}

type GrLike = HTMLElement & { updateComplete: Promise<unknown>; data?: unknown };

/** Mounts `ex` as the stories show it and waits until it has settled in the state it is about. */
async function show(tag: string, ex: Example): Promise<GrLike> {
  const el = document.createElement(tag) as GrLike;
  for (const [name, value] of Object.entries(ex.attributes)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  if (ex.now) el.setAttribute('now', ex.now);
  const src = await srcOf(ex.data);
  if (src) el.setAttribute('src', src);
  if (ex.data === 'fixture') el.data = data;
  if (ex.data === 'never-answers') holdNeverAnswering();

  const wrapper = document.createElement('div');
  wrapper.lang = ex.lang;
  for (const [token, value] of Object.entries(THEMES[ex.theme].tokens)) wrapper.style.setProperty(token, value);
  wrapper.style.background = 'var(--gr-color-surface, #ffffff)';
  wrapper.style.color = 'var(--gr-color-text, #1b1b1b)';
  wrapper.style.padding = '1rem';
  if (ex.narrow) wrapper.style.inlineSize = '320px';
  wrapper.append(el);

  // The event that ends the data's journey: validated data shown, or a src that failed.
  const settled =
    ex.data === 'fixture' || ex.data === 'self-hosted'
      ? oneEvent(el, 'gr-data-load')
      : ex.data === 'never-answers'
        ? undefined
        : oneEvent(el, 'gr-data-error');
  await mount(wrapper, { lang: ex.lang });
  await settled;
  await el.updateComplete;
  if (ex.data === 'never-answers') {
    await waitFor(() => !!el.shadowRoot?.querySelector('[part~="loading"]'), true, 'the loading notice');
  }
  return el;
}

/** Each registry element's examples module (every element folder has one: the scaffold writes it). */
const lists = await Promise.all(
  elementRegistry.map(async ({ name, tag }) => ({
    tag,
    examples: ((await import(`./${name}/${name}.examples.ts`)) as { examples: readonly Example[] }).examples,
  })),
);

describe('every example of every element', () => {
  afterEach(() => sinon.restore());

  it('every element has examples, each with a unique export name', () => {
    expect(lists.map((l) => l.tag)).to.deep.equal(elementRegistry.map((e) => e.tag));
    for (const { tag, examples } of lists) {
      expect(examples.length, tag).to.be.greaterThan(0);
      const names = examples.map((e) => e.exportName);
      expect(new Set(names).size, `${tag}: export names`).to.equal(names.length);
    }
  });

  for (const { tag, examples } of lists) {
    describe(`<${tag}>`, () => {
      for (const ex of examples) {
        it(`${ex.exportName}: ${ex.name}`, async () => {
                    const errors = sinon.spy(console, 'error');
          sinon.stub(console, 'warn');
          const el = await show(tag, ex);
          const text = squash(visibleText(el));
          const loading = $$(el, '[part~="loading"]');
          // An error notice: a src or data that could not be used, an unknown id, a missing attribute.
          const errorNotices = $$(el, '[part~="error"], .notice--error');
          if (ex.sees.notice?.kind === 'loading') {
            expect(loading.length, 'the loading notice').to.equal(1);
            expect(loading[0]!.getAttribute('role'), 'the loading notice is a status').to.equal('status');
          } else {
            expect(loading.length, 'no loading notice').to.equal(0);
          }
          if (ex.sees.notice?.kind === 'error') {
            expect(errorNotices.length, 'an error notice').to.be.greaterThan(0);
            const noticeText = errorNotices.map((n) => squash(n.innerText)).join(' ');
            for (const part of ex.sees.notice.text) expect(noticeText, 'the notice').to.contain(part);
            for (const n of errorNotices) expect(getComputedStyle(n).display, 'the notice is shown').to.not.equal('none');
          } else {
            expect(errorNotices.map((n) => squash(n.innerText)), 'no error notice').to.deep.equal([]);
          }
          for (const part of ex.sees.text ?? []) expect(text, 'visible text').to.contain(part);
          expect(text.length, 'shows something').to.be.greaterThan(0);
          if (ex.narrow) {
            expect(el.getBoundingClientRect().width, 'fits 320 px').to.be.at.most(320);
            expect(el.scrollWidth, 'no sideways scrolling at 320 px').to.be.at.most(el.clientWidth);
          }
          // The browser's own log of a deliberately missing src cannot be seen from the page; any console
          // error the page logs is a fault.
          expect(errors.args.map((a) => a.join(' ')), 'console errors').to.deep.equal([]);
          await expect(el).to.be.accessible();
        });
      }
    });
  }
});

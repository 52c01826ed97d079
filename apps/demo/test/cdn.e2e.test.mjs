// The CDN files on their own: the loader and each per-element file, loaded by a plain
// <script type="module"> on bare pages served with the strict CSP; the loader and a per-element file on one
// page; and the
// elements keeping their own look inside the demo's hostile CMS theme, down to a 320 px wide screen.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, watchedContext, problems, elementsReady, tagsOnPage, TAGS, EXAMPLES } from '../support/e2e.mjs';

const page = (title, scripts, tags, lang = 'sv') => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${title}</title>
<link rel="icon" href="data:,">
${scripts.map((s) => `<script type="module" src="/gr/${s}"></script>`).join('\n')}
</head>
<body>
${tags.map((t) => EXAMPLES[t]).join('\n')}
</body>
</html>
`;

const fixtures = {
  'all.html': page('All four from gr-elements.js', ['gr-elements.js'], TAGS),
  'all-en.html': page('All four, English', ['gr-elements.js'], TAGS, 'en'),
  'double.html': page('The loader and a per-element file on one page', ['gr-elements.js', 'gr-contact-list.js'], ['gr-contact-list']),
  ...Object.fromEntries(TAGS.map((t) => [`${t}.html`, page(`${t}.js alone`, [`${t}.js`], [t])])),
};

/** Visible text rendered in an element's shadow root: characters of text nodes that have a box on screen. */
function visibleText(locator) {
  return locator.evaluate((el) => {
    const root = el.shadowRoot;
    if (!root) return '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let text = '';
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.trim()) continue;
      range.selectNodeContents(n);
      const r = range.getBoundingClientRect();
      const style = n.parentElement ? getComputedStyle(n.parentElement) : undefined;
      if (
        r.width > 1 &&
        r.height > 1 &&
        style?.visibility !== 'hidden' &&
        !n.parentElement?.closest('.visually-hidden')
      ) {
        text += n.textContent.trim() + ' ';
      }
    }
    return text.trim();
  });
}

let env;
let context;
let log;
let tab;

before(async () => {
  env = await setup({ fixtures });
  ({ context, log } = await watchedContext(env.browser, env.origin));
  tab = await context.newPage();
});

after(async () => {
  await env?.close();
});

describe('the CDN files under a strict CSP', () => {
  for (const file of ['all.html', 'all-en.html']) {
    test(`gr-elements.js alone defines all four tags and renders them with visible text (${file})`, async () => {
      const res = await tab.goto(env.url(`/fixtures/${file}`));
      assert.match(res.headers()['content-security-policy'], /script-src 'self'; style-src 'self'/);
      await elementsReady(tab);
      const defined = await tab.evaluate((tags) => tags.filter((t) => customElements.get(t)), TAGS);
      assert.deepEqual(defined, TAGS);
      for (const tag of TAGS) {
        const text = await visibleText(tab.locator(tag));
        assert.ok(text.length > 30, `${tag} shows text: "${text.slice(0, 80)}"`);
      }
      const finderText = await visibleText(tab.locator('gr-network-finder'));
      assert.match(finderText, file === 'all.html' ? /Sök nätverk/ : /Search networks/);
      assert.match(await visibleText(tab.locator('gr-contact-list')), /Lena Holmlund.*031-335 51 88/);
    });
  }

  for (const tag of TAGS) {
    test(`${tag}.js alone defines and renders <${tag}>`, async () => {
      await tab.goto(env.url(`/fixtures/${tag}.html`));
      await elementsReady(tab, [tag]);
      assert.ok(await tab.evaluate((t) => !!customElements.get(t), tag));
      assert.ok((await visibleText(tab.locator(tag))).length > 30);
    });
  }

  test('the loader and a per-element file on one page: one copy of the code, no warning', async () => {
    const warningsBefore = log.consoleWarnings.length;
    const requestsBefore = log.requests.length;
    await tab.goto(env.url('/fixtures/double.html'));
    await elementsReady(tab, ['gr-contact-list']);
    assert.match(await visibleText(tab.locator('gr-contact-list')), /Lena Holmlund/);
    const files = log.requests.slice(requestsBefore).map((u) => new URL(u).pathname);
    assert.equal(files.filter((p) => p === '/gr/gr-contact-list.js').length, 1, files.join('\n'));
    assert.deepEqual(log.consoleWarnings.slice(warningsBefore), []);
  });

  test('no foreign request, CSP violation, console error or page error on these pages', () => {
    assert.deepEqual(problems(log), []);
  });
});

describe('inside the demo’s hostile CMS theme', () => {
  test('the theme is active on the page, but not inside the elements', async () => {
    await tab.setViewportSize({ width: 1280, height: 900 });
    await tab.goto(env.url('/'));
    await elementsReady(tab);
    const page = await tab.evaluate(() => {
      const h2 = getComputedStyle(document.querySelector('main h2'));
      const li = getComputedStyle(document.querySelector('.site-footer li') ?? document.body);
      return {
        rootFont: getComputedStyle(document.documentElement).fontSize,
        h2: h2.textTransform,
        li: li.listStyleType,
      };
    });
    assert.equal(page.rootFont, '10px', 'html { font-size: 62.5% }');
    assert.equal(page.h2, 'uppercase');

    for (const tag of await tagsOnPage(tab)) {
      const inside = await tab
        .locator(tag)
        .first()
        .evaluate((el) => {
          const root = el.shadowRoot;
          const headings = [...root.querySelectorAll('h2, h3, h4, h5, h6')].map((h) => getComputedStyle(h));
          const items = [...root.querySelectorAll('li')].map((li) => getComputedStyle(li));
          const texts = [...root.querySelectorAll('p, li, dd, a, td')].map((n) =>
            parseFloat(getComputedStyle(n).fontSize)
          );
          return {
            uppercase: headings.filter((h) => h.textTransform !== 'none').length,
            spaced: headings.filter((h) => h.letterSpacing !== 'normal' && parseFloat(h.letterSpacing) > 0.5).length,
            squareBullets: items.filter((li) => li.listStyleType === 'square').length,
            indented: items.filter((li) => parseFloat(li.marginLeft) >= 20).length,
            smallestText: Math.min(...texts),
            overflow: el.scrollWidth - el.clientWidth,
          };
        });
      assert.equal(inside.uppercase, 0, `${tag}: no upper-case headings from the theme`);
      assert.equal(inside.spaced, 0, `${tag}: no letter-spaced headings from the theme`);
      assert.equal(inside.squareBullets, 0, `${tag}: no square bullets from the theme`);
      assert.equal(inside.indented, 0, `${tag}: no theme indents on list items`);
      assert.ok(
        inside.smallestText >= 12,
        `${tag}: text not shrunk by the 62.5 % root (smallest ${inside.smallestText}px)`
      );
      assert.ok(inside.overflow <= 1, `${tag}: nothing sticks out sideways (${inside.overflow}px)`);
    }
  });

  for (const path of ['/', '/en/']) {
    test(`reflows at 320 px without sideways scrolling (${path})`, async () => {
      await tab.setViewportSize({ width: 320, height: 640 });
      await tab.goto(env.url(path));
      await elementsReady(tab);
      const widths = await tab.evaluate((tags) => {
        const doc = document.documentElement.scrollWidth;
        const elements = tags.map((t) => {
          const el = document.querySelector(t);
          const r = el.getBoundingClientRect();
          return { tag: t, right: Math.round(r.right), overflow: el.scrollWidth - el.clientWidth };
        });
        return { doc, elements };
      }, await tagsOnPage(tab));
      assert.ok(widths.doc <= 320, `the page is ${widths.doc}px wide`);
      for (const e of widths.elements) {
        assert.ok(e.right <= 320, `${e.tag} ends at ${e.right}px`);
        assert.ok(e.overflow <= 1, `${e.tag} overflows by ${e.overflow}px`);
      }
      await tab.setViewportSize({ width: 1280, height: 900 });
    });
  }
});

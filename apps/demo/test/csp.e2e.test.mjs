// The demo page under a strict Content-Security-Policy: after using every element on the Swedish and the
// English page, no request has left the server's origin, no CSP violation was reported, and the console
// holds no error or warning. A control run proves the violation listener really reports violations.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, watchedContext, problems, elementsReady, textOf, until, tagsOnPage } from '../support/e2e.mjs';
import { CSP } from '../server.mjs';

let env;

before(async () => {
  env = await setup();
});

after(async () => {
  await env?.close();
});

/** Clicks a link that leads to a file and waits for the download, so its request is seen and finished. */
async function download(page, link) {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  await file.path();
  return file;
}

/** Uses every element on the page the way a visitor would. */
async function useEveryElement(page, origin) {
  // gr-network-finder: search, filter, empty state, clear, a result's vCard.
  const finder = page.locator('gr-network-finder');
  const count = finder.locator('[part="count"]');
  const before = await textOf(count);
  await finder.locator('input[type="search"]').fill('skola');
  await until(
    () => textOf(count),
    (t) => t !== before,
    { what: 'the finder to search' }
  );
  await finder.locator('input[name="area"]').first().check();
  await finder.locator('input[type="search"]').fill('zzzzqqqq');
  await finder.locator('[part="empty-clear"]').waitFor();
  await finder.locator('[part="empty-clear"]').click();
  await finder.locator('[part="count"]').waitFor();
  await finder.locator('input[type="search"]').fill('miljöstrategiska');
  const vcard = finder.locator('[part="contact-vcard"]').first();
  await vcard.waitFor();
  assert.equal(new URL((await download(page, vcard)).url()).origin, origin);

  // gr-committee-card: the calendar subscription.
  const card = page.locator('gr-committee-card');
  assert.equal(new URL((await download(page, card.locator('[part="subscribe"]'))).url()).origin, origin);

  // gr-meeting-calendar (list): switch to the month view and back, one meeting's .ics.
  const list = page.locator('gr-meeting-calendar').nth(0);
  await list.locator('[part="view-switch"] button').nth(1).click();
  await list.locator('[part="grid"]').waitFor();
  await list.locator('[part="view-switch"] button').nth(0).click();
  await list.locator('[part="ics-link"]').first().waitFor();
  assert.equal(new URL((await download(page, list.locator('[part="ics-link"]').first())).url()).origin, origin);

  // gr-meeting-calendar (month): next and previous month, a day by keyboard, a subscription link.
  const month = page.locator('gr-meeting-calendar').nth(1);
  const caption = month.locator('[part="caption"]');
  const shown = await textOf(caption);
  await month.locator('[part="month-button"]').nth(1).click();
  await until(
    () => textOf(caption),
    (t) => t !== shown,
    { what: 'the next month' }
  );
  await month.locator('[part="month-button"]').nth(0).click();
  await until(
    () => textOf(caption),
    (t) => t === shown,
    { what: 'the month again' }
  );
  await month.locator('td[tabindex="0"]').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageUp');
  assert.equal(new URL((await download(page, month.locator('[part="subscribe-link"]').first())).url()).origin, origin);

  // gr-contact-list: a vCard.
  const contacts = page.locator('gr-contact-list');
  assert.equal(
    new URL((await download(page, contacts.locator('[part="contact-vcard"]').first())).url()).origin,
    origin
  );
}

// The Swedish and the English page are checked side by side, each in its own browser context.
describe('strict CSP', { concurrency: true }, () => {
  for (const [lang, path] of [
    ['sv', '/'],
    ['en', '/en/'],
  ]) {
    describe(`${lang} page`, { concurrency: 1 }, () => {
      let context;
      let log;
      let page;
      let response;

      before(async () => {
        ({ context, log } = await watchedContext(env.browser, env.origin));
        page = await context.newPage();
        response = await page.goto(env.url(path));
        await elementsReady(page);
      });

      after(async () => {
        await context?.close();
      });

      test('the page and every file are served with the strict policy and safe headers', async () => {
        const headers = response.headers();
        assert.equal(headers['content-security-policy'], CSP);
        assert.match(CSP, /script-src 'self'/);
        assert.doesNotMatch(CSP, /unsafe-inline|unsafe-eval|\*/);
        assert.equal(headers['x-content-type-options'], 'nosniff');
        assert.equal(headers['referrer-policy'], 'no-referrer');
        assert.equal(await page.locator('html').getAttribute('lang'), lang);
        // No inline script or style anywhere in the page.
        const inline = await page.evaluate(() => ({
          scripts: [...document.scripts].filter((s) => !s.src).length,
          styles: document.querySelectorAll('style, [style]').length,
          handlers: [...document.querySelectorAll('*')].filter((el) =>
            [...el.attributes].some((a) => a.name.startsWith('on'))
          ).length,
        }));
        assert.deepEqual(inline, { scripts: 0, styles: 0, handlers: 0 });
      });

      test('the one CDN file defines all four elements and each renders visible text', async () => {
        const scripts = await page.evaluate(() => [...document.scripts].map((s) => new URL(s.src).pathname));
        assert.deepEqual(scripts, ['/gr/gr-elements.js']);
        for (const tag of await tagsOnPage(page)) {
          const info = await page
            .locator(tag)
            .first()
            .evaluate(
              (el, t) => ({
                defined: customElements.get(t) !== undefined,
                text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().length,
                height: el.getBoundingClientRect().height,
              }),
              tag
            );
          assert.ok(info.defined, `${tag} is defined`);
          assert.ok(info.text > 40, `${tag} renders text`);
          assert.ok(info.height > 50, `${tag} takes up room on the page`);
        }
      });

      test('using every element makes no foreign request, no CSP violation and no console error', async () => {
        await useEveryElement(page, env.origin);
        assert.ok(log.requests.some((u) => u.endsWith('/gr/gr-elements.js')));
        assert.ok(
          log.requests.some((u) => u.endsWith('.ics')),
          'calendar files were requested'
        );
        assert.ok(
          log.requests.some((u) => u.endsWith('.vcf')),
          'vCards were requested'
        );
        assert.deepEqual(problems(log), []);
      });
    });
  }
});

test('control: an inline script on the page is blocked and reported, so silence above means something', async () => {
  const { context, log } = await watchedContext(env.browser, env.origin);
  try {
    const page = await context.newPage();
    await page.goto(env.url('/'));
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.append(s);
      const img = document.createElement('img');
      img.src = 'https://example.com/pixel.png';
      document.body.append(img);
    });
    await until(
      () => Promise.resolve(log.violations.length),
      (n) => n >= 2,
      { what: 'the violation reports' }
    );
    assert.equal(await page.evaluate(() => window.__inlineRan === true), false, 'the inline script did not run');
    const directives = log.violations.map((v) => v.directive).sort();
    assert.ok(
      directives.some((d) => d.startsWith('script-src')),
      directives.join()
    );
    assert.ok(
      directives.some((d) => d.startsWith('img-src')),
      directives.join()
    );
    // Blocked by CSP before it left the browser, but the attempt is still noticed.
    assert.ok(problems(log).some((p) => p.startsWith('CSP violation')));
  } finally {
    await context.close();
  }
});

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatPhone, telHref, toE164 } from '../src/index.js';

describe('formatPhone', () => {
  test('the contract examples', () => {
    assert.equal(formatPhone('+46313355188'), '031-335 51 88');
    assert.equal(formatPhone('+46313355188', 'national'), '031-335 51 88');
    assert.equal(formatPhone('+46313355188', 'international'), '+46 31 335 51 88');
  });
  test('grouping by area code', () => {
    const cases: [string, string, string][] = [
      ['+4687654321', '08-765 43 21', '+46 8 765 43 21'], // Stockholm, 1-digit NDC
      ['+46812345678', '08-12 34 56 78', '+46 8 12 34 56 78'],
      ['+46313355025', '031-335 50 25', '+46 31 335 50 25'], // Göteborg
      ['+4631123456', '031-12 34 56', '+46 31 12 34 56'],
      ['+46401234567', '040-123 45 67', '+46 40 123 45 67'], // Malmö
      ['+46901234567', '090-123 45 67', '+46 90 123 45 67'], // Umeå
      ['+46303730000', '0303-73 00 00', '+46 303 73 00 00'], // Stenungsund, 3-digit NDC
      ['+46520659500', '0520-65 95 00', '+46 520 65 95 00'], // Lilla Edet
      ['+4630412345', '0304-123 45', '+46 304 123 45'],
      ['+46766453313', '076-645 33 13', '+46 76 645 33 13'], // mobile
      ['+46701234567', '070-123 45 67', '+46 70 123 45 67'],
      ['+46731234567', '073-123 45 67', '+46 73 123 45 67'],
      ['+46201234567', '020-123 45 67', '+46 20 123 45 67'], // freephone
      ['+46101234567', '010-123 45 67', '+46 10 123 45 67'],
    ];
    for (const [e164, national, international] of cases) {
      assert.equal(formatPhone(e164), national, e164);
      assert.equal(formatPhone(e164, 'international'), international, e164);
    }
  });
  test('tolerates spaces and hyphens in the E.164 input', () => {
    assert.equal(formatPhone('+46 31 335 51 88'), '031-335 51 88');
  });
  test('invalid input is returned unchanged', () => {
    for (const bad of ['', '031-335 51 88', '+4531335518', '+460313355188', '+46', 'tel:+46313355188', 'abc', '+4612345']) {
      assert.equal(formatPhone(bad), bad);
    }
    assert.equal(formatPhone(undefined as never), undefined);
    assert.equal(formatPhone(null as never), null);
    assert.equal(formatPhone(5 as never), 5);
  });
  test('property: never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.constantFrom('national', 'international', 'x'), (s, style) => {
        assert.equal(typeof formatPhone(s, style as never), 'string');
      }),
    );
  });
  test('property: national → E.164 round trip for valid Swedish numbers', () => {
    const ndc = fc.constantFrom('8', '11', '13', '18', '31', '33', '40', '46', '54', '90', '70', '72', '73', '76', '79', '10', '20', '300', '303', '304', '322', '520', '612');
    const numbers = fc.tuple(ndc, fc.integer({ min: 1, max: 9 }), fc.stringMatching(/^\d{5,7}$/)).map(([a, first, rest]) => `+46${a}${first}${rest}`);
    fc.assert(
      fc.property(numbers, (e164) => {
        const national = formatPhone(e164);
        assert.match(national, /^0\d{1,3}-\d{2,3}( \d\d)+$|^0\d{1,3}-\d{2,3}$/);
        assert.equal(toE164(national), e164);
        assert.equal(toE164(formatPhone(e164, 'international')), e164);
      }),
      { numRuns: 500 },
    );
  });
});

describe('toE164 and telHref', () => {
  test('parses the ways people write numbers', () => {
    assert.equal(toE164('031-335 51 88'), '+46313355188');
    assert.equal(toE164('031-335 5025'), '+46313355025');
    assert.equal(toE164('0766-45 33 13'), '+46766453313');
    assert.equal(toE164('+46 (0)31 335 51 88'), '+46313355188');
    assert.equal(toE164('0046 31 335 51 88'), '+46313355188');
    assert.equal(toE164('hello'), undefined);
    assert.equal(toE164('+45 31 33 55 18'), undefined);
  });
  test('tel: links only for valid numbers', () => {
    assert.equal(telHref('+46313355188'), 'tel:+46313355188');
    assert.equal(telHref('+46 31 335 51 88'), 'tel:+46313355188');
    assert.equal(telHref('javascript:alert(1)'), undefined);
    assert.equal(telHref(''), undefined);
    assert.equal(telHref(undefined as never), undefined);
  });
});

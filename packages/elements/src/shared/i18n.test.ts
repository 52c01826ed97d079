import { expect } from '@open-wc/testing';
import {
  formatClock,
  formatDate,
  formatDateWithWeekday,
  formatIsoDate,
  formatMonthYear,
  formatTimeRange,
  formatters,
  plural,
} from './i18n.js';
import { heading, headingLevel } from './heading.js';
import { render } from 'lit';
import { mount } from '../test-support/helpers.js';

describe('shared i18n', () => {
  it('writes dates the Swedish way, and in British English', () => {
    expect(formatDate({ year: 2021, month: 1, day: 20 }, 'sv')).to.equal('20 januari 2021');
    expect(formatDate({ year: 2021, month: 1, day: 20 }, 'en')).to.equal('20 January 2021');
    expect(formatDateWithWeekday({ year: 2021, month: 1, day: 20 }, 'sv')).to.equal('onsdag 20 januari 2021');
    expect(formatDateWithWeekday({ year: 2021, month: 1, day: 20 }, 'en')).to.equal('Wednesday 20 January 2021');
    expect(formatMonthYear(2024, 12, 'sv')).to.equal('december 2024');
    expect(formatIsoDate('2026-11-24', 'sv')).to.equal('24 november 2026');
    expect(formatIsoDate('24/11/2026', 'sv')).to.equal(undefined);
  });

  it('writes times as "kl. 9.00–12.00" (en dash, no spaces) and "9:00–12:00" in English', () => {
    const start = { year: 2021, month: 1, day: 20, hour: 9, minute: 0 };
    const end = { year: 2021, month: 1, day: 20, hour: 12, minute: 0 };
    expect(formatTimeRange(start, end, 'sv')).to.equal('kl. 9.00–12.00');
    expect(formatTimeRange(start, end, 'en')).to.equal('9:00–12:00');
    expect(formatTimeRange(start, undefined, 'sv')).to.equal('kl. 9.00');
    expect(formatTimeRange({ year: 2021, month: 1, day: 20 }, undefined, 'sv')).to.equal('');
    expect(formatClock(13, 5, 'sv')).to.equal('13.05');
  });

  it('counts with plural rules', () => {
    const forms = { sv: { one: 'nätverk', other: 'nätverk' }, en: { one: 'network', other: 'networks' } };
    expect(plural(1, forms.sv, 'sv')).to.equal('1 nätverk');
    expect(plural(12, forms.sv, 'sv')).to.equal('12 nätverk');
    expect(plural(1, forms.en, 'en')).to.equal('1 network');
    expect(plural(0, forms.en, 'en')).to.equal('0 networks');
    expect(plural(1200, forms.sv, 'sv')).to.equal('1\u00a0200 nätverk');
  });

  it('sorts with Swedish collation: å, ä, ö after z, in that order', () => {
    const names = ['Östervik', 'Alby', 'Ärla', 'Zeta', 'Åby', 'Provälv', 'Provsta'];
    const sorted = (lang: 'sv' | 'en') => [...names].sort(formatters(lang).collator.compare);
    expect(sorted('sv')).to.deep.equal(['Alby', 'Provsta', 'Provälv', 'Zeta', 'Åby', 'Ärla', 'Östervik']);
    // The data's names are Swedish: English pages sort them the same way.
    expect(sorted('en')).to.deep.equal(['Alby', 'Provsta', 'Provälv', 'Zeta', 'Åby', 'Ärla', 'Östervik']);
  });
});

describe('shared heading', () => {
  it('clamps the level to h2–h6 and renders a real heading', async () => {
    expect(headingLevel('4')).to.equal(4);
    expect(headingLevel(1)).to.equal(2);
    expect(headingLevel(9)).to.equal(2);
    expect(headingLevel('x', 3)).to.equal(3);
    const box = await mount(document.createElement('div'));
    render(heading(7, 'Rubrik', 'heading'), box);
    expect(box.querySelector('h6[part="heading"]')?.textContent).to.equal('Rubrik');
    render(heading(1, '<b>text</b>'), box);
    expect(box.querySelector('h2')?.textContent).to.equal('<b>text</b>');
    expect(box.querySelectorAll('b')).to.have.length(0);
  });
});

/**
 * Examples: every state of every element, described once. Each element's `<name>.examples.ts` lists its
 * own states and ends with `sharedExamples(…)`, the states every element has (English, 320 px, three
 * themes, loading, a self-hosted `src`, `src` errors, an unknown id, nothing chosen). Storybook's stories
 * are generated from these lists (apps/storybook/scripts/generate-stories.mjs) and `src/examples.test.ts`
 * mounts every example in Chromium, checks what it says a user sees and runs axe on it.
 *
 * Not exported by the package and not in dist/: the examples are for the stories and the tests. Nothing
 * here may import an element class (Storybook type-checks and bundles these files without the elements'
 * decorators): data and plain values only.
 */
import { fixtureClocks } from '@goteborgsregionen/data/testing';

/** A token set: only the documented `--gr-*` custom properties. */
export type Tokens = Record<`--gr-${string}`, string>;

export interface Theme {
  /** Name shown in Storybook's toolbar. */
  title: string;
  /** Tokens set on the wrapper around the element; empty means the built-in defaults. */
  tokens: Tokens;
}

/** The defaults, as the elements fall back to them (also the source of Storybook's Theming page table). */
export const DEFAULT_TOKENS = {
  '--gr-color-text': '#1b1b1b',
  '--gr-color-muted': '#4a5560',
  '--gr-color-accent': '#00558c',
  '--gr-color-accent-contrast': '#ffffff',
  '--gr-color-surface': '#ffffff',
  '--gr-color-surface-alt': '#f1f4f7',
  '--gr-color-border': '#c5ccd3',
  '--gr-color-focus': '#b3127c',
  '--gr-color-danger': '#b00020',
  '--gr-color-mark': '#fff2a8',
  '--gr-font-family': 'inherit',
  '--gr-font-size': 'max(1em, 16px)',
  '--gr-radius': '0.25em',
  '--gr-space': '1em',
} as const satisfies Tokens;

/** Three municipal looks made with tokens only: no ::part rules, no global CSS. */
export const THEMES = {
  standard: { title: 'GR standard', tokens: {} },
  'kungsbacka-bla': {
    title: 'Kungsbacka blå',
    tokens: {
      '--gr-color-text': '#1a1a1a',
      '--gr-color-muted': '#4d4d4d',
      '--gr-color-accent': '#005b99',
      '--gr-color-accent-contrast': '#ffffff',
      '--gr-color-surface': '#ffffff',
      '--gr-color-surface-alt': '#eaf2f9',
      '--gr-color-border': '#8aa9c4',
      '--gr-color-focus': '#c2410c',
      '--gr-color-danger': '#a4001d',
      '--gr-color-mark': '#ffe08a',
      '--gr-font-family': "'Trebuchet MS', 'Segoe UI', system-ui, sans-serif",
      '--gr-font-size': '17px',
      '--gr-radius': '0',
      '--gr-space': '1.25em',
    },
  },
  'mork-kontrast': {
    title: 'Mörk kontrast',
    tokens: {
      '--gr-color-text': '#f5f5f5',
      '--gr-color-muted': '#c9ced3',
      '--gr-color-accent': '#9fd3ff',
      '--gr-color-accent-contrast': '#0b1a26',
      '--gr-color-surface': '#121417',
      '--gr-color-surface-alt': '#1f2328',
      '--gr-color-border': '#6b7580',
      '--gr-color-focus': '#ffd400',
      '--gr-color-danger': '#ff9b8f',
      '--gr-color-mark': '#5c4d00',
      '--gr-font-family': 'system-ui, sans-serif',
      '--gr-font-size': '18px',
      '--gr-radius': '0.125em',
      '--gr-space': '1em',
    },
  },
  'rundad-gron': {
    title: 'Rundad grön',
    tokens: {
      '--gr-color-text': '#1c2b22',
      '--gr-color-muted': '#44574b',
      '--gr-color-accent': '#1b6e3a',
      '--gr-color-accent-contrast': '#ffffff',
      '--gr-color-surface': '#ffffff',
      '--gr-color-surface-alt': '#edf6ef',
      '--gr-color-border': '#8dbb9c',
      '--gr-color-focus': '#6a1b9a',
      '--gr-color-danger': '#a1001a',
      '--gr-color-mark': '#d6f0c2',
      '--gr-font-family': 'Verdana, Geneva, sans-serif',
      '--gr-font-size': '16px',
      '--gr-radius': '1em',
      '--gr-space': '1.25em',
    },
  },
} satisfies Record<string, Theme>;

export type ThemeId = keyof typeof THEMES;

/**
 * Where an example's data comes from. Each place that shows examples maps the `src` kinds to files of
 * its own (Storybook: its static files; the element tests: the test server's /__fixtures/).
 */
export type ExampleData =
  /** The fictional dataset of `@goteborgsregionen/data/testing`, given as the `data` property. */
  | 'fixture'
  /** `src`: GR's published dataset, a copy on the page's own origin (as a municipality self-hosts it). */
  | 'self-hosted'
  /** `src` that never answers: the element keeps its loading notice (the page's fetch holds the request). */
  | 'never-answers'
  /** `src` the server answers with 404. */
  | 'missing'
  /** `src` whose file is not JSON. */
  | 'not-json'
  /** `src` whose file is JSON but breaks the dataset format (`INVALID_DATASET`). */
  | 'invalid-dataset';

/** Attribute values: `true` is an empty attribute, `false`/`undefined` leave it out. */
export type Attributes = Record<string, string | number | boolean | undefined>;

/** What a user sees in an example. */
export interface Sees {
  /** Texts shown in the element (each one, as `innerText` shows it with spaces collapsed). */
  text?: readonly string[];
  /**
   * The notice the element shows, if any: its loading notice, or an error notice (a `src` or `data`
   * that could not be used, an unknown id, a missing attribute) with the texts given.
   */
  notice?: { kind: 'loading' } | { kind: 'error'; text: readonly string[] };
  /** Console errors the browser logs and that are expected: the 404 of a deliberately missing `src`. */
  consoleErrors?: readonly 'http-404'[];
}

export interface Example {
  /** The story's export name (PascalCase), stable: docs refer to it (`ContactList.Default`). */
  exportName: string;
  /** Display name, in English (Storybook's sidebar). */
  name: string;
  /** What the example shows and why, in English (Storybook's docs), Markdown. */
  description: string;
  /** Attributes on the element (besides `src`, `now` and the data). */
  attributes: Attributes;
  /** Where the data comes from; `fixture` unless said. */
  data: ExampleData;
  /** The element's clock (`now` attribute); fixture examples use `fixtureClocks`. */
  now?: string;
  /** The nearest `lang`. */
  lang: 'sv' | 'en';
  /** Shown in a 320 px wide column (WCAG 1.4.10 reflow). */
  narrow: boolean;
  /** A token-only theme (`THEMES`). */
  theme: ThemeId;
  /** What a user should see. */
  sees: Sees;
}

/** An example as written in an examples file: everything but the name, description and what it shows has a default. */
export type ExampleInput = Pick<Example, 'exportName' | 'name' | 'description' | 'sees'> & Partial<Omit<Example, 'exportName' | 'name' | 'description' | 'sees'>>;

/** Fills in the defaults: the fixture data, Swedish, full width, GR standard theme, no attributes. */
export function example(input: ExampleInput): Example {
  return { attributes: {}, data: 'fixture', lang: 'sv', narrow: false, theme: 'standard', ...input };
}

/** Valid JSON that breaks the dataset format: the `invalid-dataset` source (its first wrong field is the date). */
export const INVALID_DATASET = {
  version: 2,
  lastUpdated: '24 november 2026',
  municipalities: [],
  areas: [],
  networks: [
    {
      id: 'skoljuridiska-gruppen',
      name: 'Skoljuridiska gruppen',
      area: 'utbildning',
      kind: 'kunskaps-och-erfarenhetsutbyte',
      municipalities: ['atlantis'],
      sources: [],
    },
  ],
  committees: [],
  people: [],
};

/** Milliseconds a loading example waits for its `src` before giving up (a day: it stays loading). */
export const LOADING_TIMEOUT = 86_400_000;

/** The notice heading every `src`/`data` error shows, per language. */
const ERROR_HEADING = { sv: 'Uppgifterna kunde inte hämtas', en: 'The information could not be loaded' } as const;

export interface SharedExamplesOptions {
  /** The element's usual state on the fixture (attributes and clock): English, narrow and themes show it. */
  base: { attributes: Attributes; now?: string };
  /** What a user sees in `base`, in Swedish and in English (the English, narrow and theme examples check it). */
  sees: { sv: readonly string[]; en: readonly string[] };
  /**
   * Attributes (and clock) naming records of GR's published data. Examples with a `src` show GR's data,
   * from the file or, while it loads and after it fails, the default data, so they name GR's records.
   */
  published: { attributes: Attributes; now?: string; description: string };
  /** An id that is in no dataset, and the notice text naming it; leave out when the element takes no ids. */
  unknownId?: { attributes: Attributes; notice: readonly string[]; sees?: readonly string[]; description: string };
  /** The element without the attribute it needs, and what it says; leave out when nothing is required. */
  nothingChosen?: { attributes: Attributes; notice: readonly string[]; description: string };
  /** Per shared example, attributes and clock of its own (a theme shown on a state with more colour). */
  overrides?: Partial<Record<SharedExportName, Partial<Pick<Example, 'attributes' | 'now' | 'description'> & { sees: Sees }>>>;
}

type SharedExportName =
  | 'English'
  | 'Narrow'
  | 'ThemeKungsbacka'
  | 'ThemeDark'
  | 'ThemeRounded'
  | 'Loading'
  | 'SelfHostedData'
  | 'ErrorNotFound'
  | 'ErrorInvalidJson'
  | 'ErrorInvalidData'
  | 'UnknownId'
  | 'MissingAttribute';

/** The states every element shares, in the order Storybook shows them (after the element's own). */
export function sharedExamples(o: SharedExamplesOptions): Example[] {
  const { base, published } = o;
  const baseSees: Sees = { text: o.sees.sv };
  const list: Example[] = [
    example({
      exportName: 'English',
      name: 'English',
      description: 'English, because the nearest `lang` attribute says `en`.',
      ...base,
      lang: 'en',
      sees: { text: o.sees.en },
    }),
    example({ exportName: 'Narrow', name: 'Narrow (320 px)', description: 'Reflows at 320 px wide (WCAG 1.4.10).', ...base, narrow: true, sees: baseSees }),
    example({
      exportName: 'ThemeKungsbacka',
      name: 'Theme: Kungsbacka blå',
      description: 'Only `--gr-*` tokens: blue accent, square corners, Trebuchet.',
      ...base,
      theme: 'kungsbacka-bla',
      sees: baseSees,
    }),
    example({
      exportName: 'ThemeDark',
      name: 'Theme: Mörk kontrast',
      description: 'Only `--gr-*` tokens: a dark, high-contrast look with a yellow focus ring.',
      ...base,
      theme: 'mork-kontrast',
      sees: baseSees,
    }),
    example({
      exportName: 'ThemeRounded',
      name: 'Theme: Rundad grön',
      description: 'Only `--gr-*` tokens: green accent, round corners, Verdana.',
      ...base,
      theme: 'rundad-gron',
      sees: baseSees,
    }),
    example({
      exportName: 'Loading',
      name: 'Loading',
      description: "Waiting for `src`: the element's own loading notice, kept on screen by a source that never answers.",
      attributes: { ...published.attributes, timeout: LOADING_TIMEOUT },
      now: published.now,
      data: 'never-answers',
      sees: { notice: { kind: 'loading' }, text: ['Hämtar uppgifter …'] },
    }),
    example({
      exportName: 'SelfHostedData',
      name: 'Data from src (self-hosted)',
      description: `\`src\` names a copy of GR's published dataset on the same origin, as a municipality self-hosts it; it is validated and used. ${published.description}`,
      attributes: published.attributes,
      now: published.now,
      data: 'self-hosted',
      sees: {},
    }),
    example({
      exportName: 'ErrorNotFound',
      name: 'Error: src not found (404)',
      description: 'The server answers 404: a visible, polite notice, then GR\'s own data.',
      attributes: published.attributes,
      now: published.now,
      data: 'missing',
      sees: {
        notice: { kind: 'error', text: [ERROR_HEADING.sv, 'Servern svarade med felkod 404 för', 'Vi visar GR:s egna uppgifter i stället.'] },
        consoleErrors: ['http-404'],
      },
    }),
    example({
      exportName: 'ErrorInvalidJson',
      name: 'Error: src is not JSON',
      description: 'The file is not JSON: notice plus GR\'s own data.',
      attributes: published.attributes,
      now: published.now,
      data: 'not-json',
      sees: { notice: { kind: 'error', text: [ERROR_HEADING.sv, 'är inte giltig JSON.', 'Vi visar GR:s egna uppgifter i stället.'] } },
    }),
    example({
      exportName: 'ErrorInvalidData',
      name: 'Error: src breaks the data format',
      description: 'Valid JSON that fails validation: the notice names the first wrong field.',
      attributes: published.attributes,
      now: published.now,
      data: 'invalid-dataset',
      sees: {
        notice: { kind: 'error', text: [ERROR_HEADING.sv, 'följer inte GR:s dataformat', 'Första felet: lastUpdated:'] },
      },
    }),
  ];
  if (o.unknownId) {
    list.push(
      example({
        exportName: 'UnknownId',
        name: 'Unknown id',
        description: o.unknownId.description,
        attributes: o.unknownId.attributes,
        now: base.now,
        sees: { notice: { kind: 'error', text: o.unknownId.notice }, ...(o.unknownId.sees ? { text: o.unknownId.sees } : {}) },
      }),
    );
  }
  if (o.nothingChosen) {
    list.push(
      example({
        exportName: 'MissingAttribute',
        name: 'Nothing chosen',
        description: o.nothingChosen.description,
        attributes: o.nothingChosen.attributes,
        now: base.now,
        sees: { notice: { kind: 'error', text: o.nothingChosen.notice } },
      }),
    );
  }
  return list.map((ex) => {
    const over = o.overrides?.[ex.exportName as SharedExportName];
    return over ? { ...ex, ...over, sees: over.sees ?? ex.sees } : ex;
  });
}

/** The clocks the fixture's states are designed around (re-exported for the examples files). */
export { fixtureClocks };

/** Storybook tags for an example: the smoke test expects an error notice (and a 404) from these. */
export function exampleTags(ex: Example): string[] {
  if (ex.sees.consoleErrors?.includes('http-404')) return ['expected-404'];
  if (ex.sees.notice?.kind === 'error') return ['expected-error'];
  return [];
}

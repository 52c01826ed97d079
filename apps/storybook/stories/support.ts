/**
 * Helpers shared by every story: the themes (made only with the public --gr-* tokens), a render
 * function that turns args into attributes, the narrow (320 px) wrapper, and the deterministic
 * "loading" source.
 */
import type { Decorator } from '@storybook/web-components-vite';

/** A token set: only the documented `--gr-*` custom properties. */
export type Tokens = Record<`--gr-${string}`, string>;

export interface Theme {
  /** Name shown in the toolbar. */
  title: string;
  /** Tokens set on the story wrapper; empty means the built-in defaults. */
  tokens: Tokens;
}

/** The defaults, as the elements fall back to them (also the source of the Theming page's table). */
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
 * Storybook's generic args → the element. Lower-case keys become attributes (`true` → empty
 * attribute, `false`/empty → left out), camelCase keys and objects (`dataset`) become properties, `--gr-*` keys become
 * inline token overrides, and `onGrSomething` action handlers listen for `gr-something` events.
 */
export function renderElement(tag: string, args: Record<string, unknown>): HTMLElement {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (key.startsWith('--')) {
      el.style.setProperty(key, String(value));
    } else if (typeof value === 'function') {
      const m = /^on(Gr[A-Z].*)$/.exec(key);
      if (m) {
        const event = m[1]!.replace(/[A-Z]/g, (c, i: number) => (i ? '-' : '') + c.toLowerCase());
        el.addEventListener(event, value as EventListener);
      }
    } else if (typeof value === 'object' || /[A-Z]/.test(key)) {
      (el as unknown as Record<string, unknown>)[key] = value;
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  return el;
}

/** The 320 px reflow check (WCAG 1.4.10): a 320 px wide column, and the small-mobile viewport. */
export const narrow = {
  decorators: [
    ((story) => {
      const box = document.createElement('div');
      box.className = 'gr-story-narrow';
      box.style.inlineSize = '320px';
      box.style.maxInlineSize = '100%';
      box.style.outline = '1px dashed #8a939c';
      const content = story();
      if (content instanceof Node) box.append(content);
      return box;
    }) as Decorator,
  ],
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/**
 * A `src` that never answers. The preview's fetch leaves requests under this path pending until
 * they are aborted, so the element shows its real loading state (its own fetch, its own notice)
 * for as long as the story is open. Pair it with a long `timeout`.
 */
export const NEVER_ANSWERS = 'storybook-never-answers/dataset.json';

/** The same-origin copy of GR's dataset, served from the CDN folder (as a municipality self-hosts it). */
export const SELF_HOSTED_DATASET = 'gr/data/dataset.json';

/** Base of the published .ics/.vcf files in this Storybook (the CDN folder). */
export const FILES_BASE = 'gr/data/';

/** A path this Storybook does not serve: the server answers 404. */
export const MISSING_FILE = 'missing/gr-dataset.json';

/** A file that is not JSON at all (apps/storybook/public). */
export const INVALID_JSON = 'fixtures/not-json.json';

/** Valid JSON that does not follow GR's dataset format (apps/storybook/public). */
export const INVALID_DATASET = 'fixtures/invalid-dataset.json';

/**
 * Installs the pending-fetch hook used by the loading stories. Only URLs whose path contains
 * `/storybook-never-answers/` are affected; everything else goes to the real fetch.
 */
export function installNeverAnsweringFetch(): void {
  const w = window as typeof window & { __grNeverAnswers?: boolean };
  if (w.__grNeverAnswers) return;
  w.__grNeverAnswers = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (!url.pathname.includes('/storybook-never-answers/')) return realFetch(input, init);
    return new Promise<Response>((_resolve, reject) => {
      const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
      signal?.addEventListener('abort', () => reject(new DOMException('The request was aborted.', 'AbortError')), { once: true });
    });
  };
}

/** Args that keep an element in its loading state for a day (see NEVER_ANSWERS). */
export const LOADING_ARGS = { src: NEVER_ANSWERS, timeout: 86_400_000 } as const;

/** A story description for the Docs page and the story's own docs panel. */
export const describe = (text: string) => ({ docs: { description: { story: text } } });

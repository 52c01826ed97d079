/**
 * Helpers shared by every story: the themes (made only with the public --gr-* tokens), a render
 * function that turns args into attributes, the narrow (320 px) wrapper, the deterministic "loading"
 * source, and `exampleStory`, which turns an element's example (packages/elements/src/<name>/
 * <name>.examples.ts) into a story: the stories files are generated from the examples
 * (scripts/generate-stories.mjs).
 */
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { createFixtureDataset } from '@goteborgsregionen/data/testing';
import type { Example, ExampleData } from '../../../packages/elements/src/shared/examples';

// The themes and default tokens live with the examples (the examples test runs axe on every theme too).
export { DEFAULT_TOKENS, THEMES } from '../../../packages/elements/src/shared/examples';
export type { Theme, ThemeId, Tokens } from '../../../packages/elements/src/shared/examples';

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


/** A story description for the Docs page and the story's own docs panel. */
export const describe = (text: string) => ({ docs: { description: { story: text } } });

/** The `src` of each kind of example data, as this Storybook serves it. */
const SOURCES: Record<Exclude<ExampleData, 'fixture'>, string> = {
  'self-hosted': SELF_HOSTED_DATASET,
  'never-answers': NEVER_ANSWERS,
  missing: MISSING_FILE,
  'not-json': INVALID_JSON,
  'invalid-dataset': INVALID_DATASET,
};

/** The fictional dataset every fixture story shows (one object: validated once for the whole Storybook). */
const FIXTURE = createFixtureDataset();

/** Controls the manifest cannot describe (a named union type), per tag. */
const ARG_TYPES: Record<string, Meta['argTypes']> = {
  'gr-meeting-calendar': { view: { control: 'inline-radio', options: ['list', 'month'], table: { category: 'attributes' } } },
};

/**
 * What every element's stories share: the render function (args become attributes; a story about the
 * fixture gets it as the `data` property, which "Show code" leaves out) and the element's summary.
 */
export function elementMeta(tag: string, summary: string): Omit<Meta, 'title' | 'component' | 'tags'> {
  return {
    render: (args, context) => {
      const el = renderElement(tag, args);
      if ((context.parameters as { grData?: ExampleData }).grData === 'fixture') (el as HTMLElement & { data?: unknown }).data = FIXTURE;
      return el;
    },
    args: { 'files-base': FILES_BASE },
    ...(ARG_TYPES[tag] ? { argTypes: ARG_TYPES[tag] } : {}),
    parameters: { docs: { description: { component: summary } } },
  };
}

/** One example as a story: its attributes, clock and `src` as args, its language and theme as globals, its 320 px column. */
export function exampleStory(tag: string, examples: readonly Example[], exportName: string): Omit<StoryObj, 'name' | 'tags'> {
  const ex = examples.find((e) => e.exportName === exportName);
  if (!ex) throw new Error(`<${tag}> has no example ${exportName}: regenerate the stories (npm run generate -w @goteborgsregionen/storybook)`);
  const args: Record<string, unknown> = { ...ex.attributes };
  if (ex.now) args.now = ex.now;
  if (ex.data !== 'fixture') args.src = SOURCES[ex.data];
  const globals: Record<string, unknown> = {};
  if (ex.lang !== 'sv') globals.lang = ex.lang;
  if (ex.theme !== 'standard') globals.theme = ex.theme;
  return {
    args,
    ...(ex.narrow ? { decorators: narrow.decorators, globals: { ...narrow.globals, ...globals } } : { globals }),
    parameters: { ...describe(ex.description), grData: ex.data },
  };
}

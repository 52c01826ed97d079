import type { Preview, Decorator } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '@goteborgsregionen/elements/custom-elements.json';
import '@goteborgsregionen/elements/define';
import { THEMES, installNeverAnsweringFetch } from '../stories/support';
import type { ThemeId } from '../stories/support';

// Autodocs (attributes, properties, events, ::parts, --gr-* tokens) come from the elements' JSDoc.
setCustomElementsManifest(manifest);
// Lets the "Loading" stories show the real loading state deterministically (see stories/support.ts).
installNeverAnsweringFetch();

/**
 * Every story renders inside one wrapper that carries the language (the elements follow the
 * nearest `lang`) and the chosen theme's tokens, the way a municipality's page would.
 */
const withLangAndTheme: Decorator = (story, context) => {
  const lang = context.globals.lang === 'en' ? 'en' : 'sv';
  const theme = THEMES[(context.globals.theme as ThemeId) ?? 'standard'] ?? THEMES.standard;
  document.documentElement.lang = lang;
  const wrapper = document.createElement('div');
  wrapper.className = 'gr-story';
  wrapper.lang = lang;
  for (const [token, value] of Object.entries(theme.tokens)) wrapper.style.setProperty(token, value);
  // The page behind the element: the theme's surface and text colour.
  wrapper.style.background = 'var(--gr-color-surface, #ffffff)';
  wrapper.style.color = 'var(--gr-color-text, #1b1b1b)';
  // A typical municipal site's font; "GR standard" inherits it (--gr-font-family defaults to inherit).
  wrapper.style.fontFamily = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  wrapper.style.padding = '1rem';
  const content = story();
  if (content instanceof Node) wrapper.append(content);
  return wrapper;
};

type Enhancer = NonNullable<Preview['argTypesEnhancers']>[number];

/**
 * Friendlier controls for the argTypes read from custom-elements.json: "string | undefined" gets a
 * text field (not an object editor), numbers and booleans their own controls, and every --gr-*
 * token a colour picker or text field, so designers can try a token on any story.
 */
const elementControls: Enhancer = Object.assign(
  (context: Parameters<Enhancer>[0]) => {
    const out = { ...context.argTypes };
    for (const [key, argType] of Object.entries(out)) {
      const category = argType.table?.category;
      const typeText = String(argType.table?.type?.summary ?? (argType.type as { name?: string } | undefined)?.name ?? '');
      const control = argType.control as { type?: string } | false | undefined;
      const replaceable = !control || control.type === 'object';
      if (category === 'css custom properties') {
        const fallback = String(argType.table?.defaultValue?.summary ?? '');
        out[key] = { ...argType, control: /^#[0-9a-f]{3,8}$/i.test(fallback) ? { type: 'color' } : { type: 'text' } };
      } else if (category === 'attributes' || category === 'properties') {
        if (!replaceable) continue;
        const parts = typeText.split('|').map((t) => t.trim()).filter((t) => t && t !== 'undefined');
        const literals = parts.filter((t) => /^(['"]).*\1$/.test(t)).map((t) => t.slice(1, -1));
        if (parts.length === 1 && parts[0] === 'string') out[key] = { ...argType, control: { type: 'text' } };
        else if (parts.length === 1 && parts[0] === 'number') out[key] = { ...argType, control: { type: 'number' } };
        else if (parts.length === 1 && parts[0] === 'boolean') out[key] = { ...argType, control: { type: 'boolean' } };
        else if (literals.length > 0 && literals.length === parts.length) out[key] = { ...argType, control: { type: 'inline-radio' }, options: literals };
      }
    }
    return out;
  },
  { secondPass: true },
);

const preview: Preview = {
  decorators: [withLangAndTheme],
  argTypesEnhancers: [elementControls],
  globalTypes: {
    lang: {
      description: 'Språk / language (the nearest lang attribute)',
      toolbar: {
        title: 'Språk',
        icon: 'globe',
        items: [
          { value: 'sv', title: 'Svenska (sv)', right: 'sv' },
          { value: 'en', title: 'English (en)', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme made only with --gr-* tokens',
      toolbar: {
        title: 'Tema',
        icon: 'paintbrush',
        items: Object.entries(THEMES).map(([value, t]) => ({ value, title: t.title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'sv', theme: 'standard' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: {
      // Violations show as errors in the Accessibility panel (and fail the smoke test).
      test: 'error',
      context: '#storybook-root',
      // WCAG 2.0–2.2 A/AA plus best practices, as the smoke test runs them. "region" (all content in
      // landmarks) is a whole-page rule; a story is a fragment of a page.
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        rules: { region: { enabled: false } },
      },
    },
    docs: {
      toc: true,
      source: {
        // "Show code" gives the tag as an editor would paste it: without the story's wrapper, and
        // without files-base, which only points at this Storybook's copy of the ics/ and vcf/ files.
        excludeDecorators: true,
        transform: (code: string) => code.replace(/\s+files-base="[^"]*"/g, ''),
      },
    },
    options: {
      storySort: {
        order: ['Docs', ['Getting started', 'Theming', 'Embedding', 'Data'], 'Elements'],
      },
    },
  },
};

export default preview;

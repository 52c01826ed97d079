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

const preview: Preview = {
  decorators: [withLangAndTheme],
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
    docs: { toc: true },
    options: {
      storySort: {
        order: ['Docs', ['Getting started', 'Theming', 'Embedding', 'Data'], 'Elements'],
      },
    },
  },
};

export default preview;

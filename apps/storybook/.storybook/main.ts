import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { StorybookConfig } from '@storybook/web-components-vite';

const require = createRequire(import.meta.url);
const elementsRoot = dirname(require.resolve('@goteborgsregionen/elements/package.json'));
// The built CDN folder of @goteborgsregionen/elements: gr-elements.js, its chunks, and data/ (dataset.json, ics/, vcf/).
// Served under /gr/ exactly as a municipality would self-host it, so calendar and vCard links work.
const elementsCdn = join(elementsRoot, 'dist', 'cdn');

const config: StorybookConfig = {
  stories: ['../docs/**/*.mdx', '../stories/**/*.stories.@(ts|js)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: ['../public', { from: elementsCdn, to: '/gr' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  viteFinal(config) {
    config.build = { ...config.build, chunkSizeWarningLimit: 1500 };
    return config;
  },
};
export default config;


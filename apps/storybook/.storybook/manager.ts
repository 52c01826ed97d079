import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming/create';

addons.setConfig({
  theme: create({ base: 'light', brandTitle: 'Göteborgsregionen – komponenter', colorSecondary: '#00558c' }),
  sidebar: { showRoots: true },
});

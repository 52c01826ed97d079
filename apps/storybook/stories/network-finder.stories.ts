import type { Meta, StoryObj } from '@storybook/web-components-vite';
import {
  renderElement,
  narrow,
  describe,
  LOADING_ARGS,
  FILES_BASE,
  MISSING_FILE,
  INVALID_JSON,
  INVALID_DATASET,
  SELF_HOSTED_DATASET,
} from './support';

/**
 * `<gr-network-finder>`: GR's professional networks with search (typo- and diacritic-tolerant),
 * municipality and subject-area filters with live counts, a polite result count and an empty state
 * with a way out. `municipality` and `area` preset the filters ("our municipality's networks").
 */
const meta = {
  title: 'Elements/gr-network-finder',
  component: 'gr-network-finder',
  tags: ['autodocs'],
  render: (args) => renderElement('gr-network-finder', args),
  args: { 'files-base': FILES_BASE },
  argTypes: {
    heading: { control: 'text', description: 'Heading text above the finder; an empty string hides it.', table: { category: 'attributes' } },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

export const Default: Story = {
  parameters: describe('All networks, the search field, and the filters for municipality and subject area with counts.'),
};

export const ParticipantsNotListed: Story = {
  name: 'Participants not listed',
  args: { area: 'kommundirektorer-och-stodfunktioner', now: '2026-12-01T12:00:00+01:00' },
  parameters: describe(
    'Networks for which no source lists the participants: under "Medlemskommuner" each says that the list rests on GR\'s general description that most networks consist of the 13 member municipalities. Networks whose own page lists them say so instead; vacant seats and paused networks are shown as such.',
  ),
};

export const PresetMunicipality: Story = {
  name: 'Preset filter: municipality',
  args: { municipality: 'lilla-edet' },
  parameters: describe('`municipality="lilla-edet"`: the networks Lilla Edet takes part in, the filter already chosen.'),
};

export const PresetArea: Story = {
  name: 'Preset filter: subject area',
  args: { area: 'utbildning' },
  parameters: describe('`area="utbildning"`: the education networks.'),
};

export const PresetBoth: Story = {
  name: 'Preset filters: two municipalities and an area',
  args: { municipality: 'ale lerum', area: 'miljo-och-samhallsbyggnad' },
  parameters: describe('Space-separated ids combine with OR inside a filter and AND between filters.'),
};

export const OurNetworks: Story = {
  name: 'Our networks (without filters)',
  args: { municipality: 'kungsbacka', 'without-filters': true, heading: 'Kungsbackas nätverk inom GR' },
  parameters: describe('For a municipality\'s own page: the preset applies, the filter controls are hidden, the choice is stated in text.'),
};

export const SearchWithResults: Story = {
  name: 'Search with results',
  args: { query: 'skoljur' },
  parameters: describe('`query="skoljur"`: prefix-friendly search; matches are highlighted.'),
};

export const SearchTypo: Story = {
  name: 'Search with a typo',
  args: { query: 'socialshefer' },
  parameters: describe('"socialshefer" still finds Socialchefsnätverket.'),
};

export const SearchWithoutDiacritics: Story = {
  name: 'Search without å, ä, ö',
  args: { query: 'aldreomsorg' },
  parameters: describe('"aldreomsorg" finds äldreomsorg; the names are shown as written.'),
};

export const SearchQuotedMunicipality: Story = {
  name: 'Search for a quoted municipality',
  args: { query: '"Lilla Edet"' },
  parameters: describe('A municipality name in quotes, as GR\'s own site tells visitors to type, means "networks it belongs to".'),
};

export const EmptyResult: Story = {
  name: 'Empty result',
  args: { query: 'astrofysik', municipality: 'tjorn' },
  parameters: describe('Nothing matches: the empty state says so and offers one button that clears search and filters.'),
};

export const English: Story = {
  args: { area: 'utbildning' },
  globals: { lang: 'en' },
  parameters: describe('English interface; network names stay Swedish (marked lang="sv"), as GR writes them.'),
};

export const Narrow: Story = {
  name: 'Narrow (320 px)',
  args: { municipality: 'lilla-edet' },
  ...narrow,
  parameters: describe('Reflows at 320 px wide (WCAG 1.4.10); the filters start folded on a narrow host.'),
};

export const ThemeKungsbacka: Story = {
  name: 'Theme: Kungsbacka blå',
  args: { municipality: 'kungsbacka', query: 'plan' },
  globals: { theme: 'kungsbacka-bla' },
  parameters: describe('Only `--gr-*` tokens: blue accent, square corners, Trebuchet.'),
};

export const ThemeDark: Story = {
  name: 'Theme: Mörk kontrast',
  args: { query: 'skol' },
  globals: { theme: 'mork-kontrast' },
  parameters: describe('Only `--gr-*` tokens: dark and high contrast; the match highlight uses `--gr-color-mark`.'),
};

export const ThemeRounded: Story = {
  name: 'Theme: Rundad grön',
  args: { area: 'miljo-och-samhallsbyggnad' },
  globals: { theme: 'rundad-gron' },
  parameters: describe('Only `--gr-*` tokens: green accent, round corners, Verdana.'),
};

export const Loading: Story = {
  args: { ...LOADING_ARGS },
  parameters: describe('Waiting for `src`: the element\'s own loading notice, kept on screen by a source that never answers.'),
};

export const SelfHostedData: Story = {
  name: 'Data from src (self-hosted)',
  args: { src: SELF_HOSTED_DATASET, municipality: 'ockero' },
  parameters: describe('`src` names a copy of the dataset on the same origin; it is validated and used.'),
};

export const ErrorNotFound: Story = {
  name: 'Error: src not found (404)',
  tags: ['expected-404'],
  args: { src: MISSING_FILE },
  parameters: describe('The server answers 404: a visible, polite notice, then the bundled data.'),
};

export const ErrorInvalidJson: Story = {
  name: 'Error: src is not JSON',
  tags: ['expected-error'],
  args: { src: INVALID_JSON },
  parameters: describe('The file is not JSON: notice plus bundled data.'),
};

export const ErrorInvalidData: Story = {
  name: 'Error: src breaks the data format',
  tags: ['expected-error'],
  args: { src: INVALID_DATASET },
  parameters: describe('Valid JSON that fails validation: the notice names the first wrong field.'),
};

export const UnknownMunicipality: Story = {
  name: 'Unknown id',
  tags: ['expected-error'],
  args: { municipality: 'atlantis lerum' },
  parameters: describe('An unknown municipality id is named and ignored; the valid one still applies.'),
};

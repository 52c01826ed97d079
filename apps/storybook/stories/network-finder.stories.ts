// Generated from packages/elements/src/network-finder/network-finder.examples.ts by apps/storybook/scripts/generate-stories.mjs
// (npm run generate -w @goteborgsregionen/storybook). Do not edit: change the examples.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { examples, summary } from '../../../packages/elements/src/network-finder/network-finder.examples';
import { elementMeta, exampleStory } from './support';

/**
 * `<gr-network-finder>`: professional networks with search (typo- and diacritic-tolerant), municipality and
 * subject-area filters with live counts, a polite result count and an empty state with a way out.
 * `municipality` and `area` preset the filters ("our municipality's networks").
 */
const meta = {
  title: 'Elements/gr-network-finder',
  component: 'gr-network-finder',
  tags: ['autodocs'],
  ...elementMeta('gr-network-finder', summary),
} satisfies Meta;
export default meta;
type Story = StoryObj;

/**
 * All networks, the search field, and the filters for municipality and subject area with counts.
 */
export const Default: Story = { name: 'Default', ...exampleStory('gr-network-finder', examples, 'Default') };

/**
 * Networks for which no source lists the participants say under "Medlemskommuner" that the list rests on
 * the general description that most networks consist of all member municipalities. Networks whose own page
 * lists them say so instead.
 */
export const ParticipantsNotListed: Story = { name: 'Participants not listed', ...exampleStory('gr-network-finder', examples, 'ParticipantsNotListed') };

/**
 * A vacant seat, a paused network and a network with partners outside the municipalities and a parent
 * network, each said in words.
 */
export const VacancyAndPaused: Story = { name: 'Vacant seat, paused network, partners', ...exampleStory('gr-network-finder', examples, 'VacancyAndPaused') };

/**
 * `municipality="lilla-prov"`: the networks Lilla Prov takes part in, the filter already chosen.
 */
export const PresetMunicipality: Story = { name: 'Preset filter: municipality', ...exampleStory('gr-network-finder', examples, 'PresetMunicipality') };

/**
 * Space-separated ids combine with OR inside a filter and AND between filters.
 */
export const PresetBoth: Story = { name: 'Preset filters: two municipalities and an area', ...exampleStory('gr-network-finder', examples, 'PresetBoth') };

/**
 * For a municipality's own page: the preset applies, the filter controls are hidden, the choice is stated
 * in text.
 */
export const OurNetworks: Story = { name: 'Our networks (without filters)', ...exampleStory('gr-network-finder', examples, 'OurNetworks') };

/**
 * `query="provn"`: prefix-friendly search; matches are highlighted.
 */
export const SearchWithResults: Story = { name: 'Search with results', ...exampleStory('gr-network-finder', examples, 'SearchWithResults') };

/**
 * "exempelchefsnätvrket" still finds Exempelchefsnätverket.
 */
export const SearchTypo: Story = { name: 'Search with a typo', ...exampleStory('gr-network-finder', examples, 'SearchTypo') };

/**
 * "vilande fragor" finds "vilande frågor"; the names are shown as written.
 */
export const SearchWithoutDiacritics: Story = { name: 'Search without å, ä, ö', ...exampleStory('gr-network-finder', examples, 'SearchWithoutDiacritics') };

/**
 * A municipality name in quotes means "networks it belongs to".
 */
export const SearchQuotedMunicipality: Story = { name: 'Search for a quoted municipality', ...exampleStory('gr-network-finder', examples, 'SearchQuotedMunicipality') };

/**
 * A renamed network is found by its former name.
 */
export const SearchFormerName: Story = { name: 'Search for a former name', ...exampleStory('gr-network-finder', examples, 'SearchFormerName') };

/**
 * Nothing matches: the empty state says so and offers one button that clears search and filters.
 */
export const EmptyResult: Story = { name: 'Empty result', ...exampleStory('gr-network-finder', examples, 'EmptyResult') };

/**
 * English, because the nearest `lang` attribute says `en`.
 */
export const English: Story = { name: 'English', ...exampleStory('gr-network-finder', examples, 'English') };

/**
 * Reflows at 320 px wide (WCAG 1.4.10).
 */
export const Narrow: Story = { name: 'Narrow (320 px)', ...exampleStory('gr-network-finder', examples, 'Narrow') };

/**
 * Only `--gr-*` tokens: blue accent, square corners, Trebuchet.
 */
export const ThemeKungsbacka: Story = { name: 'Theme: Kungsbacka blå', ...exampleStory('gr-network-finder', examples, 'ThemeKungsbacka') };

/**
 * Only `--gr-*` tokens: dark and high contrast; the match highlight uses `--gr-color-mark`.
 */
export const ThemeDark: Story = { name: 'Theme: Mörk kontrast', ...exampleStory('gr-network-finder', examples, 'ThemeDark') };

/**
 * Only `--gr-*` tokens: green accent, round corners, Verdana.
 */
export const ThemeRounded: Story = { name: 'Theme: Rundad grön', ...exampleStory('gr-network-finder', examples, 'ThemeRounded') };

/**
 * Waiting for `src`: the element's own loading notice, kept on screen by a source that never answers.
 */
export const Loading: Story = { name: 'Loading', ...exampleStory('gr-network-finder', examples, 'Loading') };

/**
 * `src` names a copy of GR's published dataset on the same origin, as a municipality self-hosts it; it is
 * validated and used. The networks Öckerö takes part in.
 */
export const SelfHostedData: Story = { name: 'Data from src (self-hosted)', ...exampleStory('gr-network-finder', examples, 'SelfHostedData') };

/**
 * The server answers 404: a visible, polite notice, then GR's own data.
 */
export const ErrorNotFound: Story = { name: 'Error: src not found (404)', tags: ['expected-404'], ...exampleStory('gr-network-finder', examples, 'ErrorNotFound') };

/**
 * The file is not JSON: notice plus GR's own data.
 */
export const ErrorInvalidJson: Story = { name: 'Error: src is not JSON', tags: ['expected-error'], ...exampleStory('gr-network-finder', examples, 'ErrorInvalidJson') };

/**
 * Valid JSON that fails validation: the notice names the first wrong field.
 */
export const ErrorInvalidData: Story = { name: 'Error: src breaks the data format', tags: ['expected-error'], ...exampleStory('gr-network-finder', examples, 'ErrorInvalidData') };

/**
 * An unknown municipality id is named and ignored; the valid one still applies.
 */
export const UnknownId: Story = { name: 'Unknown id', tags: ['expected-error'], ...exampleStory('gr-network-finder', examples, 'UnknownId') };

// Generated from packages/elements/src/contact-list/contact-list.examples.ts by apps/storybook/scripts/generate-stories.mjs
// (npm run generate -w @goteborgsregionen/storybook). Do not edit: change the examples.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { examples, summary } from '../../../packages/elements/src/contact-list/contact-list.examples';
import { elementMeta, exampleStory } from './support';

/**
 * `<gr-contact-list>`: contact persons for a political body (`committee`), a network (`network`) or a
 * chosen list (`people`). Phone numbers are shown as Swedes write them and linked as `tel:+46…`; each
 * person has a vCard.
 */
const meta = {
  title: 'Elements/gr-contact-list',
  component: 'gr-contact-list',
  tags: ['autodocs'],
  ...elementMeta('gr-contact-list', summary),
} satisfies Meta;
export default meta;
type Story = StoryObj;

/**
 * A committee's contact persons: name, title, phone (linked as tel:+46…) and vCard.
 */
export const Default: Story = { name: 'Default', ...exampleStory('gr-contact-list', examples, 'Default') };

/**
 * A network's contact person.
 */
export const Network: Story = { name: 'Network', ...exampleStory('gr-contact-list', examples, 'Network') };

/**
 * Any people, in the order given, with `people="id id id"`: with and without phone, e-mail and title.
 */
export const ChosenPeople: Story = { name: 'Chosen people', ...exampleStory('gr-contact-list', examples, 'ChosenPeople') };

/**
 * `heading` replaces the default heading, `heading-level` fits the list into the page outline.
 */
export const CustomHeading: Story = { name: 'Custom heading and level', ...exampleStory('gr-contact-list', examples, 'CustomHeading') };

/**
 * A committee with no contact persons in the data says so in a sentence.
 */
export const NoContacts: Story = { name: 'Empty: no contacts', ...exampleStory('gr-contact-list', examples, 'NoContacts') };

/**
 * Known people are shown; the unknown id is named.
 */
export const UnknownPerson: Story = { name: 'Unknown person among people', tags: ['expected-error'], ...exampleStory('gr-contact-list', examples, 'UnknownPerson') };

/**
 * English, because the nearest `lang` attribute says `en`.
 */
export const English: Story = { name: 'English', ...exampleStory('gr-contact-list', examples, 'English') };

/**
 * Reflows at 320 px wide (WCAG 1.4.10).
 */
export const Narrow: Story = { name: 'Narrow (320 px)', ...exampleStory('gr-contact-list', examples, 'Narrow') };

/**
 * Only `--gr-*` tokens: blue accent, square corners, Trebuchet.
 */
export const ThemeKungsbacka: Story = { name: 'Theme: Kungsbacka blå', ...exampleStory('gr-contact-list', examples, 'ThemeKungsbacka') };

/**
 * Only `--gr-*` tokens: a dark, high-contrast look with a yellow focus ring.
 */
export const ThemeDark: Story = { name: 'Theme: Mörk kontrast', ...exampleStory('gr-contact-list', examples, 'ThemeDark') };

/**
 * Only `--gr-*` tokens: green accent, round corners, Verdana.
 */
export const ThemeRounded: Story = { name: 'Theme: Rundad grön', ...exampleStory('gr-contact-list', examples, 'ThemeRounded') };

/**
 * Waiting for `src`: the element's own loading notice, kept on screen by a source that never answers.
 */
export const Loading: Story = { name: 'Loading', ...exampleStory('gr-contact-list', examples, 'Loading') };

/**
 * `src` names a copy of GR's published dataset on the same origin, as a municipality self-hosts it; it is
 * validated and used. Styrgruppen för arbetsmarknad's contact persons.
 */
export const SelfHostedData: Story = { name: 'Data from src (self-hosted)', ...exampleStory('gr-contact-list', examples, 'SelfHostedData') };

/**
 * The server answers 404: a visible, polite notice, then GR's own data.
 */
export const ErrorNotFound: Story = { name: 'Error: src not found (404)', tags: ['expected-404'], ...exampleStory('gr-contact-list', examples, 'ErrorNotFound') };

/**
 * The file is not JSON: notice plus GR's own data.
 */
export const ErrorInvalidJson: Story = { name: 'Error: src is not JSON', tags: ['expected-error'], ...exampleStory('gr-contact-list', examples, 'ErrorInvalidJson') };

/**
 * Valid JSON that fails validation: the notice names the first wrong field.
 */
export const ErrorInvalidData: Story = { name: 'Error: src breaks the data format', tags: ['expected-error'], ...exampleStory('gr-contact-list', examples, 'ErrorInvalidData') };

/**
 * An id that is not in the data: a visible message; the console lists the valid ids.
 */
export const UnknownId: Story = { name: 'Unknown id', tags: ['expected-error'], ...exampleStory('gr-contact-list', examples, 'UnknownId') };

/**
 * Without `committee`, `network` or `people` the element explains what to add.
 */
export const MissingAttribute: Story = { name: 'Nothing chosen', tags: ['expected-error'], ...exampleStory('gr-contact-list', examples, 'MissingAttribute') };

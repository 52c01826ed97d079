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
 * `<gr-contact-list>`: GR's contact persons for a political body (`committee`), a network
 * (`network`) or a chosen list (`people`). Phone numbers are shown as Swedes write them and
 * linked as `tel:+46…`; each person has a vCard.
 */
const meta = {
  title: 'Elements/gr-contact-list',
  component: 'gr-contact-list',
  tags: ['autodocs'],
  render: (args) => renderElement('gr-contact-list', args),
  args: { committee: 'styrgruppen-for-arbetsmarknad', 'files-base': FILES_BASE },
  argTypes: {
    heading: { control: 'text', description: 'Heading text above the list; an empty string hides it.', table: { category: 'attributes' } },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

export const Default: Story = {
  parameters: describe('A committee\'s GR contact persons: name, title, phone (031-…, linked as tel:+46…) and vCard.'),
};

export const Network: Story = {
  args: { committee: undefined, network: 'natverket-for-miljostrategiska-planeringsfragor' },
  parameters: describe('A network\'s contact person.'),
};

export const ChosenPeople: Story = {
  name: 'Chosen people',
  args: { committee: undefined, people: 'lena-holmlund sara-nordenhielm ida-lindberg' },
  parameters: describe('Any people, in the order given, with `people="id id id"`.'),
};

export const CustomHeading: Story = {
  name: 'Custom heading and level',
  args: { heading: 'Frågor om arbetsmarknadsgruppen', 'heading-level': 3 },
  parameters: describe('`heading` replaces the default heading, `heading-level` fits the list into the page outline.'),
};

export const NoContacts: Story = {
  name: 'Empty: no contacts',
  args: { committee: 'antagningsnamnden' },
  parameters: describe('A committee with no contact persons in the data says so in a sentence.'),
};

export const English: Story = {
  globals: { lang: 'en' },
  parameters: describe('English, because the nearest `lang` attribute says `en`. Phone numbers keep the Swedish format.'),
};

export const Narrow: Story = {
  name: 'Narrow (320 px)',
  ...narrow,
  parameters: describe('Reflows at 320 px wide (WCAG 1.4.10).'),
};

export const ThemeKungsbacka: Story = {
  name: 'Theme: Kungsbacka blå',
  globals: { theme: 'kungsbacka-bla' },
  parameters: describe('Only `--gr-*` tokens: blue accent, square corners, Trebuchet.'),
};

export const ThemeDark: Story = {
  name: 'Theme: Mörk kontrast',
  globals: { theme: 'mork-kontrast' },
  parameters: describe('Only `--gr-*` tokens: a dark, high-contrast look with a yellow focus ring.'),
};

export const ThemeRounded: Story = {
  name: 'Theme: Rundad grön',
  globals: { theme: 'rundad-gron' },
  parameters: describe('Only `--gr-*` tokens: green accent, round corners, Verdana.'),
};

export const Loading: Story = {
  args: { ...LOADING_ARGS },
  parameters: describe('Waiting for `src`. The element\'s own loading notice, kept on screen by a source that never answers.'),
};

export const SelfHostedData: Story = {
  name: 'Data from src (self-hosted)',
  args: { src: SELF_HOSTED_DATASET },
  parameters: describe('`src` names a copy of the dataset on the same origin; it is validated and used.'),
};

export const ErrorNotFound: Story = {
  name: 'Error: src not found (404)',
  tags: ['expected-404'],
  args: { src: MISSING_FILE },
  parameters: describe('The server answers 404: a visible, polite notice, then the bundled data.'),
};

export const ErrorInvalidJson: Story = {
  tags: ['expected-error'],
  name: 'Error: src is not JSON',
  args: { src: INVALID_JSON },
  parameters: describe('The file is not JSON: notice plus bundled data.'),
};

export const ErrorInvalidData: Story = {
  tags: ['expected-error'],
  name: 'Error: src breaks the data format',
  args: { src: INVALID_DATASET },
  parameters: describe('Valid JSON that fails validation: the notice names the first wrong field.'),
};

export const UnknownCommittee: Story = {
  tags: ['expected-error'],
  name: 'Unknown id',
  args: { committee: 'styrgruppen-som-inte-finns' },
  parameters: describe('An id that is not in the data: a visible message; the console lists the valid ids.'),
};

export const UnknownPerson: Story = {
  tags: ['expected-error'],
  name: 'Unknown person among people',
  args: { committee: undefined, people: 'lena-holmlund okand-person' },
  parameters: describe('Known people are shown; the unknown id is named.'),
};

export const MissingAttribute: Story = {
  tags: ['expected-error'],
  name: 'Nothing chosen',
  args: { committee: undefined },
  parameters: describe('Without `committee`, `network` or `people` the element explains what to add.'),
};

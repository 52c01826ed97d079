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
 * `<gr-committee-card>`: one GR political body on a card: purpose, member count, presidium (role,
 * name, party, municipality), next and previous meeting in Stockholm time, contacts and a calendar
 * subscription. Every story sets `now`, so "next" and "previous" never change with the date.
 */
const meta = {
  title: 'Elements/gr-committee-card',
  component: 'gr-committee-card',
  tags: ['autodocs'],
  render: (args) => renderElement('gr-committee-card', args),
  args: { committee: 'antagningsnamnden', now: '2024-04-01T12:00:00+02:00', 'files-base': FILES_BASE },
} satisfies Meta;
export default meta;
type Story = StoryObj;

export const Default: Story = {
  parameters: describe(
    'Antagningsnämnden on 1 April 2024: purpose, presidium, the next meeting (11 April, kl. 9.00) and the previous one, and the calendar subscription.',
  ),
};

export const WithContacts: Story = {
  name: 'With contacts',
  args: { committee: 'styrgruppen-for-arbetsmarknad', now: '2021-03-01T12:00:00+01:00' },
  parameters: describe('Styrgruppen för arbetsmarknad in March 2021, with its GR contact persons (phone, vCard).'),
};

export const CancelledMeeting: Story = {
  name: 'Cancelled meeting',
  args: { committee: 'styrgruppen-for-social-valfard', now: '2020-03-10T12:00:00+01:00' },
  parameters: describe(
    'Styrgruppen för social välfärd on 10 March 2020: the next meeting, 19 March 2020, was cancelled. It stays visible, marked "Inställt" in words, not only by colour.',
  ),
};

export const MeetingInProgress: Story = {
  name: 'Meeting in progress',
  args: { now: '2024-03-07T10:15:00+01:00' },
  parameters: describe('During a meeting (7 March 2024, 10.15): the meeting is marked as in progress.'),
};

export const DateOnlyMeeting: Story = {
  name: 'Time not published',
  args: { now: '2024-09-01T12:00:00+02:00' },
  parameters: describe(
    'The next meeting (26 September 2024) has a date but no published time: the card says "tid ej publicerad" instead of presenting it as an all-day meeting.',
  ),
};

export const NewTermNotYetPublished: Story = {
  name: 'New term not yet published',
  args: { committee: 'forbundsstyrelsen', now: '2027-01-15T12:00:00+01:00' },
  parameters: describe(
    'Förbundsstyrelsen on 15 January 2027: the 2023–2026 term has ended and the new composition is not published yet. The card says so in plain words and shows the 2023–2026 presidium labelled as the previous term\'s; it never says the body ended.',
  ),
};

export const FactsMoreThanAYearOld: Story = {
  name: 'Facts more than a year old',
  args: { committee: 'antagningsnamnden', now: '2026-12-01T12:00:00+01:00' },
  parameters: describe(
    'Antagningsnämnden on 1 December 2026: its facts are from 2024 ("Uppgifter från 2024"), so a polite note says they may have changed and links to GR\'s page. The dataset\'s compile date is never shown as freshness.',
  ),
};

export const NoUpcomingMeeting: Story = {
  name: 'No upcoming meeting',
  args: { now: '2025-01-15T12:00:00+01:00' },
  parameters: describe('After the last published meeting: "Inga kommande möten är publicerade", and the previous meeting.'),
};

export const NoMeetingsAtAll: Story = {
  name: 'No meetings published',
  args: { committee: 'forbundsstyrelsen', now: '2025-06-01T12:00:00+02:00' },
  parameters: describe('Förbundsstyrelsen: a larger presidium and no published meeting dates.'),
};

export const ReplacedBySuccessor: Story = {
  name: 'Replaced by successor',
  args: { committee: 'styrgruppen-for-arbetsmarknad', now: '2024-01-15T12:00:00+01:00', 'committee-href': '?path=/story/elements-gr-committee-card--successor&id={id}' },
  parameters: describe(
    'A body that has ended (31 December 2022) says so first and names its successor; with `committee-href` the name is a link.',
  ),
};

export const Successor: Story = {
  name: 'Successor of an ended body',
  args: { committee: 'beredningsgruppen-for-arbetsmarknad', now: '2024-01-15T12:00:00+01:00' },
  parameters: describe('Beredningsgruppen för arbetsmarknad names the body it replaced.'),
};

export const English: Story = {
  args: { committee: 'styrgruppen-for-social-valfard', now: '2020-03-10T12:00:00+01:00' },
  globals: { lang: 'en' },
  parameters: describe('English labels, dates and times ("19 March 2020", "9:00"); names and Swedish-only texts keep lang="sv".'),
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
  args: { committee: 'styrgruppen-for-social-valfard', now: '2020-03-10T12:00:00+01:00' },
  globals: { theme: 'mork-kontrast' },
  parameters: describe('Only `--gr-*` tokens: dark and high contrast, here with a cancelled meeting.'),
};

export const ThemeRounded: Story = {
  name: 'Theme: Rundad grön',
  globals: { theme: 'rundad-gron' },
  parameters: describe('Only `--gr-*` tokens: green accent, round corners, Verdana.'),
};

export const Loading: Story = {
  args: { ...LOADING_ARGS },
  parameters: describe('Waiting for `src`: the element\'s own loading notice, kept on screen by a source that never answers.'),
};

export const SelfHostedData: Story = {
  name: 'Data from src (self-hosted)',
  args: { src: SELF_HOSTED_DATASET },
  parameters: describe('`src` names a copy of the dataset on the same origin; it is validated and used (calendar files are then generated in the browser).'),
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

export const UnknownCommittee: Story = {
  name: 'Unknown id',
  tags: ['expected-error'],
  args: { committee: 'styrgruppen-for-kultur' },
  parameters: describe('An id that is not in the data: a visible message; the console lists the valid ids.'),
};

export const MissingCommittee: Story = {
  name: 'No committee chosen',
  tags: ['expected-error'],
  args: { committee: undefined },
  parameters: describe('Without `committee` the card says which attribute to add.'),
};

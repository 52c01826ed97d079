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
 * `<gr-meeting-calendar>`: meetings of one or more political bodies (`committee`) or networks
 * (`network`). The list view comes first (upcoming, then earlier meetings); the month view is a
 * keyboard-navigable grid with ISO week numbers, Monday first. Times are always Europe/Stockholm
 * ("kl. 9.00–12.00"), with an .ics file per meeting and a subscription per body. Every story sets
 * `now`, so "upcoming" never changes with the date.
 */
const meta = {
  title: 'Elements/gr-meeting-calendar',
  component: 'gr-meeting-calendar',
  tags: ['autodocs'],
  render: (args) => renderElement('gr-meeting-calendar', args),
  args: { committee: 'antagningsnamnden', now: '2024-04-01T12:00:00+02:00', 'files-base': FILES_BASE },
  argTypes: {
    view: { control: 'inline-radio', options: ['list', 'month'], table: { category: 'attributes' } },
    heading: { control: 'text', description: 'Heading text; an empty string leaves it out.', table: { category: 'attributes' } },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

export const Default: Story = {
  name: 'Default (list)',
  parameters: describe('Antagningsnämnden on 1 April 2024: upcoming meetings by month, then earlier ones, each with an .ics link.'),
};

export const MonthView: Story = {
  name: 'Month view',
  args: { view: 'month' },
  parameters: describe(
    '`view="month"`: a grid of April 2024 (the month of the next meeting) with ISO week numbers, Monday first; arrow keys move between days, Page Up/Down between months.',
  ),
};

export const MonthViewChosenMonth: Story = {
  name: 'Month view, chosen month',
  args: { view: 'month', month: '2024-06' },
  parameters: describe('`month="2024-06"` opens the grid at June 2024.'),
};

export const SeveralCommittees: Story = {
  name: 'Several committees',
  args: { committee: 'styrgruppen-for-arbetsmarknad styrgruppen-for-social-valfard', now: '2020-06-01T12:00:00+02:00' },
  parameters: describe('`committee="a b"`: the meetings of both bodies in one list, each marked with the body it belongs to.'),
};

export const NetworkMeetings: Story = {
  name: 'Network meetings',
  args: { committee: undefined, network: 'natverket-for-regional-fysisk-planering', now: '2025-05-01T12:00:00+02:00' },
  parameters: describe('`network="…"`: a network\'s meeting days (dates only, as the source gives them).'),
};

export const CommitteesAndNetworks: Story = {
  name: 'Committee and network together',
  args: { committee: 'antagningsnamnden', network: 'planchefsnatverket', now: '2024-03-15T12:00:00+01:00' },
  parameters: describe('Political bodies and networks can be combined in one calendar.'),
};

export const CancelledMeeting: Story = {
  name: 'Cancelled meeting',
  args: { committee: 'styrgruppen-for-social-valfard', now: '2020-03-10T12:00:00+01:00' },
  parameters: describe('19–20 March 2020 was cancelled: it stays in the list, marked "Inställt" in words.'),
};

export const CancelledMeetingMonth: Story = {
  name: 'Cancelled meeting, month view',
  args: { committee: 'styrgruppen-for-social-valfard', now: '2020-03-10T12:00:00+01:00', view: 'month' },
  parameters: describe('The cancelled meeting in the March 2020 grid.'),
};

export const NoUpcomingMeeting: Story = {
  name: 'No upcoming meeting',
  args: { now: '2025-01-15T12:00:00+01:00' },
  parameters: describe('After the last published meeting: "Inga kommande möten är publicerade", then the earlier meetings.'),
};

export const NoMeetingsAtAll: Story = {
  name: 'No meetings published',
  args: { committee: 'forbundsstyrelsen' },
  parameters: describe('A body without published dates: both lists say so.'),
};

export const WithoutViewSwitch: Story = {
  name: 'Month view without the switch',
  args: { view: 'month', 'without-view-switch': true, heading: 'Antagningsnämndens möten' },
  parameters: describe('`without-view-switch` hides the list/month buttons; `heading` replaces the default heading.'),
};

export const English: Story = {
  args: { view: 'month' },
  globals: { lang: 'en' },
  parameters: describe('English month names, weekdays ("Mon"), "Week", and times as 9:00.'),
};

export const EnglishList: Story = {
  name: 'English, list',
  args: { committee: 'styrgruppen-for-social-valfard', now: '2020-03-10T12:00:00+01:00' },
  globals: { lang: 'en' },
  parameters: describe('English list with the cancelled meeting ("Cancelled").'),
};

export const Narrow: Story = {
  name: 'Narrow (320 px)',
  ...narrow,
  parameters: describe('The list reflows at 320 px wide (WCAG 1.4.10).'),
};

export const NarrowMonth: Story = {
  name: 'Narrow (320 px), month view',
  args: { view: 'month' },
  ...narrow,
  parameters: describe('The month grid at 320 px wide.'),
};

export const ThemeKungsbacka: Story = {
  name: 'Theme: Kungsbacka blå',
  args: { view: 'month' },
  globals: { theme: 'kungsbacka-bla' },
  parameters: describe('Only `--gr-*` tokens: blue accent, square corners, Trebuchet.'),
};

export const ThemeDark: Story = {
  name: 'Theme: Mörk kontrast',
  args: { committee: 'styrgruppen-for-social-valfard', now: '2020-03-10T12:00:00+01:00' },
  globals: { theme: 'mork-kontrast' },
  parameters: describe('Only `--gr-*` tokens: dark and high contrast, with a cancelled meeting.'),
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
  parameters: describe('`src` names a copy of the dataset on the same origin; it is validated and used (.ics files are then generated in the browser).'),
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
  args: { committee: 'antagningsnamnden styrgruppen-for-kultur' },
  parameters: describe('An unknown id is named; the known body\'s meetings are still shown.'),
};

export const MissingAttribute: Story = {
  name: 'Nothing chosen',
  tags: ['expected-error'],
  args: { committee: undefined },
  parameters: describe('Without `committee` or `network` the calendar says which attribute to add.'),
};

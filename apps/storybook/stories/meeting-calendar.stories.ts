// Generated from packages/elements/src/meeting-calendar/meeting-calendar.examples.ts by apps/storybook/scripts/generate-stories.mjs
// (npm run generate -w @goteborgsregionen/storybook). Do not edit: change the examples.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { examples, summary } from '../../../packages/elements/src/meeting-calendar/meeting-calendar.examples';
import { elementMeta, exampleStory } from './support';

/**
 * `<gr-meeting-calendar>`: meetings of one or more political bodies (`committee`) or networks (`network`).
 * The list view comes first (upcoming, then earlier meetings); the month view is a keyboard-navigable grid
 * with ISO week numbers, Monday first. Times are always Europe/Stockholm ("kl. 9.00–12.00"), with an .ics
 * file per meeting and a subscription per body. Every story sets `now`, so "upcoming" never changes with
 * the date.
 */
const meta = {
  title: 'Elements/gr-meeting-calendar',
  component: 'gr-meeting-calendar',
  tags: ['autodocs'],
  ...elementMeta('gr-meeting-calendar', summary),
} satisfies Meta;
export default meta;
type Story = StoryObj;

/**
 * Exempelstyrelsen on 1 December 2026: upcoming meetings by month, then earlier ones, each with an .ics
 * link.
 */
export const Default: Story = { name: 'Default (list)', ...exampleStory('gr-meeting-calendar', examples, 'Default') };

/**
 * `view="month"`: a grid of December 2026 (the month of the next meeting) with ISO week numbers, Monday
 * first; arrow keys move between days, Page Up/Down between months.
 */
export const MonthView: Story = { name: 'Month view', ...exampleStory('gr-meeting-calendar', examples, 'MonthView') };

/**
 * `month="2027-03"` opens the grid at March 2027, when summer time starts.
 */
export const MonthViewChosenMonth: Story = { name: 'Month view, chosen month', ...exampleStory('gr-meeting-calendar', examples, 'MonthViewChosenMonth') };

/**
 * `committee="a b"`: the meetings of both bodies in one list, each marked with the body it belongs to.
 */
export const SeveralCommittees: Story = { name: 'Several committees', ...exampleStory('gr-meeting-calendar', examples, 'SeveralCommittees') };

/**
 * `network="…"`: a network's meeting days.
 */
export const NetworkMeetings: Story = { name: 'Network meetings', ...exampleStory('gr-meeting-calendar', examples, 'NetworkMeetings') };

/**
 * Political bodies and networks can be combined in one calendar.
 */
export const CommitteesAndNetworks: Story = { name: 'Committee and network together', ...exampleStory('gr-meeting-calendar', examples, 'CommitteesAndNetworks') };

/**
 * 22 January 2027 is cancelled: it stays in the list, marked "Inställt" in words.
 */
export const CancelledMeeting: Story = { name: 'Cancelled meeting', ...exampleStory('gr-meeting-calendar', examples, 'CancelledMeeting') };

/**
 * The cancelled meeting in the January 2027 grid.
 */
export const CancelledMeetingMonth: Story = { name: 'Cancelled meeting, month view', ...exampleStory('gr-meeting-calendar', examples, 'CancelledMeetingMonth') };

/**
 * After the last published meeting: "Inga kommande möten är publicerade", then the earlier meetings.
 */
export const NoUpcomingMeeting: Story = { name: 'No upcoming meeting', ...exampleStory('gr-meeting-calendar', examples, 'NoUpcomingMeeting') };

/**
 * A body without published dates: both lists say so.
 */
export const NoMeetingsAtAll: Story = { name: 'No meetings published', ...exampleStory('gr-meeting-calendar', examples, 'NoMeetingsAtAll') };

/**
 * `without-view-switch` hides the list/month buttons; `heading` replaces the default heading.
 */
export const WithoutViewSwitch: Story = { name: 'Month view without the switch', ...exampleStory('gr-meeting-calendar', examples, 'WithoutViewSwitch') };

/**
 * English month names, weekdays ("Mon"), "Week", and times as 9:00.
 */
export const EnglishMonth: Story = { name: 'English, month view', ...exampleStory('gr-meeting-calendar', examples, 'EnglishMonth') };

/**
 * The month grid at 320 px wide.
 */
export const NarrowMonth: Story = { name: 'Narrow (320 px), month view', ...exampleStory('gr-meeting-calendar', examples, 'NarrowMonth') };

/**
 * English, because the nearest `lang` attribute says `en`.
 */
export const English: Story = { name: 'English', ...exampleStory('gr-meeting-calendar', examples, 'English') };

/**
 * Reflows at 320 px wide (WCAG 1.4.10).
 */
export const Narrow: Story = { name: 'Narrow (320 px)', ...exampleStory('gr-meeting-calendar', examples, 'Narrow') };

/**
 * Only `--gr-*` tokens: blue accent, square corners, Trebuchet.
 */
export const ThemeKungsbacka: Story = { name: 'Theme: Kungsbacka blå', ...exampleStory('gr-meeting-calendar', examples, 'ThemeKungsbacka') };

/**
 * Only `--gr-*` tokens: dark and high contrast, with a cancelled meeting.
 */
export const ThemeDark: Story = { name: 'Theme: Mörk kontrast', ...exampleStory('gr-meeting-calendar', examples, 'ThemeDark') };

/**
 * Only `--gr-*` tokens: green accent, round corners, Verdana.
 */
export const ThemeRounded: Story = { name: 'Theme: Rundad grön', ...exampleStory('gr-meeting-calendar', examples, 'ThemeRounded') };

/**
 * Waiting for `src`: the element's own loading notice, kept on screen by a source that never answers.
 */
export const Loading: Story = { name: 'Loading', ...exampleStory('gr-meeting-calendar', examples, 'Loading') };

/**
 * `src` names a copy of GR's published dataset on the same origin, as a municipality self-hosts it; it is
 * validated and used. Antagningsnämnden on 1 April 2024 (.ics files are then generated in the browser).
 */
export const SelfHostedData: Story = { name: 'Data from src (self-hosted)', ...exampleStory('gr-meeting-calendar', examples, 'SelfHostedData') };

/**
 * The server answers 404: a visible, polite notice, then GR's own data.
 */
export const ErrorNotFound: Story = { name: 'Error: src not found (404)', tags: ['expected-404'], ...exampleStory('gr-meeting-calendar', examples, 'ErrorNotFound') };

/**
 * The file is not JSON: notice plus GR's own data.
 */
export const ErrorInvalidJson: Story = { name: 'Error: src is not JSON', tags: ['expected-error'], ...exampleStory('gr-meeting-calendar', examples, 'ErrorInvalidJson') };

/**
 * Valid JSON that fails validation: the notice names the first wrong field.
 */
export const ErrorInvalidData: Story = { name: 'Error: src breaks the data format', tags: ['expected-error'], ...exampleStory('gr-meeting-calendar', examples, 'ErrorInvalidData') };

/**
 * An unknown id is named; the known body's meetings are still shown.
 */
export const UnknownId: Story = { name: 'Unknown id', tags: ['expected-error'], ...exampleStory('gr-meeting-calendar', examples, 'UnknownId') };

/**
 * Without `committee` or `network` the calendar says which attribute to add.
 */
export const MissingAttribute: Story = { name: 'Nothing chosen', tags: ['expected-error'], ...exampleStory('gr-meeting-calendar', examples, 'MissingAttribute') };

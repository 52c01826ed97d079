// Generated from packages/elements/src/committee-card/committee-card.examples.ts by apps/storybook/scripts/generate-stories.mjs
// (npm run generate -w @goteborgsregionen/storybook). Do not edit: change the examples.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { examples, summary } from '../../../packages/elements/src/committee-card/committee-card.examples';
import { elementMeta, exampleStory } from './support';

/**
 * `<gr-committee-card>`: one political body on a card: purpose, member count, presidium (role, name, party,
 * municipality), next and previous meeting in Stockholm time, contacts and a calendar subscription. Every
 * story sets `now`, so "next" and "previous" never change with the date.
 */
const meta = {
  title: 'Elements/gr-committee-card',
  component: 'gr-committee-card',
  tags: ['autodocs'],
  ...elementMeta('gr-committee-card', summary),
} satisfies Meta;
export default meta;
type Story = StoryObj;

/**
 * Exempelstyrelsen on 1 December 2026: purpose, presidium, the next meeting and the previous one, contacts
 * and the calendar subscription.
 */
export const Default: Story = { name: 'Default', ...exampleStory('gr-committee-card', examples, 'Default') };

/**
 * Exempelstyrelsen on 15 January 2027: the next meeting, 22 January 2027, is cancelled. It stays visible,
 * marked "Inställt" in words, not only by colour.
 */
export const CancelledMeeting: Story = { name: 'Cancelled meeting', ...exampleStory('gr-committee-card', examples, 'CancelledMeeting') };

/**
 * During a meeting (25 October 2026, 11.00, the day summer time ends): the meeting is marked as in
 * progress.
 */
export const MeetingInProgress: Story = { name: 'Meeting in progress', ...exampleStory('gr-committee-card', examples, 'MeetingInProgress') };

/**
 * The next meeting (8 December 2026) has a date but no published time: the card says "tid ej publicerad"
 * instead of presenting it as an all-day meeting.
 */
export const DateOnlyMeeting: Story = { name: 'Time not published', ...exampleStory('gr-committee-card', examples, 'DateOnlyMeeting') };

/**
 * Exempelfullmäktige on 15 January 2027: the 2023–2026 term has ended and the new composition is not
 * published yet. The card says so in plain words and shows the 2023–2026 presidium labelled as the previous
 * term's; it never says the body ended.
 */
export const NewTermNotYetPublished: Story = { name: 'New term not yet published', ...exampleStory('gr-committee-card', examples, 'NewTermNotYetPublished') };

/**
 * Arbetsgruppen för test on 15 January 2027: no source says whether it continues into the new term, and the
 * card says exactly that.
 */
export const ContinuationUnknown: Story = { name: 'Continuation unknown', ...exampleStory('gr-committee-card', examples, 'ContinuationUnknown') };

/**
 * Styrgruppen för prov on 1 December 2026: its facts are from September 2024, so a polite note says they
 * may have changed and links to the source. The dataset's compile date is never shown as freshness.
 */
export const FactsMoreThanAYearOld: Story = { name: 'Facts more than a year old', ...exampleStory('gr-committee-card', examples, 'FactsMoreThanAYearOld') };

/**
 * Exempelstyrelsen in January 2031, after the last published meeting: "Inga kommande möten är publicerade",
 * and the previous meeting.
 */
export const NoUpcomingMeeting: Story = { name: 'No upcoming meeting', ...exampleStory('gr-committee-card', examples, 'NoUpcomingMeeting') };

/**
 * Arbetsgruppen för test: no published meeting dates.
 */
export const NoMeetingsAtAll: Story = { name: 'No meetings published', ...exampleStory('gr-committee-card', examples, 'NoMeetingsAtAll') };

/**
 * Rådet för exempel: no term, presidium or meeting is published.
 */
export const NoComposition: Story = { name: 'No composition published', ...exampleStory('gr-committee-card', examples, 'NoComposition') };

/**
 * A body that has ended (31 December 2026) says so first and names its successor; with `committee-href` the
 * name is a link.
 */
export const ReplacedBySuccessor: Story = { name: 'Replaced by successor', ...exampleStory('gr-committee-card', examples, 'ReplacedBySuccessor') };

/**
 * Beredningsgruppen för prov names the body it replaced.
 */
export const Successor: Story = { name: 'Successor of an ended body', ...exampleStory('gr-committee-card', examples, 'Successor') };

/**
 * English, because the nearest `lang` attribute says `en`.
 */
export const English: Story = { name: 'English', ...exampleStory('gr-committee-card', examples, 'English') };

/**
 * Reflows at 320 px wide (WCAG 1.4.10).
 */
export const Narrow: Story = { name: 'Narrow (320 px)', ...exampleStory('gr-committee-card', examples, 'Narrow') };

/**
 * Only `--gr-*` tokens: blue accent, square corners, Trebuchet.
 */
export const ThemeKungsbacka: Story = { name: 'Theme: Kungsbacka blå', ...exampleStory('gr-committee-card', examples, 'ThemeKungsbacka') };

/**
 * Only `--gr-*` tokens: dark and high contrast, here with a cancelled meeting.
 */
export const ThemeDark: Story = { name: 'Theme: Mörk kontrast', ...exampleStory('gr-committee-card', examples, 'ThemeDark') };

/**
 * Only `--gr-*` tokens: green accent, round corners, Verdana.
 */
export const ThemeRounded: Story = { name: 'Theme: Rundad grön', ...exampleStory('gr-committee-card', examples, 'ThemeRounded') };

/**
 * Waiting for `src`: the element's own loading notice, kept on screen by a source that never answers.
 */
export const Loading: Story = { name: 'Loading', ...exampleStory('gr-committee-card', examples, 'Loading') };

/**
 * `src` names a copy of GR's published dataset on the same origin, as a municipality self-hosts it; it is
 * validated and used. Antagningsnämnden on 1 April 2024 (calendar files are then generated in the browser).
 */
export const SelfHostedData: Story = { name: 'Data from src (self-hosted)', ...exampleStory('gr-committee-card', examples, 'SelfHostedData') };

/**
 * The server answers 404: a visible, polite notice, then GR's own data.
 */
export const ErrorNotFound: Story = { name: 'Error: src not found (404)', tags: ['expected-404'], ...exampleStory('gr-committee-card', examples, 'ErrorNotFound') };

/**
 * The file is not JSON: notice plus GR's own data.
 */
export const ErrorInvalidJson: Story = { name: 'Error: src is not JSON', tags: ['expected-error'], ...exampleStory('gr-committee-card', examples, 'ErrorInvalidJson') };

/**
 * Valid JSON that fails validation: the notice names the first wrong field.
 */
export const ErrorInvalidData: Story = { name: 'Error: src breaks the data format', tags: ['expected-error'], ...exampleStory('gr-committee-card', examples, 'ErrorInvalidData') };

/**
 * An id that is not in the data: a visible message; the console lists the valid ids.
 */
export const UnknownId: Story = { name: 'Unknown id', tags: ['expected-error'], ...exampleStory('gr-committee-card', examples, 'UnknownId') };

/**
 * Without `committee` the card says which attribute to add.
 */
export const MissingAttribute: Story = { name: 'Nothing chosen', tags: ['expected-error'], ...exampleStory('gr-committee-card', examples, 'MissingAttribute') };

import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { dayKey, parseMonth } from '@goteborgsregionen/data';
import { GrElement } from '../shared/base-element.js';
import { renderAsOf } from '../shared/as-of.js';
import { sharedStyles } from '../shared/styles.js';
import { heading, headingLevel } from '../shared/heading.js';
import { parseIds } from '../shared/ids.js';
import { meetingStrings } from '../shared/translations/meeting.js';
import { buildModel } from './calendar-model.js';
import type { CalendarModel } from './calendar-model.js';
import { GridNavigationController } from './grid-navigation.js';
import { renderList, renderSubscribe } from './list-view.js';
import { initialFocus, monthAnnouncement, renderMonth } from './month-view.js';
import type { CalendarViewContext } from './view-context.js';
import { GrMonthChangeEvent } from './month-change-event.js';
import { meetingCalendarStyles } from './meeting-calendar.styles.js';
import { sv } from './translations/sv.js';
import { Bilingual } from '../shared/bilingual.js';
import type { MeetingCalendarStrings } from './translations/sv.js';

export { GrMonthChangeEvent } from './month-change-event.js';
export type { MonthChangeDetail } from './month-change-event.js';

export type CalendarView = 'list' | 'month';

/** English is loaded on demand (shared/bilingual.ts). */
const strings = new Bilingual(sv, () => import('./translations/en.js'));

/**
 * Meetings of one or more GR political bodies or networks: a list (upcoming by month, then past
 * meetings) or a month grid with ISO week numbers. Times are Europe/Stockholm wall-clock time.
 *
 * @tagname gr-meeting-calendar
 * @summary Meeting calendar: list or month grid, Stockholm times written the Swedish way, .ics links.
 *
 * @fires gr-month-change - The visitor moved the month view to another month. `detail: {year, month}` (month 1–12).
 * @fires gr-data-load - A dataset from `src` or the `data` property was validated and is shown.
 * @fires gr-data-error - `src` or the `data` property could not be used; the bundled data is shown with a notice.
 *
 * @csspart heading - The calendar heading.
 * @csspart view-switch - The list/month buttons.
 * @csspart upcoming - The upcoming meetings (list view).
 * @csspart past - The past meetings (list view).
 * @csspart meeting - One meeting.
 * @csspart status - A meeting's status in words ("Inställt").
 * @csspart owner - The body a meeting belongs to (when several are shown).
 * @csspart ics-link - A meeting's .ics link.
 * @csspart month-nav - The previous/next month buttons.
 * @csspart month-button - A previous/next month button.
 * @csspart grid - The month grid (a table).
 * @csspart caption - The month grid's caption.
 * @csspart day - A day cell of the month grid.
 * @csspart month-meetings - The meetings of the shown month, below the grid.
 * @csspart subscribe - The subscription links and help.
 * @csspart subscribe-link - A subscription link.
 * @csspart loading - The loading notice.
 * @csspart error - An error notice.
 * @csspart as-of - When the shown facts are from ("Uppgifter från september 2024.").
 * @csspart outdated - The note that facts more than a year old may have changed, with a link to GR's page.
 *
 * @cssprop [--gr-color-text=#1b1b1b] - Text colour.
 * @cssprop [--gr-color-muted=#4a5560] - Secondary text colour.
 * @cssprop [--gr-color-accent=#00558c] - Links, buttons and meeting-day marks.
 * @cssprop [--gr-color-accent-contrast=#ffffff] - Text on the accent colour (the pressed view button).
 * @cssprop [--gr-color-surface=#ffffff] - Background.
 * @cssprop [--gr-color-surface-alt=#f1f4f7] - Meeting days and headers in the grid.
 * @cssprop [--gr-color-border=#c5ccd3] - Borders.
 * @cssprop [--gr-color-focus=#b3127c] - Focus outline.
 * @cssprop [--gr-color-danger=#b00020] - Cancelled meetings and error notices.
 * @cssprop [--gr-color-mark=#fff2a8] - Today in the grid.
 * @cssprop [--gr-font-family=inherit] - Font family.
 * @cssprop [--gr-font-size=max(1em, 16px)] - Base font size.
 * @cssprop [--gr-radius=0.25em] - Corner radius.
 * @cssprop [--gr-space=1em] - Base spacing.
 */
export class GrMeetingCalendar extends GrElement {
  static override styles = [sharedStyles, meetingCalendarStyles];

  /** Committee ids, separated by spaces or commas. */
  @property({ reflect: true }) committee?: string;

  /** Network ids, separated by spaces or commas. */
  @property({ reflect: true }) network?: string;

  /** "list" (default) or "month". */
  @property({ reflect: true }) view: CalendarView = 'list';

  /** The month the month view starts at, "2021-05". Default: the month of the next (else the last) meeting. */
  @property({ reflect: true }) month?: string;

  /** Heading text; set to an empty string to leave the heading out. */
  @property() heading?: string;

  /** Level of the calendar heading (2–6); the headings inside follow it. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Hide the list/month buttons (the `view` attribute still chooses). */
  @property({ attribute: 'without-view-switch', type: Boolean }) withoutViewSwitch = false;

  /** Text of the polite live region (the month after a change). */
  @state() private announcement = '';

  private model?: CalendarModel;
  private modelKey: unknown[] = [];

  /** The month grid's roving focus, its keys and the shown month. */
  private readonly nav = new GridNavigationController(this, {
    monthChanged: (month) => {
      this.announcement = monthAnnouncement(this.model, month, { t: this.t, s: this.strings, lang: this.language });
      this.dispatchEvent(new GrMonthChangeEvent(month));
    },
    firstMeetingOn: (day) => this.model?.byDay.get(dayKey(day))?.[0]?.key,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { model, rebuilt } = this.ensureModel();
    if (rebuilt || changed.has('month')) {
      const shown = parseMonth(this.month) ?? model.startMonth;
      this.nav.reset(shown, initialFocus(model, shown));
      this.announcement = '';
    }
  }

  protected override render(): TemplateResult {
    if (!this.hasData) return html`${this.renderDataStatus()}`;
    const s = this.strings;
    const t = this.t;
    const model = this.model ?? this.ensureModel().model;
    const level = headingLevel(this.headingLevel);
    const single = model.owners.length === 1 ? model.owners[0] : undefined;
    const title = this.heading ?? (single ? t.headingFor(single.name) : t.heading);
    const sub = title ? level + 1 : level;
    const missing = parseIds(this.committee).length === 0 && parseIds(this.network).length === 0;
    const c = this.viewContext();
    return html`
      ${this.renderDataStatus()} ${title ? heading(level, title, 'heading') : nothing}
      ${missing
        ? html`<div class="notice notice--error" part="error" role="status">
            <p>${s.missingAttribute(this.localName, t.missing)}</p>
          </div>`
        : nothing}
      ${model.unknown.map((u) =>
        u.kind === 'committee'
          ? this.renderUnknown(s.committeeWord, u.id, this.activeData.committees.map((x) => x.id))
          : this.renderUnknown(s.networkWord, u.id, this.activeData.networks.map((x) => x.id)),
      )}
      ${model.owners.length > 0
        ? html`${this.withoutViewSwitch ? nothing : this.renderViewSwitch()}
          ${this.view === 'month' ? renderMonth(model, sub, this.nav, this.announcement, c) : renderList(model, sub, c)}
          ${renderAsOf(model.entries.flatMap((e) => e.meeting.sources ?? []), this.asOfContext)} ${renderSubscribe(model.owners, sub, c)}`
        : nothing}
    `;
  }

  private get t(): MeetingCalendarStrings {
    return this.languageController.pick(strings);
  }

  /** The meetings model, rebuilt only when the data, the owners or the clock change. */
  private ensureModel(): { model: CalendarModel; rebuilt: boolean } {
    const key = [this.activeData, this.committee ?? '', this.network ?? '', this.now ?? ''];
    if (this.model && key.every((k, i) => k === this.modelKey[i])) return { model: this.model, rebuilt: false };
    this.model = buildModel(this.activeData, parseIds(this.committee), parseIds(this.network), this.currentTime());
    this.modelKey = key;
    return { model: this.model, rebuilt: true };
  }

  private viewContext(): CalendarViewContext {
    return {
      t: this.t,
      s: this.strings,
      m: meetingStrings.get(this.language),
      lang: this.language,
      now: this.currentTime(),
      data: this.activeData,
      published: this.usingBundledData,
      fileHref: (path, generate, type) => this.fileHref(path, generate, type),
    };
  }

  private renderViewSwitch(): TemplateResult {
    const t = this.t;
    const month = this.view === 'month';
    return html`<div class="view-switch no-print js-only" part="view-switch" role="group" aria-label=${t.view}>
      <button type="button" aria-pressed=${month ? 'false' : 'true'} @click=${() => (this.view = 'list')}>${t.list}</button>
      <button type="button" aria-pressed=${month ? 'true' : 'false'} @click=${() => (this.view = 'month')}>${t.month}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-meeting-calendar': GrMeetingCalendar;
  }
}

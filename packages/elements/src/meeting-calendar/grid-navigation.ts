import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addDays, addMonths, dayKey, daysInMonth, parseDayKey, sameDay, sameMonth, weekdayOf } from '@goteborgsregionen/data';
import type { CalendarDay, CalendarMonth } from '@goteborgsregionen/data';

/** What the grid navigation needs of its element. */
export interface GridNavigationHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
}

export interface GridNavigationOptions {
  /** The visitor moved to another month (announce it, tell the page). */
  monthChanged: (month: CalendarMonth) => void;
  /** The id of the first meeting on `day` (focus goes there on Enter), or undefined when it has none. */
  firstMeetingOn: (day: CalendarDay) => string | undefined;
}

/**
 * Keyboard and pointer navigation of a month grid with a roving tabindex (WAI-ARIA grid pattern):
 * arrows move by day and week, Home/End to the week's ends (Ctrl: the month's), Page Up/Down by month
 * (Shift: by year), Enter or Space (or a click) moves focus to that day's first meeting. Moving into
 * another month changes the shown month. Day cells carry `data-day="2021-05-04"`; the cell of the
 * focus day has `tabindex="0"`.
 */
export class GridNavigationController implements ReactiveController {
  /** The month the grid shows. */
  shown: CalendarMonth = { year: 2000, month: 1 };
  /** The day cell that takes focus (roving tabindex). */
  focusDay: CalendarDay = { year: 2000, month: 1, day: 1 };

  private pending?: { kind: 'day' } | { kind: 'meeting'; id: string };

  constructor(
    private readonly host: GridNavigationHost,
    private readonly options: GridNavigationOptions,
  ) {
    host.addController(this);
  }

  /** Shows `month` with `focusDay` as the focus cell (no announcement, no event). */
  reset(month: CalendarMonth, focusDay: CalendarDay): void {
    this.shown = month;
    this.focusDay = focusDay;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    const root = this.host.renderRoot;
    const target =
      pending.kind === 'day'
        ? root.querySelector<HTMLElement>('td[tabindex="0"]')
        : root.querySelector<HTMLElement>(`[id="${pending.id}"]`);
    target?.focus();
  }

  /** Whether `day` is the focus cell. */
  isFocus(day: CalendarDay): boolean {
    return sameDay(day, this.focusDay);
  }

  /** Moves the focus day; a day in another month changes the month (announced, event fired). */
  moveTo(day: CalendarDay, focus: boolean): void {
    if (!sameMonth(day, this.shown)) {
      this.shown = { year: day.year, month: day.month };
      this.options.monthChanged(this.shown);
    }
    this.focusDay = day;
    if (focus) this.pending = { kind: 'day' };
    this.host.requestUpdate();
  }

  /** The previous/next month buttons. */
  stepMonth(n: number): void {
    this.moveTo(addMonths({ ...this.shown, day: this.focusDay.day }, n), false);
  }

  private activate(day: CalendarDay): void {
    const id = this.options.firstMeetingOn(day);
    if (id) this.pending = { kind: 'meeting', id };
    this.host.requestUpdate();
  }

  readonly onKeydown = (e: KeyboardEvent): void => {
    if (!(e.target instanceof HTMLTableCellElement) || !e.target.dataset['day']) return;
    const d = this.focusDay;
    const last = daysInMonth(d.year, d.month);
    const clamp = (x: CalendarDay, fallback: CalendarDay): CalendarDay => (sameMonth(x, d) ? x : fallback);
    let next: CalendarDay;
    switch (e.key) {
      case 'ArrowLeft':
        next = addDays(d, -1);
        break;
      case 'ArrowRight':
        next = addDays(d, 1);
        break;
      case 'ArrowUp':
        next = addDays(d, -7);
        break;
      case 'ArrowDown':
        next = addDays(d, 7);
        break;
      case 'Home':
        next = e.ctrlKey ? { ...d, day: 1 } : clamp(addDays(d, 1 - weekdayOf(d)), { ...d, day: 1 });
        break;
      case 'End':
        next = e.ctrlKey ? { ...d, day: last } : clamp(addDays(d, 7 - weekdayOf(d)), { ...d, day: last });
        break;
      case 'PageUp':
        next = addMonths(d, e.shiftKey ? -12 : -1);
        break;
      case 'PageDown':
        next = addMonths(d, e.shiftKey ? 12 : 1);
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.activate(d);
        return;
      default:
        return;
    }
    e.preventDefault();
    this.moveTo(next, true);
  };

  /** Focus put on a day by a click or a script makes it the grid's focus day. */
  readonly onFocusin = (e: FocusEvent): void => {
    const key = e.target instanceof HTMLTableCellElement ? e.target.dataset['day'] : undefined;
    if (!key || key === dayKey(this.focusDay)) return;
    this.focusDay = parseDayKey(key);
    this.host.requestUpdate();
  };

  readonly onClick = (e: MouseEvent): void => {
    const cell = (e.target as Element | null)?.closest?.('td[data-day]');
    const key = cell instanceof HTMLElement ? cell.dataset['day'] : undefined;
    if (!key) return;
    const day = parseDayKey(key);
    this.moveTo(day, true);
    if (this.options.firstMeetingOn(day)) this.activate(day);
  };
}

/** The month a calendar shows: `month` is 1–12. */
export interface MonthChangeDetail {
  year: number;
  month: number;
}

/**
 * Fired by <gr-meeting-calendar> when the visitor moves the month view to another month (buttons or
 * keyboard). Not fired on the first render or when the `month` attribute is set.
 */
export class GrMonthChangeEvent extends Event {
  static readonly eventName = 'gr-month-change';
  readonly detail: MonthChangeDetail;
  constructor(detail: MonthChangeDetail) {
    super(GrMonthChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gr-month-change': GrMonthChangeEvent;
  }
}

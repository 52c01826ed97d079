/** What a <gr-network-finder> search shows after the visitor changed the search or the filters. */
export interface GrSearchDetail {
  /** The search text (trimmed). Empty when browsing without a query. */
  readonly query: string;
  /** Chosen municipality ids (OR). */
  readonly municipalities: readonly string[];
  /** Chosen subject-area ids (OR). */
  readonly areas: readonly string[];
  /** Number of networks shown. */
  readonly count: number;
}

/** Fired by <gr-network-finder> when the visitor's search or filters change the results. */
export class GrSearchEvent extends Event {
  static readonly eventName = 'gr-search';
  readonly detail: GrSearchDetail;
  constructor(detail: GrSearchDetail) {
    super(GrSearchEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gr-search': GrSearchEvent;
  }
}

/** Why a `src` dataset was not used. */
export type DataErrorKind = 'url' | 'network' | 'timeout' | 'http' | 'too-large' | 'invalid-json' | 'invalid-data';

/** Fired when a dataset from `src` or the `data` property has been validated and is shown. */
export class GrDataLoadEvent extends Event {
  static readonly eventName = 'gr-data-load';
  readonly detail: { source: string };
  constructor(detail: { source: string }) {
    super(GrDataLoadEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** Fired when `src` or the `data` property could not be used; the element falls back to the bundled data. */
export class GrDataErrorEvent extends Event {
  static readonly eventName = 'gr-data-error';
  readonly detail: { kind: DataErrorKind; message: string };
  constructor(detail: { kind: DataErrorKind; message: string }) {
    super(GrDataErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gr-data-load': GrDataLoadEvent;
    'gr-data-error': GrDataErrorEvent;
  }
}

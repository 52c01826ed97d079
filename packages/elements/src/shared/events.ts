/** Why a `src` dataset was not used. */
export type DataErrorKind = 'url' | 'network' | 'timeout' | 'http' | 'too-large' | 'invalid-json' | 'invalid-data';

/** `detail` of `gr-data-load`: where the dataset came from (the `src` URL, or "property"). */
export interface GrDataLoadDetail {
  source: string;
}

/** `detail` of `gr-data-error`: why the dataset was not used, and the message the element shows. */
export interface GrDataErrorDetail {
  kind: DataErrorKind;
  message: string;
}

/** Fired when a dataset from `src` or the `data` property has been validated and is shown. */
export class GrDataLoadEvent extends Event {
  static readonly eventName = 'gr-data-load';
  readonly detail: GrDataLoadDetail;
  constructor(detail: GrDataLoadDetail) {
    super(GrDataLoadEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** Fired when `src` or the `data` property could not be used; the element falls back to the bundled data. */
export class GrDataErrorEvent extends Event {
  static readonly eventName = 'gr-data-error';
  readonly detail: GrDataErrorDetail;
  constructor(detail: GrDataErrorDetail) {
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

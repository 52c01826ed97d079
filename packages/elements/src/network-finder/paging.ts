import type { ReactiveControllerHost } from 'lit';

/** Results rendered at first, and added by each press of "Visa fler nätverk". */
export const PAGE_SIZE = 50;

export interface PagingHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
}

/**
 * How many results are shown: the first PAGE_SIZE, PAGE_SIZE more per "show more", and the first page
 * again whenever the results change. "Show more" moves focus to the first result it adds.
 */
export class PagingController {
  /** How many results are rendered. */
  shown = PAGE_SIZE;
  private shownFor?: { source: unknown; key: string };

  constructor(private readonly host: PagingHost) {}

  /** Starts again from the first page when `source` or `key` (what the results are for) changed. */
  resetFor(source: unknown, key: string): void {
    const last = this.shownFor;
    if (last && last.source === source && last.key === key) return;
    this.shownFor = { source, key };
    this.shown = PAGE_SIZE;
  }

  /** How many of `total` results to render now. */
  count(total: number): number {
    return Math.min(total, Math.max(PAGE_SIZE, this.shown));
  }

  /**
   * Renders the next page and moves focus to the heading (`[part=…]` inside `itemSelector`) of the
   * first result it adds.
   */
  async showMore(itemSelector: string, headingSelector: string): Promise<void> {
    const from = this.shown;
    this.shown = from + PAGE_SIZE;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const item = this.host.renderRoot.querySelectorAll<HTMLElement>(itemSelector)[from];
    const target = item?.querySelector<HTMLElement>(headingSelector);
    if (!target) return;
    // Focusable by script only while it has focus: the list's elements are reused for other results.
    target.tabIndex = -1;
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    target.focus();
  }
}

import type { ReactiveControllerHost } from 'lit';

/** Results rendered at first, and added by each press of "Visa fler nätverk". */
export const PAGE_SIZE = 50;

/**
 * Results in the element's first render in a browser; the rest of the first page follows in the next task,
 * so the first render (the page's longest task) is shorter and the page can respond in between.
 */
export const FIRST_RESULTS = 10;

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
  /** While the first render shows FIRST_RESULTS only: resolves once the rest of the page is asked for. */
  rest?: Promise<void>;
  private shownFor?: { source: unknown; key: string };
  private split = false;

  constructor(private readonly host: PagingHost) {}

  /** Starts again from the first page when `source` or `key` (what the results are for) changed. */
  resetFor(source: unknown, key: string): void {
    const last = this.shownFor;
    if (last && last.source === source && last.key === key) return;
    this.shownFor = { source, key };
    this.shown = PAGE_SIZE;
  }

  /** How many of `total` results the page shows (the count the "show more" button and print note use). */
  count(total: number): number {
    return Math.min(total, Math.max(PAGE_SIZE, this.shown));
  }

  /** How many of `total` results to render now: `count(total)`, or FIRST_RESULTS in the first render. */
  rendered(total: number): number {
    return this.rest ? Math.min(this.count(total), FIRST_RESULTS) : this.count(total);
  }

  /**
   * Call before the first render with results, in a browser: that render shows FIRST_RESULTS, and the rest
   * of the page follows in the next task. Once per element; never for a pre-rendered one, which hydrates
   * what the server rendered (all of the first page).
   */
  splitFirstRender(): void {
    if (this.split) return;
    this.split = true;
    // A task of its own: the browser handles input and paints in between.
    this.rest = new Promise<void>((resolve) => setTimeout(resolve)).then(() => {
      this.rest = undefined;
      this.host.requestUpdate();
    });
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

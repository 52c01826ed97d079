/** When the finder does its work: after typing pauses (debounce), and while the browser is idle. */

/**
 * Runs `task` when the browser is idle (requestIdleCallback, else a short timeout); returns a cancel
 * function. Does nothing without a window (server-side rendering).
 */
export function whenIdle(task: () => void): () => void {
  if (typeof window === 'undefined') return () => {};
  if (typeof window.requestIdleCallback === 'function') {
    // The timeout makes sure a busy page still gets the work done before the visitor is likely to type.
    const id = window.requestIdleCallback(() => task(), { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(task, 50);
  return () => clearTimeout(id);
}

/** One pending call at a time, run `ms` after the last `schedule`. */
export class Debouncer {
  private timer?: ReturnType<typeof setTimeout>;

  schedule(task: () => void, ms: number): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      task();
    }, Math.max(0, ms));
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

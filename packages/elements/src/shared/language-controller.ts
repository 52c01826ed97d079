import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { langOf, resolveLang } from './i18n.js';
import type { Lang } from './i18n.js';

/** What the language controller needs of its element. */
export interface LanguageHost extends ReactiveControllerHost {
  getAttribute?(name: string): string | null;
}

export interface LanguageOptions {
  /**
   * A language decided outside the DOM (server rendering passes the page's language here). Consulted
   * first; when it returns nothing, the element's own `lang` attribute and then its ancestors decide.
   */
  lang?: () => string | null | undefined;
}

const observed = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

/**
 * The element's language: the nearest `lang` attribute, looking through shadow roots to their hosts;
 * English when it starts with "en", Swedish otherwise (the default). A `lang` change on any ancestor
 * re-renders every connected element (one MutationObserver for the page).
 *
 * Safe on the server: without a `document` it reads only the explicit option and the element's own
 * `lang` attribute, never the DOM around it.
 */
export class LanguageController implements ReactiveController {
  constructor(
    private readonly host: LanguageHost,
    private readonly options: LanguageOptions = {},
  ) {
    host.addController(this);
  }

  /** "sv" (default) or "en". */
  get value(): Lang {
    const explicit = this.options.lang?.();
    if (explicit) return langOf(explicit);
    if (typeof document === 'undefined') {
      const own = this.host.getAttribute?.('lang');
      return own ? langOf(own) : 'sv';
    }
    return resolveLang(this.host as unknown as Element);
  }

  /** The entry of a `{sv, en}` table for the element's language. */
  pick<T>(table: Readonly<Record<Lang, T>>): T {
    return table[this.value];
  }

  hostConnected(): void {
    observed.add(this.host);
    if (!observer && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
      observer = new MutationObserver(() => observed.forEach((h) => h.requestUpdate()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    observed.delete(this.host);
    if (observed.size === 0 && observer) {
      observer.disconnect();
      observer = undefined;
    }
  }
}

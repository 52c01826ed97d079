import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { langOf, resolveLang } from './i18n.js';
import type { Lang } from './i18n.js';
import { Bilingual, loadEnglish } from './bilingual.js';

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
 * re-renders every connected element (one MutationObserver for the page). English strings are loaded on
 * demand (bilingual.ts): `ready()` says whether the element can render in its language now, and starts
 * the load when it cannot (`pending`, awaited by the element's `updateComplete`).
 *
 * Safe on the server: without a `document` it reads only the explicit option and the element's own
 * `lang` attribute, never the DOM around it.
 */
export class LanguageController implements ReactiveController {
  /** English strings on their way, for `updateComplete`. */
  pending?: Promise<unknown>;

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

  /** The entry of a string table for the element's language. */
  pick<T>(table: Bilingual<T> | Readonly<Record<Lang, T>>): T {
    return table instanceof Bilingual ? table.get(this.value) : table[this.value];
  }

  /**
   * Whether the strings of the element's language are at hand. When they are not (English, not loaded
   * yet), starts loading them, sets `pending` and asks for an update when they have arrived; the element
   * skips its updates until then, so it never shows Swedish first and then switches.
   */
  ready(): boolean {
    const english = this.value === 'en' && loadEnglish();
    if (english && !this.pending) {
      this.pending = english.then(() => {
        this.pending = undefined;
        this.host.requestUpdate();
      });
    }
    return !english;
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

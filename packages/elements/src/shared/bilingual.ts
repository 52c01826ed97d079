import type { Lang } from './i18n.js';

/** Every table of the code on the page (each module that defines one adds it when it is evaluated). */
const tables: Bilingual<unknown>[] = [];

/**
 * A table of UI strings in Swedish and English. Swedish is part of the element's code; English is a module
 * of its own (`translations/en.ts`, a separate chunk in every build) loaded the first time an element under
 * `lang="en"` needs it, so a Swedish page never downloads English. Elements never render half-translated:
 * `LanguageController.ready()` holds an English element's updates until `loadEnglish()` has finished, and
 * server rendering (`renderElement`) awaits `loadEnglish()` before it renders. Should English not load (a
 * broken network), the element shows Swedish rather than nothing.
 */
export class Bilingual<T> {
  private en?: T;
  private loading?: Promise<void>;

  constructor(
    /** The Swedish table. */
    readonly sv: T,
    /** Imports the English table: `() => import('./translations/en.js')`. */
    private readonly importEnglish: () => Promise<{ en: T }>,
  ) {
    tables.push(this);
  }

  /** The table for `lang`; Swedish while English has not arrived (elements wait for it before rendering). */
  get(lang: Lang): T {
    return (lang === 'en' && this.en) || this.sv;
  }

  /** Loads English once; undefined when it is at hand. */
  load(): Promise<void> | undefined {
    return this.en
      ? undefined
      : (this.loading ??= this.importEnglish().then(
          (m) => void (this.en = m.en),
          (error: unknown) => {
            this.en = this.sv;
            console.warn('GR elements: the English strings could not be loaded; showing Swedish.', error);
          },
        ));
  }
}

/** English for every table: undefined when all are at hand, else a Promise for the ones still loading. */
export function loadEnglish(): Promise<unknown> | undefined {
  const loads = tables.map((t) => t.load()).filter(Boolean);
  return loads.length ? Promise.all(loads) : undefined;
}

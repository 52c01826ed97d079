/** Replaced with the package.json version by the build (tsup `define`); "dev" when run from source. */
declare const __GR_ELEMENTS_VERSION__: string | undefined;

/** The package version, compared when a tag is already defined by another bundle. */
export const VERSION: string = typeof __GR_ELEMENTS_VERSION__ === 'string' ? __GR_ELEMENTS_VERSION__ : 'dev';

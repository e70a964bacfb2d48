/**
 * The version of the loader's output: a hash of the loader, its tables and the packing code,
 * computed by vite.config.ts at build time (`__LOADER_VERSION__`). Parses cached under another
 * version are parsed again. Null where parses are not cached: the dev server and the unit tests,
 * which cannot tell when the loader is edited.
 */
declare const __LOADER_VERSION__: string | null | undefined;

export const LOADER_VERSION: string | null = typeof __LOADER_VERSION__ === 'string' ? __LOADER_VERSION__ : null;

/**
 * How much one import may bring in. The page reads every file into memory, the worker decodes it
 * to a string (up to twice the bytes as UTF-16) and builds posts and questions from it, and the
 * page keeps the bytes for later re-parses and IndexedDB: several copies of the input at once. A
 * browser tab has a few GB at best (less on phones), so past some 200 MB an import is likely to
 * run the tab out of memory; refusing it up front, with the file's name and size, is kinder than
 * a crash half a minute later.
 */
export const MAX_IMPORT_TOTAL_BYTES = 200 * 1024 * 1024;

/**
 * The limit in force: the constant, or a smaller one from `?maxImportBytes=N` in the page URL
 * (read only here; used by the e2e test so it need not build a 200 MB file). Only lowering works.
 */
export function importLimitBytes(search: string = typeof location === 'undefined' ? '' : location.search): number {
  const override = Number(new URLSearchParams(search).get('maxImportBytes') ?? Number.NaN);
  return Number.isInteger(override) && override > 0 && override < MAX_IMPORT_TOTAL_BYTES ? override : MAX_IMPORT_TOTAL_BYTES;
}

export interface SizedFile {
  name: string;
  size: number;
}

export type SizeRefusal =
  | { kind: 'file'; name: string; size: number; limit: number }
  | { kind: 'total'; size: number; limit: number };

/**
 * Why these files are too large to import, or undefined when they fit. `alreadyImported` is the
 * bytes of imports kept from before: every import is parsed again together with the new files.
 */
export function checkImportSize(files: readonly SizedFile[], limit: number, alreadyImported = 0): SizeRefusal | undefined {
  for (const file of files) {
    if (file.size > limit) return { kind: 'file', name: file.name, size: file.size, limit };
  }
  const total = files.reduce((sum, file) => sum + file.size, alreadyImported);
  return total > limit ? { kind: 'total', size: total, limit } : undefined;
}

/** Sizes for people: 512 B, 3.4 KB, 48.0 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Error messages that mean the browser ran out of memory (V8 RangeErrors and allocation failures). */
export function isOutOfMemory(message: string): boolean {
  return /RangeError|out of memory|Invalid (string|array|typed array) length|allocation failed|Array buffer allocation/iu.test(message);
}

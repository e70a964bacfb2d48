/**
 * An imported file as kept in the browser, and the checks that decide whether a stored record can
 * be trusted. A checksum over the bytes catches truncated or rewritten records, not just wrong types.
 */
import { MAX_IMPORT_TOTAL_BYTES } from '../data/import-limits';

export interface StoredImport {
  name: string;
  bytes: Uint8Array;
  /** Milliseconds since the epoch; orders the import list. */
  addedAt: number;
  checksum: string;
}

/** Larger files are refused at import time, so a larger stored one is damage. */
export const maxImportBytes = MAX_IMPORT_TOTAL_BYTES;
const maxNameLength = 255;

/** FNV-1a over the bytes and their length: cheap, and any flipped or missing byte changes it. */
export function checksumOf(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  // An index, not for…of: every visit checks every stored byte on the page's thread, and the
  // iterator is three times slower.
  for (let i = 0; i < bytes.length; i += 1) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return `${bytes.length}:${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

export function makeStoredImport(name: string, bytes: Uint8Array, addedAt: number): StoredImport {
  return { name, bytes, addedAt, checksum: checksumOf(bytes) };
}

/** The record as a StoredImport, or undefined when anything about it is off. */
export function validateStoredImport(record: unknown): StoredImport | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const { name, bytes, addedAt, checksum } = record as Record<string, unknown>;
  if (typeof name !== 'string' || name.length === 0 || name.length > maxNameLength) return undefined;
  if (!(bytes instanceof Uint8Array) || bytes.length > maxImportBytes) return undefined;
  if (typeof addedAt !== 'number' || !Number.isFinite(addedAt)) return undefined;
  if (typeof checksum !== 'string' || checksum !== checksumOf(bytes)) return undefined;
  return { name, bytes, addedAt, checksum };
}

export interface StoredImports {
  files: StoredImport[];
  /** True when some record failed validation or the database could not be read. */
  corrupted: boolean;
}

/** Where imported files live between visits. */
export interface ImportStorage {
  readAll(): Promise<StoredImports>;
  /** Saves files in one go (one transaction), replacing files of the same name. */
  putAll(files: readonly StoredImport[]): Promise<void>;
  remove(name: string): Promise<void>;
  clear(): Promise<void>;
}

/** Keeps imports for this page only: tests, and browsers without IndexedDB. */
export function createMemoryStorage(initial: unknown[] = []): ImportStorage {
  let records: unknown[] = [...initial];
  return {
    async readAll() {
      const files = records.map(validateStoredImport);
      const valid = files.filter((file): file is StoredImport => file !== undefined);
      return { files: valid.sort(byAddedAt), corrupted: valid.length !== files.length };
    },
    async putAll(files) {
      const names = new Set(files.map((file) => file.name));
      records = [...records.filter((record) => ![...names].some((name) => hasName(record, name))), ...files];
    },
    async remove(name) {
      records = records.filter((record) => !hasName(record, name));
    },
    async clear() {
      records = [];
    },
  };
}

export const byAddedAt = (a: StoredImport, b: StoredImport): number =>
  a.addedAt - b.addedAt || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

const hasName = (record: unknown, name: string): boolean =>
  typeof record === 'object' && record !== null && (record as { name?: unknown }).name === name;

/**
 * A loader run through the parse cache (storage/parse-cache.ts). With the same files as last
 * time, the last load is read back whole. Otherwise each file's parse comes from the cache when
 * it has one for these bytes and this loader version, only the other files are parsed, and the
 * parses are added up as one run over all the files would give (file-parse.ts). What is new is
 * written back afterwards (`save`), so that the caller can hand the result over first.
 */
import { LoadMemory } from '../../loader';
import type { InputFile } from '../../loader/types';
import { contentHashOf, LAST_LOAD, type CacheRecord, type ParseCache } from '../storage/parse-cache';
import { checkFileParse, checkPackedLoad, composeParses, parseAlone, type FileParse, type PackedLoad } from './file-parse';

export interface CachedLoadOptions {
  cache: ParseCache;
  /** The loader version (LOADER_VERSION): entries made by another are parsed again. */
  version: string;
  onProgress?: (done: number, total: number) => void;
  /** The last load's record, when its read has already begun (`cache.readLoad()`). */
  lastLoad?: Promise<unknown> | undefined;
  /** Parses one file alone; the loader unless a test counts the calls. */
  parse?: (file: InputFile) => FileParse | undefined;
}

export interface CachedLoad extends PackedLoad {
  /** Files whose parse came from the cache. */
  fromCache: number;
  /** Writes what is new and drops the entries of files not loaded this time. Never rejects. */
  save(): Promise<void>;
}

/** A file's entry in the cache. */
interface FileEntry extends CacheRecord {
  version: string;
  contentHash: string;
  parse: FileParse;
}

/** The last whole load. */
interface LoadEntry extends CacheRecord {
  version: string;
  /** The files loaded, as JSON of [name, content hash] pairs in order. */
  files: string;
  load: PackedLoad;
}

/** The entry, when it was made by this loader version from these inputs (`field` equal to `value`). */
function current(record: unknown, version: string, field: 'contentHash' | 'files', value: string): Record<string, unknown> | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const entry = record as Record<string, unknown>;
  return entry['version'] === version && entry[field] === value ? entry : undefined;
}

/** A check of something read back, where a throw is a failed check. */
function checked<T>(check: (value: unknown) => T | undefined, value: unknown): T | undefined {
  try {
    return check(value);
  } catch {
    return undefined;
  }
}

/**
 * The run over `files`, or undefined when some file's output cannot be cached or composed (a
 * file the loader reports it could not read, questions that do not pack): the caller then runs
 * the loader over all files in one go, as without a cache.
 */
export async function loadWithCache(files: readonly InputFile[], options: CachedLoadOptions): Promise<CachedLoad | undefined> {
  const { cache, version } = options;
  const memory = new LoadMemory();
  const parse = options.parse ?? ((file: InputFile) => parseAlone(file, memory));
  const hashes = files.map((file) => contentHashOf(file.bytes));
  const identity = JSON.stringify(files.map((file, i) => [file.name, hashes[i]]));
  const last = checked(checkPackedLoad, current(await (options.lastLoad ?? cache.readLoad()), version, 'files', identity)?.['load']);
  if (last !== undefined) {
    options.onProgress?.(files.length, files.length);
    return { ...last, fromCache: files.length, save: async () => undefined };
  }

  const stored = await cache.readFiles();
  const parses: FileParse[] = [];
  const fresh: FileEntry[] = [];
  const keep = new Set<string>();
  for (const [i, file] of files.entries()) {
    const contentHash = hashes[i]!;
    let fileParse = checked(checkFileParse, current(stored.get(file.name), version, 'contentHash', contentHash)?.['parse']);
    if (fileParse !== undefined) {
      keep.add(file.name);
    } else {
      fileParse = parse(file);
      if (fileParse === undefined) return undefined;
      fresh.push({ name: file.name, version, contentHash, parse: fileParse });
    }
    parses.push(fileParse);
    options.onProgress?.(i + 1, files.length);
  }
  const loaded = composeParses(files, parses);
  if (loaded === undefined) return undefined;
  // Its own buffers: the caller transfers the result's before it calls `save`.
  const { questions } = loaded;
  const copy = { ...questions, columns: questions.columns.slice(), listStart: questions.listStart.slice(), listItems: questions.listItems.slice() };
  const record: LoadEntry = { name: LAST_LOAD, version, files: identity, load: { ...loaded, questions: copy } };
  return {
    ...loaded,
    fromCache: keep.size,
    // A cache that cannot be written (full, blocked, gone) only means parsing again next time.
    save: () => cache.write(fresh, keep, record).catch(() => undefined),
  };
}

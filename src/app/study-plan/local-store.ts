/**
 * Reading and writing one JSON value in localStorage, safely. Storage can be missing (private
 * mode throws on access), full, or hold something unreadable; none of these may crash the view.
 * An unreadable value is moved aside (key + ".corrupt") so it is not lost, and reported.
 */
import type { Parsed } from './progress-schema';

export type ReadResult<T> =
  | { status: 'empty' }
  | { status: 'ok'; value: T }
  | { status: 'corrupt'; problem: string };

/** `window.localStorage`, or undefined where touching it throws. */
export function browserStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export function readStored<T>(storage: Storage | undefined, key: string, parse: (value: unknown) => Parsed<T>): ReadResult<T> {
  let text: string | null;
  try {
    text = storage?.getItem(key) ?? null;
  } catch {
    return { status: 'empty' };
  }
  if (text === null) return { status: 'empty' };
  let parsed: Parsed<T>;
  try {
    parsed = parse(JSON.parse(text));
  } catch {
    parsed = { ok: false, problem: 'not valid JSON' };
  }
  if (parsed.ok) return { status: 'ok', value: parsed.value };
  try {
    storage?.setItem(`${key}.corrupt`, text);
    storage?.removeItem(key);
  } catch {
    // Could not move it aside; the next write replaces it anyway.
  }
  return { status: 'corrupt', problem: parsed.problem };
}

/** False when the value could not be kept (no storage, quota exceeded). */
export function writeStored(storage: Storage | undefined, key: string, value: unknown): boolean {
  try {
    if (!storage) return false;
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

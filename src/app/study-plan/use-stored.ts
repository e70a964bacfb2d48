/**
 * A piece of state kept in localStorage: read and checked once on mount, written on each change.
 * Reports whether the stored value was unreadable (and reset) and whether writing works.
 */
import { useCallback, useRef, useState } from 'react';
import type { Parsed } from './progress-schema';
import { browserStorage, readStored, writeStored } from './local-store';

export interface Stored<T> {
  value: T;
  set: (next: T | ((previous: T) => T)) => void;
  /** The problem found in the stored value, when it was reset to the default. */
  corrupt: string | null;
  /** False once a write has failed. */
  saved: boolean;
}

const asIs = <T,>(value: T): unknown => value;

export function useStored<T>(
  key: string,
  parse: (value: unknown) => Parsed<T>,
  fallback: T,
  toStored: (value: T) => unknown = asIs,
): Stored<T> {
  const [initial] = useState(() => {
    const result = readStored(browserStorage(), key, parse);
    return {
      value: result.status === 'ok' ? result.value : fallback,
      corrupt: result.status === 'corrupt' ? result.problem : null,
    };
  });
  const [value, setValue] = useState<T>(initial.value);
  const [saved, setSaved] = useState(true);
  // The latest value, so two changes in one event both apply and both are written.
  const latest = useRef(initial.value);
  const set = useCallback(
    (next: T | ((previous: T) => T)) => {
      const resolved = typeof next === 'function' ? (next as (previous: T) => T)(latest.current) : next;
      latest.current = resolved;
      setValue(resolved);
      setSaved(writeStored(browserStorage(), key, toStored(resolved)));
    },
    [key, toStored],
  );
  return { value, set, corrupt: initial.corrupt, saved };
}

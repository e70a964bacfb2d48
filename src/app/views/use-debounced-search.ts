/**
 * The search box's text, committed as a clause after a short pause so typing stays fluid; a clause
 * changed elsewhere (clear filters, the back button) flows back into the box.
 */
import { useEffect, useRef, useState } from 'react';

export function useDebouncedSearch(
  committed: string,
  commit: (query: string) => void,
  delayMs = 180,
): [string, (draft: string) => void] {
  const [draft, setDraft] = useState(committed);
  const lastCommitted = useRef(committed);
  const commitRef = useRef(commit);
  commitRef.current = commit;

  useEffect(() => {
    if (committed !== lastCommitted.current) {
      lastCommitted.current = committed;
      setDraft(committed);
    }
  }, [committed]);

  useEffect(() => {
    if (draft === lastCommitted.current) return undefined;
    const timer = setTimeout(() => {
      lastCommitted.current = draft;
      commitRef.current(draft);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [draft, delayMs]);

  return [draft, setDraft];
}

/** Splits text into runs that do or do not match any of the terms (case-insensitive). */
export interface TextSegment {
  text: string;
  highlighted: boolean;
}

export function highlightSegments(text: string, terms: readonly string[]): TextSegment[] {
  const lower = text.toLowerCase();
  const marked = new Uint8Array(text.length);
  for (const term of terms) {
    const needle = term.toLowerCase();
    // Lower-casing can change length for a few scripts; then positions would not line up.
    if (needle.length === 0 || lower.length !== text.length) continue;
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
      marked.fill(1, at, at + needle.length);
    }
  }
  const segments: TextSegment[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i += 1) {
    if (i === text.length || marked[i] !== marked[start]) {
      if (i > start) segments.push({ text: text.slice(start, i), highlighted: marked[start] === 1 });
      start = i;
    }
  }
  return segments;
}

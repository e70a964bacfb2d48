/**
 * Text with some terms marked. The text is split into plain strings and <mark> elements, so it is
 * always rendered as text: markup inside a question shows literally and never runs.
 */
import { highlightSegments } from './highlight-segments';

export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {highlightSegments(text, terms).map((segment, i) =>
        segment.highlighted ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </>
  );
}

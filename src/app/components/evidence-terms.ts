import type { Question } from '../../loader/types';

/**
 * The words that made the classifier pick a question's topics, as they appear in its text. Rule
 * names such as `context:neighbours` are evidence too, but they are not in the text to mark.
 */
export function evidenceTerms(question: Question): string[] {
  const text = question.text.toLowerCase();
  const terms = question.evidence.flatMap((evidence) => evidence.terms);
  return [...new Set(terms)].filter((term) => term.length > 0 && text.includes(term.toLowerCase()));
}

/**
 * Stage 5a: a question's kind. An explicit prefix or section (八股：项目：代码题：) decides; a
 * LeetCode number makes it coding; otherwise the first cue row that matches; else concept.
 */
import { KIND_CUES } from './rules/kinds';
import type { KindId } from './types';

export function kindOf(text: string, kindHint: KindId | undefined, leetcode: number[]): KindId {
  if (kindHint) return kindHint;
  if (leetcode.length > 0) return 'coding';
  return KIND_CUES.find((cue) => cue.pattern.test(text))?.kind ?? 'concept';
}

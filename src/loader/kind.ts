/**
 * Stage 5a: a question's kind. An explicit prefix or section (八股：项目：代码题：) decides; a
 * LeetCode number makes it coding; otherwise the first cue row that matches; else concept (or
 * project in a round the author says was spent on projects).
 */
import { findCompanies } from './companies';
import { KIND_CUES } from './rules/kinds';
import type { KindId } from './types';

const WHY_US = /为什么(?:选择|选|想来|来|想去|去|加入|投递?)(.{0,12})|^why\s+(?:join\s+|work at\s+)?(.{0,20})/i;

/** 为什么选择快手 asks about motivation; 为什么选择 LoRA asks about a method. */
function asksWhyThisCompany(text: string): boolean {
  const match = WHY_US.exec(text);
  return match !== null && findCompanies(match[1] ?? match[2] ?? '').length > 0;
}

/** `fallback`: the kind of a question no cue names (its round's, where the author says the round dug into projects). */
export function kindOf(text: string, kindHint: KindId | undefined, leetcode: number[], fallback: KindId = 'concept'): KindId {
  if (kindHint) return kindHint;
  if (leetcode.length > 0) return 'coding';
  if (asksWhyThisCompany(text)) return 'behavioral';
  return KIND_CUES.find((cue) => cue.pattern.test(text))?.kind ?? fallback;
}

/** A post's questions as the post asked them: grouped by round, in the order of the source lines. */
import type { Question, RoundId } from '../../loader/types';

export interface RoundSection {
  round: RoundId;
  questions: Question[];
}

export function outlinePost(questions: readonly Question[], postId: string): RoundSection[] {
  const ordered = questions
    .filter((question) => question.postId === postId)
    .sort((a, b) => a.line - b.line || a.seq - b.seq);
  const sections: RoundSection[] = [];
  for (const question of ordered) {
    const last = sections[sections.length - 1];
    if (last !== undefined && last.round === question.round) last.questions.push(question);
    else sections.push({ round: question.round, questions: [question] });
  }
  return sections;
}

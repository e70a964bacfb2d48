/** The filtered questions as JSON: the loader's own objects, so nothing is lost or renamed. */
import type { Question } from '../../loader/types';

export function questionsToJson(questions: readonly Question[]): string {
  return `${JSON.stringify(questions, null, 2)}\n`;
}

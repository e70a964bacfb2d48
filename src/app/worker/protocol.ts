/** Messages between the page and the loading worker. */
import type { InputFile, LoadReport, LoadResult, Post } from '../../loader/types';
import type { Lang } from '../state/types';
import type { PackedQuestions } from './packed-questions';

export interface LoadRequest {
  type: 'load';
  requestId: number;
  files: InputFile[];
}

export type LoadResponse =
  | { type: 'progress'; requestId: number; done: number; total: number }
  /** The usual answer: the questions packed (see packed-questions.ts), their buffers transferred. */
  | { type: 'packed'; requestId: number; posts: Post[]; report: LoadReport; questions: PackedQuestions }
  /** Questions the packed form does not fit, as they are. */
  | { type: 'result'; requestId: number; result: LoadResult }
  | { type: 'error'; requestId: number; message: string }
  /** After the result: each question's text rank in the language's collation order (text-order.ts). */
  | { type: 'textRanks'; requestId: number; lang: Lang; ranks: Uint32Array };

export type ProgressListener = (done: number, total: number) => void;

/** Parses files into posts and questions, off the main thread where possible. */
export interface LoadFilesAsync {
  (files: InputFile[], onProgress?: ProgressListener): Promise<LoadResult>;
  /** Stops whatever is being parsed (the pending promises reject); later calls still work. */
  cancel?: () => void;
}

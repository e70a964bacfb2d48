/** Messages between the page and the loading worker. */
import type { InputFile, LoadResult } from '../../loader/types';

export interface LoadRequest {
  type: 'load';
  requestId: number;
  files: InputFile[];
}

export type LoadResponse =
  | { type: 'progress'; requestId: number; done: number; total: number }
  | { type: 'result'; requestId: number; result: LoadResult }
  | { type: 'error'; requestId: number; message: string };

export type ProgressListener = (done: number, total: number) => void;

/** Parses files into posts and questions, off the main thread where possible. */
export type LoadFilesAsync = (files: InputFile[], onProgress?: ProgressListener) => Promise<LoadResult>;

/** Which files the import accepts, and turning browser File objects into loader input. */
import type { InputFile } from '../../loader/types';

export const acceptedExtensions = ['.txt', '.md', '.csv'] as const;

export function isAcceptedName(name: string): boolean {
  const lower = name.toLowerCase();
  return acceptedExtensions.some((extension) => lower.endsWith(extension));
}

export interface SortedFiles {
  accepted: File[];
  rejected: File[];
}

/** By name only; sizes are checked by checkImportSize (import-limits.ts) before reading. */
export function sortAcceptedFiles(files: Iterable<File>): SortedFiles {
  const accepted: File[] = [];
  const rejected: File[] = [];
  for (const file of files) {
    (isAcceptedName(file.name) ? accepted : rejected).push(file);
  }
  return { accepted, rejected };
}

export async function readInputFile(file: File): Promise<InputFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** A pasted post becomes a small text file; the name says when it was pasted. */
export function pastedFile(text: string, now: Date): InputFile {
  const stamp = now.toISOString().replace(/[-:]/gu, '').replace('T', '-').slice(0, 15);
  return { name: `pasted-${stamp}.txt`, bytes: new TextEncoder().encode(text) };
}

/**
 * The default posts: every file under data/raw (folders too), bundled into the build as base64
 * data URLs. Bundling (rather than fetching) keeps the static build offline-capable, and base64
 * keeps the exact bytes, so the loader sees what `npm run load` sees: the same names
 * (`data/raw/…`), the same order, whatever the encoding, unsupported files included (the loader
 * reports why it skips them).
 */
import type { InputFile } from '../../loader/types';

const seedUrls = import.meta.glob<string>('../../../data/raw/**/*', {
  query: '?url&inline',
  import: 'default',
  eager: true,
});

export function bytesOfDataUrl(dataUrl: string): Uint8Array {
  const comma = dataUrl.indexOf(',');
  const header = dataUrl.slice(0, comma);
  const payload = dataUrl.slice(comma + 1);
  if (!header.endsWith(';base64')) return new TextEncoder().encode(decodeURIComponent(payload));
  const binary = atob(payload);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The order of a depth-first walk that sorts each folder's entries by name, as the CLI reads. */
export function compareWalkOrder(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const x = left[i] ?? '';
    const y = right[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return left.length - right.length;
}

const repoPath = (globPath: string): string => globPath.replace(/^(\.\.\/)+/u, '');

export function defaultFiles(): InputFile[] {
  return Object.entries(seedUrls)
    .map(([path, dataUrl]) => ({ name: repoPath(path), bytes: bytesOfDataUrl(dataUrl) }))
    .sort((a, b) => compareWalkOrder(a.name, b.name));
}

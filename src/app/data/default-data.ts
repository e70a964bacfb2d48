/**
 * The seed posts in data/raw, bundled into the build as base64 data URLs. Bundling (rather than
 * fetching) keeps the static build offline-capable, and base64 keeps the exact bytes, so the
 * loader decodes them just as the command line does, whatever their encoding.
 */
import type { InputFile } from '../../loader/types';

const seedUrls = import.meta.glob<string>('../../../data/raw/*.{txt,md,csv}', {
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

const fileName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** The seed files in name order, as the loader reads them from disk. */
export function defaultFiles(): InputFile[] {
  return Object.entries(seedUrls)
    .map(([path, dataUrl]) => ({ name: fileName(path), bytes: bytesOfDataUrl(dataUrl) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

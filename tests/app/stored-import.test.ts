import { describe, expect, it } from 'vitest';
import {
  checksumOf,
  createMemoryStorage,
  makeStoredImport,
  validateStoredImport,
} from '../../src/app/storage/stored-import';

const bytes = new TextEncoder().encode('字节一面\n1. 介绍 PPO');

describe('validateStoredImport', () => {
  it('accepts a record written by makeStoredImport', () => {
    const record = makeStoredImport('a.txt', bytes, 1);
    expect(validateStoredImport(structuredClone(record))).toEqual(record);
  });

  it.each([
    ['not an object', 'a.txt'],
    ['null', null],
    ['no name', { ...makeStoredImport('a.txt', bytes, 1), name: '' }],
    ['text instead of bytes', { ...makeStoredImport('a.txt', bytes, 1), bytes: 'oops' }],
    ['a NaN time', { ...makeStoredImport('a.txt', bytes, 1), addedAt: Number.NaN }],
    ['bytes changed after saving', { ...makeStoredImport('a.txt', bytes, 1), bytes: bytes.slice(1) }],
    ['a missing checksum', { name: 'a.txt', bytes, addedAt: 1 }],
  ])('rejects a record with %s', (_, record) => {
    expect(validateStoredImport(record)).toBeUndefined();
  });

  it('changes the checksum when one byte flips', () => {
    const flipped = bytes.slice();
    flipped[3] = (flipped[3] ?? 0) ^ 1;
    expect(checksumOf(flipped)).not.toBe(checksumOf(bytes));
  });
});

describe('createMemoryStorage', () => {
  it('reports corruption but still returns the valid files, oldest first', async () => {
    const storage = createMemoryStorage([makeStoredImport('b.txt', bytes, 2), { name: 'bad' }, makeStoredImport('a.txt', bytes, 1)]);
    const { files, corrupted } = await storage.readAll();
    expect(corrupted).toBe(true);
    expect(files.map((file) => file.name)).toEqual(['a.txt', 'b.txt']);
  });

  it('replaces a file of the same name and removes by name', async () => {
    const storage = createMemoryStorage();
    await storage.putAll([makeStoredImport('a.txt', bytes, 1)]);
    await storage.putAll([makeStoredImport('a.txt', bytes.slice(0, 3), 2)]);
    expect((await storage.readAll()).files.map((file) => file.bytes.length)).toEqual([3]);
    await storage.remove('a.txt');
    expect((await storage.readAll()).files).toEqual([]);
  });
});

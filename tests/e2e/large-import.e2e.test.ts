/**
 * Large imports in the served build: a ~20 MB file shows its progress and can be cancelled with
 * the data left as it was, and a file over the size limit is refused with its name and size
 * (the limit lowered through `?maxImportBytes=` so the test need not build a 200 MB file).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useApp } from './harness';

const app = useApp();

const post = (n: number): string =>
  [
    `字节跳动大模型算法一面面经 #${n}`,
    '一面',
    '1. 介绍一下 LoRA 的原理，秩怎么选',
    '2. PPO 和 DPO 的区别是什么',
    '3. 手撕 multi-head attention',
    '4. RAG 里召回和重排怎么做',
    '',
    '',
  ].join('\n');

let dir: string | undefined;
afterAll(async () => {
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

/** A text file of repeated realistic posts, at least `bytes` long, written to a temp folder. */
async function bigFile(name: string, bytes: number): Promise<string> {
  dir ??= await mkdtemp(join(tmpdir(), 'mjr-large-'));
  const parts: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n += 1) {
    const text = post(n);
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  const path = join(dir, name);
  await writeFile(path, parts.join(''));
  return path;
}

describe('large import', () => {
  it('shows progress for a 20 MB file and cancels it, leaving the data unchanged', async () => {
    const path = await bigFile('big-posts.txt', 20 * 1024 * 1024);
    const session = await app.open('#/overview');
    const posts = await session.stat('posts');
    await session.page.click('[data-action="open-import"]');
    await session.page.setInputFiles('[data-role="file-input"]', path);

    // The dialog's own copy (the page behind it shows one too).
    const progress = session.page.locator('[data-dialog="import"] [data-role="import-progress"]');
    await progress.waitFor({ timeout: 20_000 });
    await expect(progress.textContent()).resolves.toContain('big-posts.txt');
    // The page answers while the worker parses.
    expect(await session.page.evaluate(() => 1 + 1)).toBe(2);

    await session.page.click('[data-dialog="import"] [data-action="cancel-import"]');
    await session.page.locator('[data-notice="importCancelled"]').waitFor();
    await expect(progress.count()).resolves.toBe(0);
    await expect(session.page.locator('[data-import-name="big-posts.txt"]').count()).resolves.toBe(0);
    await session.page.click('[data-action="close-dialog"]');
    expect(await session.stat('posts')).toBe(posts);

    // Nothing was stored, and the next import works with a fresh worker.
    await session.reload();
    expect(await session.stat('posts')).toBe(posts);
    await session.page.click('[data-action="open-import"]');
    await session.page.setInputFiles('[data-role="file-input"]', {
      name: 'small.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(post(1), 'utf8'),
    });
    await session.page.waitForFunction(
      (before) => Number(document.querySelector('[data-stat="posts"]')?.textContent) === before + 1,
      posts,
    );
    session.expectClean();
  });

  it('refuses a file over the limit before reading it, naming the file and its size', async () => {
    const session = await app.open('?maxImportBytes=1048576#/overview');
    const posts = await session.stat('posts');
    await session.page.click('[data-action="open-import"]');
    await session.page.setInputFiles('[data-role="file-input"]', {
      name: 'too-big.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(post(1).repeat(20_000), 'utf8'),
    });
    const notice = session.page.locator('[data-notice="importFailed"]');
    await notice.waitFor();
    const text = await notice.textContent();
    expect(text).toContain('too-big.txt');
    expect(text).toMatch(/\d+\.\d MB/u);
    expect(text).toContain('1.0 MB');
    await expect(session.page.locator('[data-role="import-progress"]').count()).resolves.toBe(0);
    expect(await session.stat('posts')).toBe(posts);
    session.expectClean();
  });
});

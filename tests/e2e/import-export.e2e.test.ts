/**
 * Bringing posts in and taking questions out: file import that survives a reload, a paste, a
 * hostile question shown as text, corrupted storage reset, and a CSV that parses back to the rows.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/loader/types';
import { readDownload, useApp, type AppSession } from './harness';

const app = useApp();

const hostileQuestion = '<img src=x onerror=alert(1)> 这段会被当成文本吗';
const importedPost = [
  '美团大模型算法一面面经',
  '一面',
  '1. 介绍一下 LoRA 的原理，秩怎么选',
  `2. ${hostileQuestion}`,
  '3. 手撕 top-k 采样',
  '',
].join('\n');

async function importFile(session: AppSession, name: string, text: string): Promise<void> {
  await session.page.click('[data-action="open-import"]');
  const chooser = session.page.waitForEvent('filechooser');
  await session.page.click('[data-action="choose-files"]');
  await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
  await session.page.locator(`[data-import-name="${name}"]`).waitFor();
}

async function closeDialog(session: AppSession): Promise<void> {
  await session.page.click('[data-action="close-dialog"]');
}

describe('import', () => {
  it('adds a picked file as a post, keeps it across a reload, and removes it again', async () => {
    const session = await app.open('#/overview');
    const posts = await session.stat('posts');
    await importFile(session, 'meituan-round1.txt', importedPost);
    await session.page.waitForFunction((before) => Number(document.querySelector('[data-stat="posts"]')?.textContent) === before + 1, posts);
    await closeDialog(session);

    await session.reload();
    expect(await session.stat('posts')).toBe(posts + 1);

    await session.page.click('[data-action="open-import"]');
    await session.page.click('[data-import-name="meituan-round1.txt"] [data-action="remove-import"]');
    await session.page.waitForFunction((before) => Number(document.querySelector('[data-stat="posts"]')?.textContent) === before, posts);
    await session.reload();
    expect(await session.stat('posts')).toBe(posts);
    session.expectClean();
  });

  it('adds a pasted post and resets all imports', async () => {
    const session = await app.open('#/overview');
    const posts = await session.stat('posts');
    await session.page.click('[data-action="open-import"]');
    await session.page.fill('[data-role="paste-box"]', importedPost);
    await session.page.click('[data-action="add-paste"]');
    await session.page.waitForFunction((before) => Number(document.querySelector('[data-stat="posts"]')?.textContent) === before + 1, posts);
    await session.page.click('[data-action="reset-imports"]');
    await session.page.click('[data-action="reset-imports"]');
    await session.page.waitForFunction((before) => Number(document.querySelector('[data-stat="posts"]')?.textContent) === before, posts);
    session.expectClean();
  });

  it('shows a question containing markup literally and never runs it', async () => {
    const session = await app.open('#/questions');
    const dialogs: string[] = [];
    session.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await importFile(session, 'hostile.txt', importedPost);
    await closeDialog(session);
    await session.page.fill('[data-role="question-search"]', 'onerror');
    const row = session.page.locator('[data-view="questions"] [data-question-id]').first();
    await session.page.waitForFunction(() => document.querySelectorAll('[data-view="questions"] [data-question-id]').length === 1);
    expect(await row.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await session.page.locator('[data-view="questions"] img').count()).toBe(0);

    await row.click();
    const dialog = session.page.locator('[data-dialog="post"]');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(hostileQuestion);
    expect(await dialog.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    session.expectClean();
  });

  it('resets corrupted stored imports with a message instead of crashing', async () => {
    const session = await app.open('#/overview');
    const posts = await session.stat('posts');
    await importFile(session, 'kept.txt', importedPost);
    await session.page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('mianjing-radar');
          open.onsuccess = () => {
            const transaction = open.result.transaction('imports', 'readwrite');
            transaction.objectStore('imports').put({ name: 'kept.txt', bytes: 'no longer bytes', addedAt: 1, checksum: 'x' });
            transaction.oncomplete = () => {
              open.result.close();
              resolve();
            };
            transaction.onerror = () => reject(transaction.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    await session.reload();
    await session.page.locator('[data-notice="storageReset"]').waitFor();
    expect(await session.stat('posts')).toBe(posts);
    await session.reload();
    expect(await session.page.locator('[data-notice]').count()).toBe(0);
    session.expectClean();
  });
});

describe('export', () => {
  it('exports the filtered questions as CSV that parses back to the JSON rows', async () => {
    const session = await app.open('#/overview');
    const total = await session.stat('questions');
    const mark = session.page.locator('[data-view="topic-frequency"] [data-topic]').first();
    await mark.click();
    await session.page.waitForFunction(() => window.location.hash.includes('topic='));
    const filtered = await session.stat('questions');
    expect(filtered).toBeLessThan(total);

    const csvDownload = session.page.waitForEvent('download');
    await session.page.click('[data-action="export-csv"]');
    const csv = await readDownload(await csvDownload);
    const jsonDownload = session.page.waitForEvent('download');
    await session.page.click('[data-action="export-json"]');
    const json = JSON.parse(await readDownload(await jsonDownload)) as Question[];

    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    const unescape = (cell: string) => (/^'[=+\-@\t\r']/u.test(cell) ? cell.slice(1) : cell);
    expect(rows).toHaveLength(filtered);
    expect(json).toHaveLength(filtered);
    rows.forEach((row, i) => {
      const question = json[i]!;
      expect({
        id: row.id,
        company: row.company,
        round: row.round,
        kind: row.kind,
        topics: row.topics,
        text: unescape(row.text ?? ''),
      }).toEqual({
        id: question.id,
        company: question.company,
        round: question.round,
        kind: question.kind,
        topics: question.topics.join(';'),
        text: question.text,
      });
    });
    session.expectClean();
  });
});

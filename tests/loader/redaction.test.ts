/**
 * No API-key fragment (AIza…, sk-…) ever reaches an output: not a posts.csv or questions.csv
 * column, not report.json (reasons, warnings), wherever the key sat in the input.
 */
import { describe, expect, it } from 'vitest';
import { loadFiles, postsToCsv, questionsToCsv, reportToJson } from '../../src/loader';
import type { LoadResult } from '../../src/loader';
import Papa from 'papaparse';
import { SECRET_FRAGMENT, file, seedFiles } from './support';

const KEY = 'AIzaSyD8kQ2mT9vXw3LpR7nB5cY1hJ6fG4eK0sA';
const OPENAI = 'sk-proj-7Hx2KqLm9Np4Rt8Vw1Yz3Ab5Cd6Ef';

const KEYED_CSV = Papa.unparse(
  [
    {
      title: `字节 一面 ${KEY}`,
      content: `1. 讲讲 ${KEY} 泄露了怎么办\n2. ${OPENAI} 是什么\n面试官说 key=${KEY}`,
      company: OPENAI,
      team: 'AIzaSyTeam1234567890',
      role: 'sk-role1234567890',
      date: 'AIzaSyDate1234567',
    },
  ],
  { newline: '\n' },
);

const KEYED_LOG = [
  '使用模型: gemini-2.5-flash-lite',
  `API Key: ${KEY}`,
  '开始提问: 请总结这篇大模型面试经验分享的主要内容，提取关键面试经验、技巧和建议',
  '',
  `快手 大模型 一面 ${OPENAI}`,
  '一面：',
  `1. 讲讲 RoPE，顺便说说 ${KEY} 是什么`,
  '2. 手撕：反转链表',
  `#快手[话题]# #AIzaSyTag1234567[话题]#`,
  '',
  '--- 图片 1 OCR结果 ---',
  '使用模型: gemini-2.5-flash-lite',
  `开始识别图片: /tmp/xhs_post_images/${KEY}/image_1.jpg`,
  '提问内容: 图里有什么内容？',
  '当前使用模型: gemini-2.5-flash-lite',
  `3. 讲讲 ${OPENAI} 这种 key 怎么保管`,
  '当前使用模型: gemini-2.5-flash-lite',
  `调用Gemini API时发生错误: 400 INVALID_ARGUMENT. {'error': {'message': 'API key not valid: ${KEY}'}}`,
  `已切换到新API密钥: ${KEY.slice(0, 10)}...`,
  '处理失败',
].join('\n');

/** A file of keys dropped in the data folder: no header, so its first row looks like one. */
const KEYS_CSV = `${KEY},gemini-2.5-flash-lite\nAIzaSyBHZw1234567890abcdefghijklmnopqr,gemini-1.5-flash\n`;

function leaks(result: LoadResult): string[] {
  const found: string[] = [];
  const check = (where: string, value: unknown) => {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    if (SECRET_FRAGMENT.test(text)) found.push(`${where}: ${text.slice(0, 80)}`);
  };
  for (const post of result.posts) for (const [column, value] of Object.entries(post)) check(`posts.${column}`, value);
  for (const q of result.questions) for (const [column, value] of Object.entries(q)) check(`questions.${column}`, value);
  for (const f of result.report.files) {
    check(`report ${f.source} reason`, f.reason);
    f.warnings.forEach((w, i) => check(`report ${f.source} warning ${i + 1}`, w));
  }
  check('posts.csv', postsToCsv(result.posts));
  check('questions.csv', questionsToCsv(result.questions));
  check('report.json', reportToJson(result.report));
  return found;
}

describe('API keys', () => {
  it('never reach a column of posts.csv or questions.csv from a CSV that has them in every column', () => {
    const found = leaks(loadFiles([file('keyed.csv', KEYED_CSV)]));
    expect(found, found.join('\n')).toEqual([]);
  });

  it('never reach an output from a log that has them in the title, a question, a hashtag, an image path and OCR text', () => {
    expect(leaks(loadFiles([file('keyed-log.txt', KEYED_LOG)]))).toEqual([]);
  });

  it('never reach a duplicate’s warning', () => {
    expect(leaks(loadFiles([file('a.txt', KEYED_LOG), file('b.txt', KEYED_LOG)]))).toEqual([]);
  });

  it('never reach the reason a file of keys was skipped', () => {
    const result = loadFiles([file('keys.csv', KEYS_CSV)]);
    expect(result.report.files[0]?.status).toBe('skipped');
    const found = leaks(result);
    expect(found, found.join('\n')).toEqual([]);
  });

  it('never reach an output from the seed logs, which switch keys in every OCR section', () => {
    expect(leaks(loadFiles(seedFiles()))).toEqual([]);
  });

  it('still loads the questions around a key', () => {
    const log = KEYED_LOG.replace(' #AIzaSyTag1234567[话题]#', '');
    const result = loadFiles([file('keyed-log.txt', log)]);
    expect(result.questions.map((q) => q.text.replace(/\[[^\]]*\]/g, '…'))).toEqual([
      '讲讲 RoPE，顺便说说 … 是什么',
      '反转链表',
      '讲讲 … 这种 key 怎么保管',
    ]);
  });

  it('keeps a hashtag line that held a key a tag line, not a question', () => {
    const result = loadFiles([file('keyed-log.txt', KEYED_LOG)]);
    expect(result.questions.filter((q) => q.text.includes('#')).map((q) => q.text)).toEqual([]);
  });
});

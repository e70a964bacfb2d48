/**
 * matchNoise tries only the rules a line's first non-space character allows: it must name the
 * same rule as trying every row in order.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOISE_RULES, matchNoise } from '../../src/loader/rules/noise';
import { ROOT, SEED_DIR } from './support';

const everyRow = (line: string) => NOISE_RULES.find((rule) => rule.pattern.test(line));

function textFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(?:txt|md)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('noise rule dispatch', () => {
  it('anchors every rule that names its first characters at the start, after white space', () => {
    for (const rule of NOISE_RULES.filter((r) => r.startsWith !== undefined)) {
      expect(rule.pattern.source.startsWith('^\\s*'), rule.name).toBe(true);
    }
  });

  it('names the rule trying every row names, on crafted lines', () => {
    const lines = [
      '  使用模型: gemini',
      '\u3000开始提问: 总结',
      '开始识别图片: a/b/c.png',
      '--- 图片 1 OCR 结果 ---',
      '\t当前使用模型: x',
      '提问内容: 识别',
      '调用Gemini API时发生错误: 429',
      'Traceback (most recent call last):',
      ' Exception: boom',
      '429 RESOURCE_EXHAUSTED. {',
      '模型 x 配额已用完',
      'hit the Rate-limit again',
      '已切换到新API密钥: [redacted]',
      'Retrying in 3s',
      '重试第 2 次',
      '处理失败。',
      '[2025-10-14 21:03:11,482] INFO crawler: ok',
      '2025-10-14 21:03:11 - WARNING - slow',
      'ERROR:root:failed',
      '1. 讲讲 RoPE',
      'transformer 的结构',
      '',
    ];
    for (const line of lines) expect(matchNoise(line), line).toBe(everyRow(line));
  });

  it('names the rule trying every row names, on every line of the seeds and fixtures', () => {
    const files = [...textFilesUnder(SEED_DIR), ...textFilesUnder(join(ROOT, 'tests', 'fixtures'))];
    let noisy = 0;
    for (const file of files) {
      for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
        const expected = everyRow(line);
        if (expected) noisy++;
        expect(matchNoise(line), line).toBe(expected);
      }
    }
    expect(noisy).toBeGreaterThan(0);
  });
});

/**
 * stripNumbering tries only the rows a line's first character allows: it must strip what trying
 * every row in order strips.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NUMBERING_RULES, stripNumbering } from '../../src/loader/rules/numbering';
import { ROOT, SEED_DIR } from './support';

function everyRow(text: string): { rest: string; rule: string } | undefined {
  for (const rule of NUMBERING_RULES) {
    const match = rule.pattern.exec(text);
    if (match && match[0].length > 0) return { rest: text.slice(match[0].length), rule: rule.name };
  }
  return undefined;
}

function textFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(?:txt|md)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** What follows a marker's first character in the markers the rows know. */
const CONTINUATIONS = ['', ' x', '.x', '. x', '、x', ':x', '：x', ')x', '）x', ']x', '】x', '1.x', '1 x', '12) x', '\uFE0F\u20E3 x', '个问题是x', '问：x', '提问：x', '试官问：x', 'nterviewer: x', ' - x', '-x', '- x'];

describe('numbering rule dispatch', () => {
  it('lists every ASCII character and ideograph that starts a match of its row', () => {
    const firstCharacters = [...Array.from({ length: 0x80 }, (_, code) => code), ...Array.from({ length: 0x9fff - 0x4e00 + 1 }, (_, i) => 0x4e00 + i)];
    const unlisted: string[] = [];
    for (const rule of NUMBERING_RULES) {
      for (const code of firstCharacters) {
        const ch = String.fromCharCode(code);
        if (rule.opensWith.includes(ch)) continue;
        for (const rest of CONTINUATIONS) {
          const match = rule.pattern.exec(ch + rest);
          if (match !== null && match[0].length > 0) unlisted.push(`${rule.name}: ${ch + rest}`);
        }
      }
    }
    expect(unlisted).toEqual([]);
  });

  it('strips what trying every row strips, on crafted lines', () => {
    const lines = ['1. 讲讲 RoPE', '1️⃣ 一面', '🔟 十', '① 自我介绍', '✅ LoRA', '➤ 结构', '问：为什么', '面试官问: x', 'Interviewer: x', 'Q3: x', 'Ｑ1 x', '(2) x', '【3】x', '3 讲讲', '30 多分钟', '第三个问KV cache', '二、项目', 'b) x', '- x', '> - x', '• x', '·x', 'transformer 结构', '讲讲', '', ' 1. x'];
    for (const line of lines) expect(stripNumbering(line), line).toEqual(everyRow(line));
  });

  it('strips what trying every row strips, on every line of the seeds and fixtures', () => {
    const files = [...textFilesUnder(SEED_DIR), ...textFilesUnder(join(ROOT, 'tests', 'fixtures'))];
    let numbered = 0;
    for (const file of files) {
      for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
        for (const line of [raw, raw.trim()]) {
          const expected = everyRow(line);
          if (expected) numbered++;
          expect(stripNumbering(line), line).toEqual(expected);
        }
      }
    }
    expect(numbered).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import table from '../data/leetcode.json';

interface Problem {
  id: number;
  zh: string;
  en: string;
  aliases: string[];
}

const problems: Problem[] = table.problems;

/** The normal form used for matching: lowercase, no whitespace. */
const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, '');

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Three-letter aliases that are still unambiguous in interview posts. */
const SHORT_ASCII_ALLOWED = new Set(['lru', 'lfu']);

describe('data/leetcode.json', () => {
  it('has the expected top-level shape', () => {
    expect(table.version).toBe(1);
    expect(typeof table.note).toBe('string');
    expect(table.note.length).toBeGreaterThan(0);
    expect(problems.length).toBeGreaterThanOrEqual(250);
  });

  it('has unique positive integer ids', () => {
    const ids = problems.map((p) => p.id);
    for (const id of ids) {
      expect(Number.isInteger(id)).toBe(true);
      expect(id).toBeGreaterThan(0);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has non-empty, trimmed zh and en titles on every problem', () => {
    for (const p of problems) {
      expect(p.zh.trim(), `zh of ${p.id}`).not.toBe('');
      expect(p.en.trim(), `en of ${p.id}`).not.toBe('');
      expect(p.zh, `zh of ${p.id}`).toBe(p.zh.trim());
      expect(p.en, `en of ${p.id}`).toBe(p.en.trim());
      expect(CJK.test(p.zh) || p.zh === p.en, `zh of ${p.id} should be Chinese`).toBe(true);
      expect(Array.isArray(p.aliases)).toBe(true);
    }
  });

  it('never shares a title or alias between two problems', () => {
    const owner = new Map<string, number>();
    const clashes: string[] = [];
    for (const p of problems) {
      const names = new Set([p.zh, p.en, ...p.aliases].map(norm));
      for (const name of names) {
        const prev = owner.get(name);
        if (prev !== undefined && prev !== p.id) clashes.push(`${name}: ${prev} and ${p.id}`);
        owner.set(name, p.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('keeps aliases long enough to avoid false hits', () => {
    const tooShort: string[] = [];
    for (const p of problems) {
      for (const alias of p.aliases) {
        const n = norm(alias);
        const ok = CJK.test(n) ? n.length >= 3 : n.length >= 4 || SHORT_ASCII_ALLOWED.has(n);
        if (!ok) tooShort.push(`${p.id}: ${alias}`);
      }
    }
    expect(tooShort).toEqual([]);
  });

  it('spot-checks well-known problem numbers', () => {
    const byId = new Map(problems.map((p) => [p.id, p]));
    const expected: Array<[number, string, string]> = [
      [1, '两数之和', 'Two Sum'],
      [3, '无重复字符的最长子串', 'Longest Substring Without Repeating Characters'],
      [15, '三数之和', '3Sum'],
      [23, '合并 K 个升序链表', 'Merge k Sorted Lists'],
      [42, '接雨水', 'Trapping Rain Water'],
      [46, '全排列', 'Permutations'],
      [51, 'N 皇后', 'N-Queens'],
      [54, '螺旋矩阵', 'Spiral Matrix'],
      [56, '合并区间', 'Merge Intervals'],
      [72, '编辑距离', 'Edit Distance'],
      [73, '矩阵置零', 'Set Matrix Zeroes'],
      [146, 'LRU 缓存', 'LRU Cache'],
      [206, '反转链表', 'Reverse Linked List'],
      [215, '数组中的第K个最大元素', 'Kth Largest Element in an Array'],
      [416, '分割等和子集', 'Partition Equal Subset Sum'],
      [1143, '最长公共子序列', 'Longest Common Subsequence'],
    ];
    for (const [id, zh, en] of expected) {
      const p = byId.get(id);
      expect(p, `problem ${id}`).toBeDefined();
      expect(p?.zh).toBe(zh);
      expect(p?.en).toBe(en);
    }
  });

  it('resolves common colloquial names to the right problem', () => {
    const lookup = new Map<string, number>();
    for (const p of problems) for (const name of [p.zh, p.en, ...p.aliases]) lookup.set(norm(name), p.id);
    const cases: Array<[string, number]> = [
      ['八皇后', 51],
      ['区间合并', 56],
      ['LRU', 146],
      ['LRU缓存', 146],
      ['LRU cache', 146],
      ['合并K个升序链表', 23],
      ['K个一组翻转链表', 25],
      ['除自身以外数组的乘积', 238],
      ['最长上升子序列', 300],
      ['用两个栈实现队列', 232],
    ];
    for (const [name, id] of cases) expect(lookup.get(norm(name)), name).toBe(id);
  });

  it('covers the 力扣热题 100', () => {
    // prettier-ignore
    const hot100 = [
      1, 49, 128, 283, 11, 15, 42, 3, 438, 560, 239, 76, 53, 56, 189, 238, 41, 73, 54, 48, 240,
      160, 206, 234, 141, 142, 21, 2, 19, 24, 25, 138, 148, 23, 146, 94, 104, 226, 101, 543, 102,
      108, 98, 230, 199, 114, 105, 437, 236, 124, 200, 994, 207, 208, 46, 78, 17, 39, 22, 79, 131,
      51, 35, 74, 34, 33, 153, 4, 20, 155, 394, 739, 84, 215, 347, 295, 121, 55, 45, 763, 70, 118,
      198, 279, 322, 139, 300, 152, 416, 32, 62, 64, 5, 1143, 72, 136, 169, 75, 31, 287,
    ];
    expect(new Set(hot100).size).toBe(100);
    const ids = new Set(problems.map((p) => p.id));
    expect(hot100.filter((id) => !ids.has(id))).toEqual([]);
  });
});

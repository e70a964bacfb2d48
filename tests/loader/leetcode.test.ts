/**
 * Stage 5b, LeetCode: problem numbers from explicit markers (`lc 46`, `LeetCode 3`, `力扣 15`,
 * `56.合并区间`, `lc54.`, two on one line) and from a problem's title alone (n皇后 → 51,
 * 接雨水 → 42, 三数之和 → 15), using data/leetcode.json; never from model versions, sizes or
 * everyday words that happen to be titles.
 */
import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/loader';
import { leetcodeNumbers } from '../../src/loader/leetcode';
import { file } from './support';

describe('leetcodeNumbers', () => {
  it.each<[string, number[]]>([
    ['lc 46', [46]],
    ['LeetCode 3', [3]],
    ['leetcode3', [3]],
    ['力扣 15', [15]],
    ['56.合并区间', [56]],
    ['416.分割等和子集', [416]],
    ['23.合并K个升序链表', [23]],
    ['lc54. 螺旋矩阵', [54]],
    ['lc 146，LRU 缓存', [146]],
    ['代码题（代码题一般别着急写，先跟面试官说下思路，确定了再写）：lc 46，全排列（lc表示leetcode，下同）。lc 73，矩阵置0。', [46, 73]],
    ['lc 1 和 lc 1143 两道一起写', [1, 1143]],
    ['代码：lc 5 最长回文子串 + lc 72 编辑距离', [5, 72]],
    ['Coding: LeetCode 239 Sliding Window Maximum.', [239]],
  ])('reads “%s” as %j', (text, numbers) => {
    expect(leetcodeNumbers(text)).toEqual(numbers);
  });

  it.each<[string, number[]]>([
    ['n皇后问题。', [51]],
    ['N 皇后', [51]],
    ['接雨水', [42]],
    ['三数之和', [15]],
    ['反转链表', [206]],
    ['手撕：岛屿数量', [200]],
    ['买卖股票的最佳时机', [121]],
    ['Implement Search in Rotated Sorted Array.', [33]],
    ['手撕：编辑距离', [72]],
    ['代码题：单词拆分', [139]],
    ['手撕：实现前缀树', [208]],
  ])('reads the title alone in “%s” as %j', (text, numbers) => {
    expect(leetcodeNumbers(text)).toEqual(numbers);
  });

  it.each<[string, number[]]>([
    ['接雨水，要求 O(1) 空间', [42]],
    ['n皇后，输出所有解', [51]],
    ['三数之和，去重怎么做', [15]],
  ])('reads the title in “%s”, with the interviewer’s extra demand, as %j', (text, numbers) => {
    expect(leetcodeNumbers(text)).toEqual(numbers);
  });

  it('reads full-width markers such as ｌｃ ２０６', () => {
    expect(leetcodeNumbers('代码：ｌｃ ２０６')).toEqual([206]);
  });

  it.each([
    '实习微调过Qwen2，你说说Qwen2的模型结构吧，Qwen2相比Qwen1做了哪些改进',
    '给你一个 7B 模型和 8 张 A100，想做全参微调',
    '部署一个MOE架构的千分三的235b的一个模型，他所需要的算力大概是多少？',
    '给出emb_size, max_len, vocab_size, ff_inner_size，num_heads, 12层，求BERT参数量。',
    'KV cache 的淘汰策略用 LRU 合理吗？',
    '训练集里抽一个子集做验证集，怎么保证分布一致',
    '手撕 Leetcode：Hot100',
    'FlashAttention 1/2：推荐',
    '2. 讲一下 RoPE',
    '代码（lc表示leetcode，下同）',
    '智谱 GLM 的预训练目标和 GPT 有什么区别？',
    '大模型有哪些解码方法？greedy、beam search、top-k 的区别',
    'BPE 是怎么做单词拆分的？',
    '数据去重用编辑距离还是 MinHash？',
    'SimHash 去重时汉明距离阈值怎么定',
    'vLLM 的 prefix caching 是用前缀树实现的吗？',
    '数据增强里随机旋转图像会不会影响 ViT 的位置编码？',
  ])('finds no problem in “%s”', (text) => {
    expect(leetcodeNumbers(text)).toEqual([]);
  });
});

describe('LeetCode numbers in the loaded questions', () => {
  it('finds problems by title in a post of coding rounds and none in its concept questions', () => {
    const result = loadFiles([
      file(
        'coding.txt',
        ['拼多多 大模型算法 一面', '1. 接雨水，要求 O(1) 空间', '2. n皇后', '3. KV cache 的淘汰策略用 LRU 合理吗？', '4. 56.合并区间'].join('\n'),
      ),
    ]);
    expect(result.questions.map((q) => q.leetcode)).toEqual([[42], [51], [], [56]]);
  });
});

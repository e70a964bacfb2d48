import { describe, expect, it } from 'vitest';
import { classifyText, contractTopicOf } from '../../src/loader/classify';
import { isWordBoundary, normalizeText, originalSlice } from '../../src/loader/classify/normalize';

const topicsOf = (text: string) => classifyText(text).topics.map(contractTopicOf);

describe('normalisation before matching', () => {
  it('folds case, full width, spaces, hyphens and underscores', () => {
    expect(normalizeText('Decoder-Only').text).toBe('decoderonly');
    expect(normalizeText('decoder only').text).toBe('decoderonly');
    expect(normalizeText('ＤｅｃｏｄｅｒＯｎｌｙ').text).toBe('decoderonly');
    expect(normalizeText('vocab_size，emb').text).toBe('vocabsize,emb');
  });

  it('classifies every spelling of decoder-only the same way', () => {
    for (const text of ['Decoder-only 的优势', 'decoder only 的优势', 'DecoderOnly 的优势', 'Ｄｅｃｏｄｅｒ－ｏｎｌｙ 的优势']) {
      expect(topicsOf(text), text).toEqual(['architecture-paradigm']);
    }
  });

  it('simplifies traditional characters', () => {
    expect(normalizeText('強化學習與知識蒸餾').text).toBe('强化学习与知识蒸馏');
    expect(topicsOf('為什麼要用知識蒸餾')).toEqual(['distillation']);
    expect(topicsOf('歸一化層的作用')).toEqual(['normalization']);
  });

  it('maps every normalized character back to the text as written', () => {
    const original = 'ＫＶ Cache 原理';
    const normalized = normalizeText(original);
    expect(normalized.text).toBe('kvcache原理');
    expect(originalSlice(original, normalized, 0, 7)).toBe('ＫＶ Cache');
  });

  it('keeps word boundaries where separators were dropped, and lets words end where digits begin', () => {
    const spaced = normalizeText('use lr 0.1');
    expect(isWordBoundary(spaced, 3, 'start')).toBe(true);
    const digits = normalizeText('lc54');
    expect(isWordBoundary(digits, 2, 'end')).toBe(true);
    expect(isWordBoundary(digits, 2, 'start')).toBe(false);
    const word = normalizeText('layer');
    expect(isWordBoundary(word, 1, 'start')).toBe(false);
  });
});

describe('short ASCII terms stand only as words', () => {
  it('does not read lr inside layer or PE inside PPO and open', () => {
    expect(topicsOf('layer 的输出')).toEqual([]);
    expect(topicsOf('PPO 的优点')).toEqual(['rlhf-ppo']);
    expect(topicsOf('open 一个文件')).toEqual([]);
  });
  it('does not count RL inside RLHF as RL foundations', () => {
    expect(topicsOf('RLHF 的流程')).toEqual(['rlhf-ppo']);
  });
  it('does not read F1 inside 1F1B', () => {
    expect(topicsOf('流水线并行的 1F1B 调度')).toEqual(['distributed-training']);
  });
  it('does not read RAG inside GraphRAG', () => {
    expect(topicsOf('GraphRAG 的流程')).toEqual(['graphrag']);
  });
  it('reads model names followed by versions (Qwen2.5, GPT-4o, DeepSeekV3)', () => {
    expect(topicsOf('Qwen2.5 的改进')).toEqual(['model-families']);
    expect(topicsOf('DeepSeekV3 的创新')).toEqual(['model-families']);
    expect(topicsOf('GPT4o 和 GPT-4 的区别')).toEqual(['model-families']);
  });
  it('reads speech-to-text and misspelt forms (千分三, Casual mask, RHLF)', () => {
    expect(topicsOf('千分三的模型结构')).toEqual(['model-families']);
    expect(topicsOf('Casual mask 的作用')).toEqual(['attention']);
    expect(topicsOf('RHLF 有几个阶段')).toEqual(['rlhf-ppo']);
  });
});

describe('spoken forms', () => {
  it('reads 咋 as 怎么, so colloquial questions meet the same cues, and maps the match back to 咋', () => {
    const normalized = normalizeText('lora咋训');
    expect(normalized.text).toBe('lora怎么训');
    expect(originalSlice('lora咋训', normalized, 4, 6)).toBe('咋');
    expect(topicsOf('reward 咋设计的')).toEqual(topicsOf('reward 怎么设计的'));
    expect(topicsOf('显存不够咋办')).toEqual(topicsOf('显存不够怎么办'));
  });
});

import { describe, expect, it } from 'vitest';
import { topicFrequency } from '../../src/analysis/frequency';
import { createTopicSpace } from '../../src/analysis/topic-space';
import { barText, barTooltip } from '../../src/app/views/topic-frequency/describe';
import { layoutBars } from '../../src/app/views/topic-frequency/layout';
import { frequencyRows } from '../../src/app/views/topic-frequency/rows';
import { post } from '../analysis/fixtures/questions';
import { contractTaxonomy } from '../analysis/fixtures/taxonomy';

const space = createTopicSpace(contractTaxonomy);
const questions = [
  ...post('p1', [['rag'], ['rag', 'agent'], ['rag']]),
  ...post('p2', [['rag'], ['attention']]),
  ...post('p3', [['agent']]),
  ...post('p4', [['rag']]),
  ...post('p5', [['rag']]),
  ...post('p6', [['rag'], []]),
];
const f = topicFrequency(questions, space);

describe('frequencyRows', () => {
  it('ranks topics by question count, leaving out topics nobody asks', () => {
    const rows = frequencyRows(f, space, { mode: 'count', level: 'topic' });
    expect(rows.map((r) => [r.id, r.value])).toEqual([
      ['rag', 7],
      ['agent', 2],
      ['attention', 1],
    ]);
  });

  it('scales the Wilson interval of the question share to counts in count mode', () => {
    const [rag] = frequencyRows(f, space, { mode: 'count', level: 'topic' });
    // 7 of 10 questions (the unclassified one counts too): Wilson [0.3968, 0.8922] × 10.
    expect(rag?.lo).toBeCloseTo(0.3968 * 10, 2);
    expect(rag?.hi).toBeCloseTo(0.8922 * 10, 2);
    expect(rag?.lo).toBeLessThan(7);
    expect(rag?.hi).toBeGreaterThan(7);
  });

  it('uses the share of posts, each post once, with its interval in share mode', () => {
    const rows = frequencyRows(f, space, { mode: 'share', level: 'topic' });
    expect(rows[0]).toMatchObject({ id: 'rag', value: 5 / 6, posts: 5, totalPosts: 6 });
    expect(rows[0]?.hi).toBeLessThanOrEqual(1);
  });

  it('flags rows asked in fewer than 5 posts as small samples, without dropping them', () => {
    const rows = frequencyRows(f, space, { mode: 'count', level: 'topic' });
    expect(rows.map((r) => r.small)).toEqual([false, true, true]);
  });

  it('drills down to the topics of one area', () => {
    const rows = frequencyRows(f, space, { mode: 'count', level: 'topic', area: 'architecture' });
    expect(rows.map((r) => r.id)).toEqual(['attention']);
  });

  it('rolls topics up to areas, a question counting once per area', () => {
    const rows = frequencyRows(f, space, { mode: 'count', level: 'area' });
    expect(rows.map((r) => [r.id, r.value])).toEqual([
      ['applications', 8],
      ['architecture', 1],
    ]);
  });
});

describe('layoutBars', () => {
  const rows = frequencyRows(f, space, { mode: 'count', level: 'topic' });
  const layout = layoutBars(rows, {
    width: 600,
    mode: 'count',
    labelWidth: 120,
    formatTick: String,
    labelOf: (r) => r.id,
  });

  it('gives one bar per row, top to bottom, starting at the label gutter', () => {
    expect(layout.bars.map((b) => b.label)).toEqual(['rag', 'agent', 'attention']);
    expect(layout.bars.every((b) => b.x === 120)).toBe(true);
    expect(layout.bars[0]!.y).toBeLessThan(layout.bars[1]!.y);
  });

  it('makes bar length proportional to the value and keeps the interval around its end', () => {
    const [rag, agent] = layout.bars;
    expect(rag!.width / agent!.width).toBeCloseTo(7 / 2, 6);
    for (const bar of layout.bars) {
      expect(bar.ciX0).toBeLessThanOrEqual(bar.x + bar.width);
      expect(bar.ciX1).toBeGreaterThanOrEqual(bar.x + bar.width);
      expect(bar.ciX1).toBeLessThanOrEqual(600);
    }
  });

  it('colours bars by area', () => {
    expect(layout.bars[0]?.color).toBe(layout.bars[1]?.color);
    expect(layout.bars[0]?.color).not.toBe(layout.bars[2]?.color);
  });

  it('puts count ticks on whole questions only, each label once, however few the questions', () => {
    const one = frequencyRows(topicFrequency(post('p9', [['rag']]), space), space, { mode: 'count', level: 'topic' });
    const small = layoutBars(one, { width: 600, mode: 'count', labelWidth: 120, formatTick: String, labelOf: (r) => r.id });
    const labels = small.ticks.map((t) => t.label);
    expect(labels.length).toBeGreaterThan(1);
    expect(new Set(labels).size).toBe(labels.length);
    expect(small.ticks.every((t) => Number.isInteger(Number(t.label)))).toBe(true);
  });

  it('is deterministic', () => {
    const again = layoutBars(rows, {
      width: 600,
      mode: 'count',
      labelWidth: 120,
      formatTick: String,
      labelOf: (r) => r.id,
    });
    expect(again).toEqual(layout);
  });
});

describe('bar words', () => {
  const rows = frequencyRows(f, space, { mode: 'share', level: 'topic' });
  const agent = rows.find((r) => r.id === 'agent')!;

  it('shows the share with its n beside the bar', () => {
    expect(barText(agent, 'share', 'en')).toBe('33% (2/6 posts)');
    expect(barText(agent, 'count', 'zh')).toBe('2 题 · 2 篇');
  });

  it('puts the exact numbers, the interval and a small-sample flag in the tooltip', () => {
    const tip = barTooltip(agent, 'share', 'en', { label: 'Agents', area: 'RAG & agents' });
    expect(tip.title).toBe('Agents');
    expect(tip.lines).toContain('Posts asking it: 2 of 6 (33%)');
    expect(tip.lines.some((l) => l.startsWith('95% interval'))).toBe(true);
    expect(tip.lines).toContain('Questions: 2 of 10 (20%)');
    expect(tip.flag).toBe('Small sample: only 2 posts');
  });
});

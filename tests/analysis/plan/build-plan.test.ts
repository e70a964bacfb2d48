import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { buildPlan, CSV_COLUMNS, ENGLISH_LABELS, NO_PROGRESS, planToCsv, planToMarkdown } from '../../../src/analysis/plan';
import type { ProgressMarks } from '../../../src/analysis/plan';
import type { PlanInputs } from '../../../src/analysis/plan/types';
import { makePost, makeQuestion } from './make';

const b1 = makePost('b1', { company: 'bytedance', date: '2025-05-20', rounds: ['1', '2'] });
const b2 = makePost('b2', { company: 'bytedance', date: '05-01', rounds: ['1'] });
const m1 = makePost('m1', { company: 'meituan', rounds: ['1'] });
const a1 = makePost('a1', { company: 'alibaba', date: '2025-01-01' });
const guide = makePost('g1', { kind: 'guide' });
const posts = [b1, b2, m1, a1, guide];
const questions = [
  makeQuestion(b1, ['rlhf-ppo'], { text: '介绍一下PPO的clip', round: '2' }),
  makeQuestion(b1, ['rl-basics'], { text: 'GAE是什么', round: '2', kind: 'derivation' }),
  makeQuestion(b1, ['model-coding'], { text: '手撕MHA', round: '1', kind: 'coding' }),
  makeQuestion(b2, ['rlhf-ppo'], { text: '讲讲PPO中的clip', round: '1' }),
  makeQuestion(b2, ['rl-basics'], { text: 'GAE的公式', round: '1', kind: 'derivation' }),
  makeQuestion(m1, ['rag'], { text: 'RAG的召回怎么做', round: '1' }),
  makeQuestion(m1, ['rlhf-ppo'], { text: 'PPO和DPO的区别', round: '1' }),
  makeQuestion(a1, ['attention'], { text: '为什么除以根号d' }),
  makeQuestion(guide, ['rag'], { text: '多看RAG' }),
];
const inputs: PlanInputs = {
  companies: ['bytedance', 'meituan'],
  daysLeft: 2,
  hoursPerDay: 2,
  halfLifeDays: 180,
  today: '2025-06-01',
};

describe('building a plan', () => {
  const plan = buildPlan(posts, questions, inputs, NO_PROGRESS);

  it('ranks topics by score, asked at the targets first', () => {
    expect(plan.entries.map((entry) => entry.topic)).toEqual([
      'rlhf-ppo',
      'rl-basics',
      'rag',
      'model-coding',
      'attention',
    ]);
    expect(plan.entries.map((entry) => entry.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(plan.targetPosts).toBe(3);
    expect(plan.undatedPosts).toBe(1);
  });

  it('merges the two wordings of the PPO clip question and says where it was asked', () => {
    const ppo = plan.entries[0];
    expect(ppo?.typical.map((q) => [q.text, q.count])).toEqual([
      ['介绍一下PPO的clip', 2],
      ['PPO和DPO的区别', 1],
    ]);
    expect(ppo?.typical[0]?.rounds).toEqual(['2', '1']);
    expect(ppo?.companies).toEqual([
      { id: 'bytedance', count: 2 },
      { id: 'meituan', count: 1 },
    ]);
    expect(ppo?.companions).toEqual([{ topic: 'rl-basics', together: 2, share: 2 / 3 }]);
  });

  it('shows questions from every interview for a topic the targets never asked', () => {
    const attention = plan.entries.find((entry) => entry.topic === 'attention');
    expect(attention?.typicalScope).toBe('all');
    expect(attention?.typical.map((q) => q.text)).toEqual(['为什么除以根号d']);
    expect(plan.entries[0]?.typicalScope).toBe('targets');
  });

  it('estimates hours from the questions and fills the days in plan order', () => {
    // PPO: 0.5 + 2 concepts × 0.3 = 1.1 → 1.25 h; rl-basics: 0.5 + 2 derivations × 0.75 = 2 h;
    // rag: 0.5 + 0.3 → 1 h, of which 0.75 h fit on day 2.
    expect(plan.entries.slice(0, 3).map((entry) => entry.hours)).toEqual([1.25, 2, 1]);
    expect(plan.allocation.days.map((day) => day.chunks.map((c) => `${c.topic}:${c.hours}`))).toEqual([
      ['rlhf-ppo:1.25', 'rl-basics:0.75'],
      ['rl-basics:1.25', 'rag:0.75'],
    ]);
    expect(plan.allocation.unscheduled).toEqual([
      { topic: 'rag', hours: 0.25 },
      { topic: 'model-coding', hours: 1.5 },
      { topic: 'attention', hours: 1 },
    ]);
  });

  it('takes a mastered topic out of the days and raises coverage', () => {
    const progress: ProgressMarks = { topics: { 'rlhf-ppo': 'mastered' }, questions: {} };
    const after = buildPlan(posts, questions, inputs, progress);
    expect(after.mastered).toEqual(['rlhf-ppo']);
    expect(after.allocation.days[0]?.chunks[0]?.topic).toBe('rl-basics');
    // 3 of the 7 target questions ask PPO.
    expect(plan.coverage.share).toBe(0);
    expect(after.coverage.share).toBeCloseTo(3 / 7, 12);
  });

  it('gives the same plan for the same input, whatever the input order', () => {
    const again = buildPlan([...posts].reverse(), [...questions].reverse(), inputs, NO_PROGRESS);
    expect(again).toEqual(plan);
  });
});

describe('exporting a plan', () => {
  const progress: ProgressMarks = {
    topics: { rag: 'review' },
    questions: { 手撕mha: { status: 'mastered', text: '手撕MHA' } },
  };
  const plan = buildPlan(posts, questions, { ...inputs, daysLeft: 5 }, progress);

  it('lists the topics in plan order in Markdown, with score components and free days', () => {
    const markdown = planToMarkdown(plan, progress, ENGLISH_LABELS);
    const order = [...markdown.matchAll(/^\d+\. \*\*(.+?)\*\*/gm)].map((match) => match[1]);
    expect([...new Set(order)]).toEqual(plan.entries.map((entry) => entry.topic));
    expect(markdown).toContain('# Study plan');
    expect(markdown).toContain('Targets: bytedance, meituan · 5 days × 2 h/day · half-life 180 days · as of 2025-06-01');
    expect(markdown).toMatch(/score \d+\.\d = share \d+% \(n=3\) × rounds \d\.\d\d × guides \d\.\d\d/);
    expect(markdown).toContain('2. **rl-basics** (part 2/2) · 1.25 h');
    expect(markdown).toContain('   - 手撕MHA (×1; bytedance; 1) · Mastered');
    expect(markdown).toContain('**rag** (part 1/2) · 0.75 h · to review');
    expect(markdown).toContain('## Days 4–5: free for review');
  });

  it('writes one CSV row per topic in plan order, with its days and status', () => {
    const csv = planToCsv(plan, progress, ENGLISH_LABELS);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true });
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data.map((row) => row.topic_id)).toEqual(plan.entries.map((entry) => entry.topic));
    // 1.25 h, 2 h, 1 h, 0.5 h (its coding question is mastered) and 1 h over days of 2 h.
    expect(parsed.data.map((row) => row.days)).toEqual(['1', '1-2', '2-3', '3', '3']);
    expect(parsed.data.find((row) => row.topic_id === 'rag')?.status).toBe('review');
  });

  it('escapes Markdown in question text', () => {
    const post = makePost('p');
    const odd = buildPlan([post], [makeQuestion(post, ['x'], { text: 'a*b_c [d] #e' })], { ...inputs, companies: [] }, NO_PROGRESS);
    expect(planToMarkdown(odd, NO_PROGRESS, ENGLISH_LABELS)).toContain('a\\*b\\_c \\[d\\] \\#e');
  });
});

describe('exporting a plan that does not fit', () => {
  it('lists the rest of a partly scheduled topic under "did not fit", marked as the rest', () => {
    const plan = buildPlan(posts, questions, inputs, NO_PROGRESS);
    const markdown = planToMarkdown(plan, NO_PROGRESS, ENGLISH_LABELS);
    expect(markdown).toContain('## Did not fit in the days left\n\n3. rag (the rest) · 0.25 h\n4. model-coding · 1.5 h');
  });
});

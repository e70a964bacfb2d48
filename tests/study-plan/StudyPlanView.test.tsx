// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { StudyPlanView } from '../../src/app/views/StudyPlanView';
import { PROGRESS_KEY } from '../../src/app/study-plan/storage-keys';
import type { Post, Question } from '../../src/loader/types';
import { makePost, makeQuestion } from '../analysis/plan/make';

const b1 = makePost('b1', { company: 'bytedance', date: '2025-05-20' });
const b2 = makePost('b2', { company: 'bytedance' });
const m1 = makePost('m1', { company: 'meituan' });
const posts: Post[] = [b1, b2, m1];
const questions: Question[] = [
  makeQuestion(b1, ['rlhf-ppo'], { text: '介绍一下PPO的clip', round: '2' }),
  makeQuestion(b1, ['rl-basics'], { text: 'GAE是什么', kind: 'derivation' }),
  makeQuestion(b2, ['rlhf-ppo'], { text: '讲讲PPO中的clip' }),
  makeQuestion(b2, ['rl-basics'], { text: 'TD error的公式', kind: 'derivation' }),
  makeQuestion(m1, ['rag'], { text: 'RAG的召回怎么做' }),
];

function renderView(lang: 'zh' | 'en' = 'en') {
  const onSelect = vi.fn();
  const onOpenPost = vi.fn();
  const view = render(
    <StudyPlanView
      questions={questions}
      posts={posts}
      allQuestions={questions}
      allPosts={posts}
      lang={lang}
      active={undefined}
      onSelect={onSelect}
      onOpenPost={onOpenPost}
    />,
  );
  return { ...view, onSelect, onOpenPost };
}

const coverage = () => document.querySelector('[data-stat="coverage"]')?.textContent;
const rowOf = (topic: string) => document.querySelector<HTMLElement>(`[data-topic="${topic}"]`);
const masteredButton = (topic: string) =>
  rowOf(topic)?.querySelector<HTMLButtonElement>('[data-action="mark-mastered"]') ?? null;
const planOrder = () => [...document.querySelectorAll('[data-topic]')].map((row) => row.getAttribute('data-topic'));

describe('the study plan view', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('lists topics in plan order with a coverage of zero', () => {
    renderView();
    expect(document.querySelector('[data-view="study-plan"]')).not.toBeNull();
    expect(planOrder()).toEqual(['rlhf-ppo', 'rl-basics', 'rag']);
    expect(coverage()).toBe('0.0');
  });

  it('merges the two wordings of the PPO question and shows the count', () => {
    renderView();
    const ppo = rowOf('rlhf-ppo');
    expect(ppo?.querySelectorAll('[data-question]')).toHaveLength(1);
    expect(ppo?.textContent).toContain('介绍一下PPO的clip');
    expect(ppo?.textContent).toContain('×2');
  });

  it('scores against a chosen company, shrunk towards the overall rate', () => {
    renderView();
    const share = () => rowOf('rag')?.querySelector('[data-component="share"]')?.textContent;
    expect(share()).toMatch(/n=3/);
    fireEvent.click(document.querySelector('input[data-company="meituan"]') as HTMLInputElement);
    expect(screen.getByText(/Based on 1 interview post at Meituan/)).toBeTruthy();
    // Meituan's one post asks RAG: 1/1 raw, pulled towards the overall third by 4 pseudo-posts.
    expect(share()).toMatch(/n=1/);
    expect(rowOf('rag')?.querySelector('[data-component="share"]')?.getAttribute('title')).toMatch(/1\/1 posts · raw 100% → shrunk/);
  });

  it('keeps a mastered topic after a reload, and coverage moves', () => {
    const first = renderView();
    fireEvent.click(masteredButton('rlhf-ppo') as HTMLButtonElement);
    expect(masteredButton('rlhf-ppo')?.getAttribute('aria-pressed')).toBe('true');
    // 2 of the 5 questions ask PPO.
    expect(coverage()).toBe('40.0');
    first.unmount();

    renderView();
    expect(masteredButton('rlhf-ppo')?.getAttribute('aria-pressed')).toBe('true');
    expect(coverage()).toBe('40.0');
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}').topics).toEqual({ 'rlhf-ppo': 'mastered' });
  });

  it('marks a single question and counts it in coverage', () => {
    renderView();
    const button = rowOf('rag')?.querySelector<HTMLButtonElement>('[data-action="mark-question-mastered"]');
    fireEvent.click(button as HTMLButtonElement);
    expect(coverage()).toBe('20.0');
  });

  it('resets damaged stored progress with a message instead of crashing', () => {
    localStorage.setItem(PROGRESS_KEY, '{"format":"mianjing-radar/study-progress","version":1,"topics":{"rag":42}');
    renderView();
    expect(document.querySelector('[data-notice="corrupt-progress"]')?.textContent).toMatch(/reset/);
    expect(coverage()).toBe('0.0');
    expect(localStorage.getItem(`${PROGRESS_KEY}.corrupt`)).not.toBeNull();
  });

  it('imports progress from JSON and refuses a file of the wrong shape', async () => {
    renderView();
    const input = document.querySelector<HTMLInputElement>('input[data-input="import-plan-progress"]') as HTMLInputElement;
    const upload = async (text: string) => {
      await act(async () => {
        fireEvent.change(input, { target: { files: [new File([text], 'progress.json', { type: 'application/json' })] } });
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
    };
    await upload('{"topics": "all of them"}');
    expect(document.querySelector('[data-notice="import-failed"]')).not.toBeNull();
    expect(coverage()).toBe('0.0');

    await upload(JSON.stringify({ format: 'mianjing-radar/study-progress', version: 1, topics: { rag: 'mastered' }, questions: {} }));
    expect(document.querySelector('[data-notice="imported"]')).not.toBeNull();
    expect(coverage()).toBe('20.0');
  });

  it('speaks Chinese when asked', () => {
    renderView('zh');
    expect(screen.getByText('覆盖率')).toBeTruthy();
  });

  it('opens the source post of a typical question', () => {
    const { onOpenPost } = renderView();
    fireEvent.click(rowOf('rag')?.querySelector('[data-action="open-post"]') as HTMLButtonElement);
    expect(onOpenPost).toHaveBeenCalledWith('m1');
  });
});

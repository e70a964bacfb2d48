// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { QuestionsView } from '../../src/app/views/QuestionsView';
import { makePost, makeQuestion } from './fixtures';

afterEach(cleanup);

/** What people paste from the internet: markup and links that must stay words on the screen. */
const HOSTILE = [
  '<script>window.__pwned = 1</script> 讲讲 RoPE',
  '<img src=x onerror=alert(1)> 是什么',
  '[点这里](javascript:alert(1)) <a href="javascript:alert(2)">KV cache</a> 怎么省显存',
];

const hostileQuestions = HOSTILE.map((text, i) => makeQuestion({ id: `h${i}`, postId: 'hp', text }));
const hostilePost = makePost({ id: 'hp', title: '<script>alert("title")</script> 面经' });

function expectNoActiveMarkup(container: HTMLElement): void {
  expect(container.querySelector('script')).toBeNull();
  expect(container.querySelector('img')).toBeNull();
  expect(container.querySelector('a[href^="javascript:"]')).toBeNull();
  expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
}

describe('text from posts renders as text', () => {
  it('shows <script>, <img onerror> and javascript: links literally in the questions table', () => {
    const { container } = render(
      <QuestionsView
        questions={hostileQuestions}
        posts={[hostilePost]}
        lang="zh"
        active={undefined}
        onSelect={() => {}}
        onOpenPost={() => {}}
      />,
    );
    expectNoActiveMarkup(container);
    for (const text of HOSTILE) expect(container.textContent).toContain(text);
  });
});

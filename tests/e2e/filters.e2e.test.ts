/** Cross-filtering through the URL: a topic click narrows every view, and it all comes back. */
import { describe, expect, it } from 'vitest';
import { useApp, type AppSession } from './harness';

const app = useApp();
const topicMarks = '[data-view="topic-frequency"] [data-topic]';

async function clickFirstTopic(session: AppSession): Promise<string> {
  const mark = session.page.locator(topicMarks).first();
  await mark.waitFor();
  const topic = await mark.getAttribute('data-topic');
  await mark.click();
  return topic ?? '';
}

describe('cross-filtering', () => {
  it('narrows the questions with a topic click, puts it in the URL, and clear-filters restores', async () => {
    const session = await app.open('#/overview');
    const total = await session.stat('questions');
    const topic = await clickFirstTopic(session);
    await session.page.waitForFunction(() => window.location.hash.includes('topic='));
    expect(decodeURIComponent(new URL(session.page.url()).hash)).toContain(`topic=${topic}`);
    const filtered = await session.stat('questions');
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(total);
    expect(await session.page.locator('[data-filter-source]').count()).toBe(1);

    await session.page.click('[data-action="clear-filters"]');
    expect(await session.stat('questions')).toBe(total);
    // The URL follows the store when the page is idle, a moment after the views update.
    await session.page.waitForFunction(() => window.location.hash === '#/overview');
    expect(new URL(session.page.url()).hash).toBe('#/overview');
    expect(await session.page.locator('[data-filter-source]').count()).toBe(0);
    session.expectClean();
  });

  it('undoes a filter with the back button and restores it from a shared link', async () => {
    const session = await app.open('#/overview');
    const total = await session.stat('questions');
    await clickFirstTopic(session);
    await session.page.waitForFunction(() => window.location.hash.includes('topic='));
    const filtered = await session.stat('questions');
    const shared = new URL(session.page.url()).hash;

    await session.page.goBack();
    await session.page.waitForFunction(() => !window.location.hash.includes('topic='));
    expect(await session.stat('questions')).toBe(total);

    const other = await app.open(shared);
    expect(await other.stat('questions')).toBe(filtered);
    expect(await other.page.locator('[data-filter-source]').count()).toBe(1);
    session.expectClean();
    other.expectClean();
  });

  it('filters from the keyboard: a focused mark answers Enter', async () => {
    const session = await app.open('#/topic-frequency');
    const mark = session.page.locator(topicMarks).first();
    await mark.focus();
    await session.page.keyboard.press('Enter');
    await session.page.waitForFunction(() => window.location.hash.includes('topic='));
    session.expectClean();
  });

  it('filters the table with the search box, and the search lives in the URL', async () => {
    const session = await app.open('#/questions');
    const total = await session.stat('questions');
    await session.page.fill('[data-role="question-search"]', 'PPO');
    await session.page.waitForFunction(() => window.location.hash.includes('search=PPO'));
    const found = await session.stat('questions');
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(total);
    const texts = await session.page.locator('[data-view="questions"] [data-question-id]').allTextContents();
    for (const text of texts) expect(text.toLowerCase()).toContain('ppo');
    await session.page.click('[data-action="clear-filters"]');
    expect(await session.page.inputValue('[data-role="question-search"]')).toBe('');
    session.expectClean();
  });

  it('switches the interface language', async () => {
    const session = await app.open('#/overview');
    const nav = session.page.locator('[data-nav="questions"]');
    expect(await nav.textContent()).toBe('题目列表');
    await session.page.click('[data-action="toggle-language"]');
    expect(await nav.textContent()).toBe('Questions');
    expect(await session.page.getAttribute('html', 'lang')).toBe('en');
    await session.page.click('[data-action="toggle-language"]');
    expect(await nav.textContent()).toBe('题目列表');
    session.expectClean();
  });
});

/**
 * Every view renders on the seed data, under the strict CSP, with no console error and no request
 * leaving the machine; the run also writes the README's screenshot.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useApp } from './harness';

const app = useApp();
const screenshotPath = fileURLToPath(new URL('../../docs/screenshot.png', import.meta.url));

/** Marks are elements a click filters by; each carries what it stands for. */
const chartViews = {
  'topic-frequency': '[data-topic]',
  'round-distribution': '[data-round]',
  cooccurrence: '[data-topic]',
  'company-comparison': '[data-company]',
} as const;

describe('views on the seed data', () => {
  it('shows the overview numbers and the four charts on the overview page', async () => {
    const session = await app.open('#/overview');
    expect(await session.stat('posts')).toBeGreaterThan(0);
    expect(await session.stat('questions')).toBeGreaterThan(0);
    for (const [view, marks] of Object.entries(chartViews)) {
      await session.page.waitForSelector(`[data-view="${view}"] ${marks}`, { timeout: 15_000 });
    }
    session.expectClean();
  });

  it.each(Object.entries(chartViews))('renders marks for %s at its own address', async (view, marks) => {
    const session = await app.open(`#/${view}`);
    await session.page.waitForSelector(`[data-view="${view}"] ${marks}`, { timeout: 15_000 });
    expect(await session.page.locator(`[data-view="${view}"] ${marks}`).count()).toBeGreaterThan(0);
    expect(await session.page.locator('[data-view="overview"] [data-stat="questions"]').count()).toBe(1);
    session.expectClean();
  });

  it('lists every question in the questions view', async () => {
    const session = await app.open('#/questions');
    const rows = session.page.locator('[data-view="questions"] [data-question-id]');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    const count = await session.page.locator('[data-role="question-count"]').textContent();
    expect(count).toContain(String(await session.stat('questions')));
    session.expectClean();
  });

  it('opens the source post of a question with its questions in order', async () => {
    const session = await app.open('#/questions');
    const row = session.page.locator('[data-view="questions"] [data-question-id]').first();
    const questionId = await row.getAttribute('data-question-id');
    await row.click();
    const dialog = session.page.locator('[data-dialog="post"]');
    await dialog.waitFor();
    expect(await dialog.locator(`[data-question-id="${questionId}"]`).count()).toBe(1);
    await session.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    session.expectClean();
  });

  it('renders the study plan', async () => {
    const session = await app.open('#/study-plan');
    await session.page.waitForSelector('[data-view="study-plan"]');
    session.expectClean();
  });

  it('runs under a strict Content-Security-Policy without inline script or eval', async () => {
    const session = await app.open('#/overview');
    const policy = await session.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("worker-src 'self' blob:");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/u);
    // Without 'unsafe-eval' in script-src the browser refuses eval; DevTools' own evaluation is
    // exempt, so only the inline script can be probed from here.
    const inlineRan = await session.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true';
      document.head.append(script);
      return (window as unknown as Record<string, unknown>).inlineScriptRan === true;
    });
    expect(inlineRan).toBe(false);
    // The refusal is reported as a CSP error; nothing else may be.
    expect(session.consoleErrors.every((message) => message.includes('Content Security Policy'))).toBe(true);
    session.consoleErrors.length = 0;
    session.expectClean();
  });

  it('switches to the dark theme and back', async () => {
    const session = await app.open('#/overview');
    await session.page.click('[data-action="toggle-theme"]');
    expect(await session.page.getAttribute('html', 'data-theme')).toBe('dark');
    await session.reload();
    expect(await session.page.getAttribute('html', 'data-theme')).toBe('dark');
    await session.page.click('[data-action="toggle-theme"]');
    expect(await session.page.getAttribute('html', 'data-theme')).toBe('light');
    session.expectClean();
  });

  it('fits a laptop screen without scrolling sideways, and writes the README screenshot', async () => {
    const session = await app.open('#/overview');
    for (const [view, marks] of Object.entries(chartViews)) {
      await session.page.waitForSelector(`[data-view="${view}"] ${marks}`, { timeout: 15_000 });
    }
    const overflow = await session.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    mkdirSync(fileURLToPath(new URL('../../docs/', import.meta.url)), { recursive: true });
    await session.page.screenshot({ path: screenshotPath });
    session.expectClean();
  });
});

import { describe, expect, it } from 'vitest';
import { readDownload, useApp } from './harness';

const app = useApp();

/** Topic names in the order the page shows them (each topic's row appears once). */
async function shownTopicNames(page: import('playwright-core').Page): Promise<string[]> {
  return page.locator('[data-view="study-plan"] [data-topic] .sp-topic').allTextContents();
}

describe('the study plan in a browser', () => {
  it('keeps a mastered topic through a reload, moves coverage, and exports the plan in order', async () => {
    const session = await app.open('#/study-plan');
    const { page } = session;
    await page.waitForSelector('[data-view="study-plan"] [data-topic]');

    // Choose one company from the data (the first the plan offers).
    const company = page.locator('input[data-company]:not([data-company="all"])').first();
    const companyId = await company.getAttribute('data-company');
    await company.check();
    expect(await page.locator('input[data-company="all"]').isChecked()).toBe(false);

    const before = await session.stat('coverage');
    const topic = await page.locator('[data-view="study-plan"] [data-topic]').first().getAttribute('data-topic');
    expect(topic).toBeTruthy();
    const mastered = page.locator(`[data-topic="${topic}"] [data-action="mark-mastered"]`);
    await mastered.click();
    await expect.poll(() => mastered.getAttribute('aria-pressed')).toBe('true');
    const after = await session.stat('coverage');
    expect(after).toBeGreaterThan(before);

    await session.reload();
    await page.waitForSelector('[data-view="study-plan"] [data-topic]');
    expect(await page.locator(`input[data-company="${companyId}"]`).isChecked()).toBe(true);
    expect(await page.locator(`[data-topic="${topic}"] [data-action="mark-mastered"]`).getAttribute('aria-pressed')).toBe('true');
    expect(await session.stat('coverage')).toBe(after);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-view="study-plan"] [data-action="export-plan-markdown"]'),
    ]);
    const markdown = await readDownload(download);
    const scheduled = [...new Set([...markdown.matchAll(/^\d+\. \*\*(.+?)\*\*/gm)].map((match) => match[1]))];
    const shown = await shownTopicNames(page);
    // Unscheduled topics follow as plain numbered lines, mastered ones as bullets; both after the days.
    expect(shown.slice(0, scheduled.length)).toEqual(scheduled);
    expect(markdown).toMatch(new RegExp(`^- ${shown.at(-1)?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') ?? ''}$`, 'm'));
    session.expectClean();
  });

  it('prints the plan without the shell around it', async () => {
    const session = await app.open('#/study-plan');
    const { page } = session;
    await page.waitForSelector('[data-view="study-plan"] [data-topic]');
    const shown = (selector: string) => page.locator(selector).first().isVisible();
    expect(await shown('.top-bar')).toBe(true);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.top-bar', '.filter-bar', '.nav', '[data-view="overview"]']) {
      expect(await shown(selector), selector).toBe(false);
    }
    expect(await shown('[data-view="study-plan"]')).toBe(true);
    await page.goto(new URL('#/overview', page.url()).toString());
    await page.waitForSelector('[data-view="overview"]');
    expect(await shown('.top-bar'), 'other views print with their shell').toBe(true);
    session.expectClean();
  });

  it('resets damaged progress with a message and still shows the plan', async () => {
    const session = await app.open('#/study-plan');
    const { page } = session;
    await page.evaluate(() => localStorage.setItem('mianjing-radar.study-plan.progress', '{"version":1,"topics":'));
    await session.reload();
    await page.waitForSelector('[data-notice="corrupt-progress"]');
    expect(await page.locator('[data-view="study-plan"] [data-topic]').count()).toBeGreaterThan(0);
    expect(await session.stat('coverage')).toBe(0);
    session.expectClean();
  });
});

/**
 * The dashboard in headless Chromium with a large data set, through the same door a user takes:
 * the import panel's file input. Then, with the data set stored in the browser:
 *
 * - first render: reload, and time from navigation start to the first frame in which the app is
 *   ready, the overview counts every question and all four charts have marks. An init script
 *   also notes when the loading worker's result reached the page, which splits that time into
 *   loading (worker) and rendering (page);
 * - cross-filter latency: a click on a chart mark (or on "clear filters"), dispatched in the page,
 *   until the frame after the last DOM change it caused (no change for 300 ms);
 * - the page's JS heap after a full GC (Chrome's JSHeapUsedSize; the worker's heap is not in it).
 *
 * In-page code is plain JavaScript in strings: functions compiled by tsx carry helpers that do
 * not exist in the page.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { servePreview } from '../src/cli/preview-server';
import { median, percentile } from './stats';


export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface DashboardOptions {
  /** A production build (vite build) to serve. */
  distDir: string;
  /** Paths of the raw files to import. */
  files: string[];
  /** Questions the data set should show once loaded (seeds and imports). */
  expectedQuestions: number;
  renders: number;
  clicks: number;
  /** For each wait on the page (import, reload). */
  timeoutMs: number;
  log?: (line: string) => void;
}

export interface ClickTiming {
  target: string;
  ms: number;
  questionsShown: number;
}

export interface DashboardResult {
  questions: number;
  importMs: number;
  firstRenderMs: number[];
  /** Navigation start → the worker's result message, per render. */
  loadedMs: number[];
  /** The worker's result message → the complete first frame, per render. */
  renderMs: number[];
  clicks: ClickTiming[];
  heapMb: { afterRender: number; afterClicks: number };
  /** DOM elements under each chart after the first render (SVG marks included). */
  domNodes: Record<string, number>;
  filterP50: number;
  filterP95: number;
}

const CHARTS = ['topic-frequency', 'company-comparison', 'round-distribution', 'cooccurrence'];

const INIT_SCRIPT = `(() => {
  window.__bench = { resultAt: null, doneAt: null };
  const Native = window.Worker;
  if (!Native) return;
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => {
        const type = event.data && event.data.type;
        if ((type === 'result' || type === 'packed') && window.__bench.resultAt === null) window.__bench.resultAt = performance.now();
      });
    }
  };
})();`;

/** True once the whole overview shows `expected` questions; notes the time of that frame. */
const DONE = `(expected) => {
  if (!document.querySelector('[data-app-status="ready"]')) return false;
  const stat = document.querySelector('[data-stat="questions"]');
  const shown = stat ? Number((stat.textContent || '').replace(/[^0-9]/g, '')) : 0;
  if (shown < expected) return false;
  for (const view of ${JSON.stringify(CHARTS)}) {
    const el = document.querySelector('[data-view="' + view + '"]');
    if (!el || !el.querySelector('[data-topic],[data-company],[data-round],[data-area]')) return false;
  }
  if (window.__bench.doneAt === null) window.__bench.doneAt = performance.now();
  return true;
}`;

/**
 * Clicks one element and waits until the DOM has been quiet for 300 ms; returns the latency.
 * With `moves`, the element is a grid's cell mark (the co-occurrence matrix draws its cells as
 * paths and has one focusable cell): it is first moved to the start of its row (Home) and then
 * that many cells right with the arrow key, untimed, as a keyboard user would, so the clicks reach
 * different pairs.
 */
const CLICK = `async ({ selector, index, moves }) => {
  for (let m = 0; m <= (moves || 0) && moves; m++) {
    const cursor = document.querySelectorAll(selector)[index];
    if (!cursor) break;
    cursor.dispatchEvent(new KeyboardEvent('keydown', { key: m === 0 ? 'Home' : 'ArrowRight', bubbles: true, cancelable: true }));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
  if (moves) await new Promise((resolve) => setTimeout(resolve, 300));
  const el = document.querySelectorAll(selector)[index];
  if (!el) return { ok: false, ms: 0, shown: -1, changed: false };
  const stat = () => document.querySelector('[data-stat="questions"]');
  const before = stat() ? stat().textContent : '';
  let last = 0;
  const frames = [];
  const observer = new MutationObserver(() => {
    last = performance.now();
    requestAnimationFrame(() => frames.push(performance.now()));
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  const t0 = performance.now();
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
  await new Promise((resolve) => {
    const check = () => {
      const now = performance.now();
      if ((last === 0 && now - t0 > 1500) || (last > 0 && now - last > 300) || now - t0 > 20000) resolve();
      else setTimeout(check, 20);
    };
    setTimeout(check, 20);
  });
  observer.disconnect();
  const paint = frames.filter((f) => f >= last).sort((a, b) => a - b)[0];
  const after = stat() ? stat().textContent : '';
  return {
    ok: true,
    ms: last === 0 ? 0 : (paint === undefined ? last : paint) - t0,
    shown: Number((after || '').replace(/[^0-9]/g, '')),
    changed: after !== before,
  };
}`;

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  return used / 1048576;
}

async function shownQuestions(page: Page): Promise<number> {
  const text = await page.locator('[data-stat="questions"]').first().textContent();
  return Number((text ?? '').replace(/[^0-9]/g, ''));
}

interface ClickReply {
  ok: boolean;
  ms: number;
  shown: number;
  changed: boolean;
}

async function click(page: Page, selector: string, index: number, moves = 0): Promise<ClickReply> {
  return page.evaluate(`(${CLICK})(${JSON.stringify({ selector, index, moves })})`) as Promise<ClickReply>;
}

/** The co-occurrence matrix's one cell mark (its cells are paths), moved by the keyboard. */
const PAIR_CURSOR = '[data-view="cooccurrence"] [data-topic-b]';

/** Marks that filter, taken in turn from each chart. */
function candidates(): Array<{ selector: string; index: number; moves: number }> {
  const perView = [
    '[data-view="topic-frequency"] [data-topic]',
    '[data-view="company-comparison"] [data-company]',
    '[data-view="round-distribution"] [data-round]',
    PAIR_CURSOR,
    '[data-view="company-comparison"] [data-topic]',
    '[data-view="round-distribution"] [data-topic]',
  ];
  const out: Array<{ selector: string; index: number; moves: number }> = [];
  for (let index = 0; index < 8; index++) {
    for (const selector of perView) {
      // The n-th pair of the first row (right of its diagonal cell), as the n-th cell element was before.
      out.push(selector === PAIR_CURSOR ? { selector, index: 0, moves: index * 2 + 1 } : { selector, index: index * 2, moves: 0 });
    }
  }
  return out;
}

async function measureClicks(page: Page, wanted: number, total: number, log: (s: string) => void): Promise<ClickTiming[]> {
  const timings: ClickTiming[] = [];
  for (const target of candidates()) {
    if (timings.length >= wanted) break;
    const on = await click(page, target.selector, target.index, target.moves);
    if (!on.ok || !on.changed) {
      // Not a filtering mark (or it filtered to the same count): undo if anything changed.
      if (on.ok && (await shownQuestions(page)) !== total) await click(page, '[data-action="clear-filters"]', 0);
      continue;
    }
    const name = `${target.selector}#${target.moves > 0 ? `+${target.moves - 1}` : target.index}`;
    timings.push({ target: name, ms: on.ms, questionsShown: on.shown });
    const off = await click(page, '[data-action="clear-filters"]', 0);
    if (off.ok) timings.push({ target: 'clear-filters', ms: off.ms, questionsShown: off.shown });
    log(`  click ${name}: ${on.ms.toFixed(0)} ms (${on.shown} shown), clear: ${off.ms.toFixed(0)} ms`);
  }
  return timings.slice(0, wanted);
}

export async function benchDashboard(options: DashboardOptions): Promise<DashboardResult> {
  const log = options.log ?? (() => undefined);
  const { url, server } = await servePreview(options.distDir);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    // The app's CSP forbids eval; Playwright evaluates the string predicates below with it.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
    await context.route('**/*', (route) => {
      const target = new URL(route.request().url());
      return target.protocol === 'http:' && target.host !== new URL(url).host ? route.abort('blockedbyclient') : route.continue();
    });
    const page = await context.newPage();
    await page.addInitScript(INIT_SCRIPT);
    page.on('pageerror', (error) => log(`  page error: ${error.message}`));
    await page.goto(`${url}#/overview`);
    await page.waitForSelector('[data-app-status="ready"]', { timeout: options.timeoutMs });

    log(`  importing ${options.files.length} files through the import panel…`);
    const importStart = Date.now();
    await page.click('[data-action="open-import"]');
    await page.setInputFiles('[data-role="file-input"]', options.files);
    await page.waitForFunction(
      `(() => { const s = document.querySelector('[data-stat="questions"]'); return s && document.querySelector('[data-app-status="ready"]') && Number((s.textContent || '').replace(/[^0-9]/g, '')) >= ${Math.floor(options.expectedQuestions * 0.98)}; })()`,
      undefined,
      { timeout: options.timeoutMs, polling: 500 },
    );
    const importMs = Date.now() - importStart;
    await page.keyboard.press('Escape');
    const total = await shownQuestions(page);
    log(`  imported in ${(importMs / 1000).toFixed(1)} s: ${total} questions shown`);

    const firstRenderMs: number[] = [];
    const loadedMs: number[] = [];
    const renderMs: number[] = [];
    for (let r = 0; r < options.renders; r++) {
      await page.reload();
      await page.waitForFunction(`(${DONE})(${total})`, undefined, { polling: 'raf', timeout: options.timeoutMs });
      const marks = (await page.evaluate('window.__bench')) as { resultAt: number | null; doneAt: number };
      firstRenderMs.push(marks.doneAt);
      if (marks.resultAt !== null) {
        loadedMs.push(marks.resultAt);
        renderMs.push(marks.doneAt - marks.resultAt);
      }
      log(`  first render ${r + 1}: ${marks.doneAt.toFixed(0)} ms (worker result at ${marks.resultAt?.toFixed(0) ?? '?'} ms)`);
    }
    const afterRender = await heapMb(page);
    const domNodes = (await page.evaluate(
      `Object.fromEntries([...document.querySelectorAll('[data-view]')].map((v) => [v.getAttribute('data-view'), v.querySelectorAll('*').length]).concat([['document', document.querySelectorAll('*').length]]))`,
    )) as Record<string, number>;
    const clicks = await measureClicks(page, options.clicks, total, log);
    const afterClicks = await heapMb(page);
    const ms = clicks.map((c) => c.ms);
    return {
      questions: total,
      importMs,
      firstRenderMs,
      loadedMs,
      renderMs,
      clicks,
      heapMb: { afterRender, afterClicks },
      domNodes,
      filterP50: median(ms),
      filterP95: percentile(ms, 95),
    };
  } finally {
    await browser?.close();
    server.kill('SIGTERM');
  }
}

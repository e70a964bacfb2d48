/**
 * The shared e2e harness: one headless Debian chromium per test file, a fresh browser context per
 * `open()` (so IndexedDB starts empty), and a record of everything that would make a run dirty:
 * console errors, uncaught page errors, and any request that would leave the machine.
 *
 * Usage in a `*.e2e.test.ts` file (run by `npm run test:e2e`):
 *
 *     const app = useApp();
 *     it('…', async () => {
 *       const session = await app.open('#/questions');
 *       await session.page.click('[data-action="clear-filters"]');
 *       session.expectClean();
 *     });
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Download, type Page } from 'playwright-core';

/** Flags from /work/shared/stack-notes.md: no sandbox in containers, no background traffic. */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/** A laptop screen: the dashboard must fit one without horizontal scrolling. */
export const laptopViewport = { width: 1440, height: 900 };

export interface AppSession {
  page: Page;
  context: BrowserContext;
  /** Console messages of type `error` and uncaught exceptions, in order. */
  consoleErrors: string[];
  /** Every request whose host is not the local preview server (they are aborted, then listed). */
  externalRequests: string[];
  /** Navigates within the app (e.g. `#/questions?topic=rag`) and waits until data is loaded. */
  goto(hash: string): Promise<void>;
  /** Reloads the page and waits until data is loaded again. */
  reload(): Promise<void>;
  /** Waits until the data set is loaded and rendered (`data-app-status="ready"`). */
  waitForReady(): Promise<void>;
  /** Reads the number shown by `data-stat="NAME"` in the overview. */
  stat(name: string): Promise<number>;
  /** Asserts there were no console errors and no off-machine requests so far. */
  expectClean(): void;
}

export function appBaseUrl(): string {
  const baseUrl = inject('appBaseUrl');
  if (!baseUrl) {
    throw new Error('No app server: run e2e tests with `npm run test:e2e` (vitest.e2e.config.ts).');
  }
  return baseUrl;
}

function isLocal(url: string, baseUrl: string): boolean {
  const { protocol, host } = new URL(url);
  // blob: and data: URLs (downloads, chart images) never touch the network.
  if (protocol === 'blob:' || protocol === 'data:' || protocol === 'about:') return true;
  return host === new URL(baseUrl).host;
}

async function openSession(browser: Browser, hash: string): Promise<AppSession> {
  const baseUrl = appBaseUrl();
  const context = await browser.newContext({ viewport: laptopViewport, acceptDownloads: true });
  const consoleErrors: string[] = [];
  const externalRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocal(url, baseUrl)) {
      await route.continue();
    } else {
      externalRequests.push(url);
      await route.abort('blockedbyclient');
    }
  });
  // Service workers could bypass routing; the app has none, and this keeps it that way.
  context.on('request', (request) => {
    const url = request.url();
    if (!isLocal(url, baseUrl) && !externalRequests.includes(url)) externalRequests.push(url);
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));

  const waitForReady = async (): Promise<void> => {
    await page.waitForSelector('[data-app-status="ready"]', { timeout: 30_000 });
  };
  const session: AppSession = {
    page,
    context,
    consoleErrors,
    externalRequests,
    async goto(target: string) {
      await page.goto(new URL(target, baseUrl).toString());
      await waitForReady();
    },
    async reload() {
      await page.reload();
      await waitForReady();
    },
    waitForReady,
    async stat(name: string) {
      const text = await page.locator(`[data-stat="${name}"]`).first().textContent();
      return Number(text?.trim());
    },
    expectClean() {
      expect(consoleErrors, 'console errors').toEqual([]);
      expect(externalRequests, 'requests leaving the machine').toEqual([]);
    },
  };
  await session.goto(hash);
  return session;
}

/**
 * Registers one chromium for the calling test file; `open(hash)` starts a fresh session on the
 * served build. Sessions are closed with the browser after the file's tests.
 */
export function useApp(): { open(hash?: string): Promise<AppSession>; browser(): Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch(chromiumLaunchOptions);
  });
  afterAll(async () => {
    await browser?.close();
  });
  const requireBrowser = (): Browser => {
    if (!browser) throw new Error('useApp(): the browser starts in beforeAll; call open() inside a test');
    return browser;
  };
  return {
    open: (hash = '#/overview') => openSession(requireBrowser(), hash),
    browser: requireBrowser,
  };
}

/** Reads a finished download as UTF-8 text, BOM included. */
export async function readDownload(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, 'utf8');
}

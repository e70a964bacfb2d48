/**
 * Builds the app once for the whole e2e run and serves it with `vite preview`, so every e2e file
 * tests the same static build a user would deploy. The build goes to its own folder so a test run
 * never overwrites the `dist/` someone else is looking at.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:PORT/` of the served build. */
    appBaseUrl: string;
  }
}

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const viteBin = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
export const e2eOutDir = 'test-results/e2e-dist';

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within 30 s`);
}

function buildApp(): void {
  // NODE_ENV=production: vitest sets NODE_ENV=test, which would make vite bundle React's dev build.
  const result = spawnSync(process.execPath, [viteBin, 'build', '--outDir', e2eOutDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`vite build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildApp();
  const port = await findFreePort();
  const server = spawn(
    process.execPath,
    [viteBin, 'preview', '--outDir', e2eOutDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: projectRoot, env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const baseUrl = `http://127.0.0.1:${port}/`;
  await waitUntilServing(baseUrl, server);
  project.provide('appBaseUrl', baseUrl);
  return async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
  };
}

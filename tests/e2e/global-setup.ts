/**
 * Builds the app once for the whole e2e run and serves it with `vite preview`, so every e2e file
 * tests the same static build a user would deploy. The build goes to its own folder so a test run
 * never overwrites the `dist/` someone else is looking at.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { servePreview } from '../../src/cli/preview-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:PORT/` of the served build. */
    appBaseUrl: string;
  }
}

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const viteBin = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
export const e2eOutDir = 'test-results/e2e-dist';

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
  const { url: baseUrl, server } = await servePreview(e2eOutDir);
  project.provide('appBaseUrl', baseUrl);
  return async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
  };
}

/**
 * The test side of child.ts: one child process per test file, one request at a time, a deadline
 * per request. A request that runs past its deadline kills the child (the next request starts a
 * new one) and reports a timeout instead of hanging the suite.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Reply, Request } from './child';

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));

/** A request before it gets its id (Omit applied to each member of the union). */
export type Question = Request extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

export interface Outcome {
  timedOut: boolean;
  ok: boolean;
  exponent: number;
  ratio: number;
  detail: string;
}

export class TimingChild {
  private child: ChildProcess | undefined;
  private ready: Promise<void> | undefined;
  private nextId = 1;
  private readonly waiting = new Map<number, (reply: Reply) => void>();

  private start(): Promise<void> {
    const child = fork(CHILD, [], { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child = child;
    this.ready = new Promise((resolve, reject) => {
      child.once('error', reject);
      child.on('message', (raw: unknown) => {
        const reply = raw as Reply;
        if (reply.id === 0) resolve();
        this.waiting.get(reply.id)?.(reply);
        this.waiting.delete(reply.id);
      });
    });
    return this.ready;
  }

  async run(request: Question, deadlineMs: number): Promise<Outcome> {
    if (!this.child) await this.start();
    await this.ready;
    const id = this.nextId++;
    const child = this.child;
    return new Promise<Outcome>((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        child?.kill('SIGKILL');
        this.child = undefined;
        resolve({ timedOut: true, ok: false, exponent: Number.POSITIVE_INFINITY, ratio: Number.POSITIVE_INFINITY, detail: `no answer within ${deadlineMs} ms` });
      }, deadlineMs);
      this.waiting.set(id, (reply) => {
        clearTimeout(timer);
        resolve({ timedOut: false, ok: reply.ok, exponent: reply.exponent, ratio: reply.ratio, detail: reply.detail });
      });
      child?.send({ ...request, id } as Request);
    });
  }

  stop(): void {
    this.child?.kill();
    this.child = undefined;
  }
}

/** Linear with room for a noisy machine: an 8× input may take at most 8^1.5 ≈ 23× as long. */
export const MAX_EXPONENT = 1.5;

export function isLinear(outcome: Outcome): boolean {
  return outcome.ok && !outcome.timedOut && (Number.isNaN(outcome.exponent) || outcome.exponent <= MAX_EXPONENT);
}

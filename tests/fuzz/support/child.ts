/**
 * Runs timing cases in a separate process, so a pattern that never finishes can be stopped from
 * outside (a test thread blocked in a regex cannot time itself out). Started by harness.ts with
 * `node --import tsx`; answers one message per request.
 */
import { CASES } from './cases';
import { describeGrowth } from './growth';
import { rulePatterns, sweepPattern } from './regex-sweep';

export type Request = { id: number; kind: 'case'; name: string } | { id: number; kind: 'pattern'; label: string };
export interface Reply {
  id: number;
  ok: boolean;
  exponent: number;
  ratio: number;
  detail: string;
}

const send = (reply: Reply) => process.send?.(reply);

process.on('message', (raw: unknown) => {
  const request = raw as Request;
  void (async () => {
    try {
      if (request.kind === 'case') {
        const c = CASES.find((x) => x.name === request.name);
        if (!c) throw new Error(`no case ${request.name}`);
        const run = await c.load();
        const g = run({ start: c.start, max: c.max, collectFirst: true, ...(c.minMs === undefined ? {} : { minMs: c.minMs }) });
        send({ id: request.id, ok: true, exponent: g.exponent, ratio: g.ratio, detail: `${c.about}: ${describeGrowth(g)}` });
      } else {
        const p = (await rulePatterns()).find((x) => x.label === request.label);
        if (!p) throw new Error(`no pattern ${request.label}`);
        const { worst } = sweepPattern(p);
        send({
          id: request.id,
          ok: true,
          exponent: worst.exponent,
          ratio: worst.ratio,
          detail: `/${p.pattern.source}/ on ${worst.input}: ${describeGrowth(worst)}`,
        });
      }
    } catch (error) {
      send({ id: request.id, ok: false, exponent: Number.NaN, ratio: Number.NaN, detail: (error as Error).stack ?? String(error) });
    }
  })();
});
send({ id: 0, ok: true, exponent: 0, ratio: 0, detail: 'ready' });

/**
 * `npm run gen -- --posts N --seed S --out DIR [--mb M]`: writes a deterministic corpus of raw
 * interview posts (scraper logs, plain text, Markdown, CSV) for benchmarks and large-data tests.
 * The same arguments always write the same bytes. Files from an earlier run in DIR that this
 * run does not write again are removed, so DIR always holds exactly one corpus.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus, type GeneratedFile } from '../../bench/corpus';

interface Args {
  posts: number | undefined;
  megabytes: number | undefined;
  seed: number;
  out: string;
}

const USAGE = 'usage: npm run gen -- --posts N [--mb M] [--seed S] [--out DIR]';

/** Names the generator writes; only these are ever removed from DIR. */
const GENERATED_NAME = /^(?:\d{6,}_[0-9a-f]{1,8}\.(?:txt|md)|batch_\d{4,}_[0-9a-f]{1,8}\.csv)$/;

function parseArgs(argv: string[]): Args {
  const args: Args = { posts: undefined, megabytes: undefined, seed: 1, out: 'bench/corpus/gen' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=') ? arg.split('=', 2) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    const number = (v: string) => {
      const n = Number(v);
      if (!Number.isFinite(n) || n < 0) throw new Error(`${flag}: not a number: ${v}`);
      return n;
    };
    if (flag === '--posts') args.posts = Math.floor(number(value()));
    else if (flag === '--mb') args.megabytes = number(value());
    else if (flag === '--seed') args.seed = Math.floor(number(value()));
    else if (flag === '--out') args.out = value();
    else if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  if (args.posts === undefined && args.megabytes === undefined) args.posts = 100;
  return args;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  mkdirSync(args.out, { recursive: true });
  const written = new Set<string>();
  const totals = { files: 0, bytes: 0, posts: 0, questions: 0 };
  const byFormat = new Map<GeneratedFile['format'], number>();
  const corpus = generateCorpus({
    seed: args.seed,
    ...(args.posts !== undefined ? { posts: args.posts } : {}),
    ...(args.megabytes !== undefined ? { targetBytes: Math.round(args.megabytes * 1024 * 1024) } : {}),
  });
  for (const file of corpus) {
    writeFileSync(join(args.out, file.name), file.bytes);
    written.add(file.name);
    totals.files++;
    totals.bytes += file.bytes.length;
    totals.posts += file.posts;
    totals.questions += file.questions;
    byFormat.set(file.format, (byFormat.get(file.format) ?? 0) + 1);
  }
  for (const name of readdirSync(args.out)) {
    if (GENERATED_NAME.test(name) && !written.has(name)) rmSync(join(args.out, name));
  }
  const formats = [...byFormat].map(([f, n]) => `${n} ${f}`).join(', ');
  process.stdout.write(
    `${totals.files} files (${formats}), ${(totals.bytes / 1048576).toFixed(2)} MB, ${totals.posts} posts, ` +
      `~${totals.questions} question lines, seed ${args.seed} → ${args.out}\n`,
  );
}

try {
  main();
} catch (error) {
  process.stderr.write(`gen: ${(error as Error).message}\n`);
  process.exit(1);
}

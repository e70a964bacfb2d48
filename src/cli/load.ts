/**
 * `npm run load -- [PATH...] [--out DIR]`: raw posts → posts.csv, questions.csv, report.json.
 * Exit code 0 whenever it ran; non-zero only when it could not run at all, with one line why.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Loader, postsToCsv, questionsToCsv, reportToJson } from '../loader';

interface Args {
  paths: string[];
  out: string;
}

function parseArgs(argv: string[]): Args {
  const paths: string[] = [];
  let out = 'data/processed';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--out') {
      const value = argv[++i];
      if (!value) throw new Error('--out needs a folder');
      out = value;
    } else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write('usage: npm run load -- [PATH ...] [--out DIR]\n');
      process.exit(0);
    } else paths.push(arg);
  }
  return { paths: paths.length > 0 ? paths : ['data/raw'], out };
}

/** Files under each path, folders read recursively, in a stable order. */
function listFiles(paths: string[]): string[] {
  const files: string[] = [];
  const walk = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!name.startsWith('.')) walk(join(path, name));
    } else files.push(path);
  };
  for (const path of paths) {
    try {
      statSync(path);
    } catch {
      throw new Error(`${path}: no such file or folder`);
    }
    walk(path);
  }
  return files;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const files = listFiles(args.paths);
  const out = resolve(args.out);
  try {
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, '.write-test'), '');
  } catch {
    throw new Error(`${args.out}: cannot write to this folder`);
  }

  const loader = new Loader();
  const started = Date.now();
  let lastProgress = started;
  files.forEach((path, index) => {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(path));
    } catch (error) {
      process.stderr.write(`skipped ${path}: cannot read (${(error as Error).message})\n`);
      bytes = new Uint8Array();
    }
    const report = loader.add({ name: path, bytes });
    if (report.status !== 'loaded') process.stderr.write(`${report.status} ${report.reason}\n`);
    for (const warning of report.warnings) process.stderr.write(`warning ${warning}\n`);
    if (Date.now() - lastProgress > 1000) {
      lastProgress = Date.now();
      process.stderr.write(`… ${index + 1}/${files.length} files\n`);
    }
  });
  const { posts, questions, report } = loader.result();
  writeFileSync(join(out, 'posts.csv'), postsToCsv(posts));
  writeFileSync(join(out, 'questions.csv'), questionsToCsv(questions));
  writeFileSync(join(out, 'report.json'), reportToJson(report));
  const skipped = report.files.filter((f) => f.status === 'skipped').length;
  process.stderr.write(
    `${files.length} files, ${report.posts} posts, ${report.questions} questions, ${skipped} skipped, ` +
      `${report.duplicate_posts} duplicates, ${report.unclassified_questions} unclassified → ${args.out}\n`,
  );
}

try {
  main();
} catch (error) {
  process.stderr.write(`load: ${(error as Error).message}\n`);
  process.exit(1);
}

/**
 * The public API of src/loader/index.ts, pinned: the CLI (Node) and the dashboard's worker (the
 * browser) import exactly these names. A new export is a deliberate change to this list.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as loader from '../../src/loader';
import type {
  FileReport,
  InputFile,
  KindId,
  LineClass,
  LineCounts,
  LoadOptions,
  LoadReport,
  LoadResult,
  Post,
  PostKind,
  Question,
  RoundId,
} from '../../src/loader';
import { ROOT } from './support';

describe('src/loader/index.ts', () => {
  it('exports exactly loadFiles, Loader, decode, unwrap, segment, postsToCsv, questionsToCsv and reportToJson', () => {
    expect(Object.keys(loader).sort()).toEqual(
      ['LoadMemory', 'Loader', 'decode', 'loadFiles', 'postsToCsv', 'questionsToCsv', 'reportToJson', 'segment', 'unwrap'].sort(),
    );
    for (const name of Object.keys(loader)) expect(typeof loader[name as keyof typeof loader], name).toBe('function');
  });

  it('exports the domain types the CLI and the dashboard use', () => {
    const input: InputFile = { name: 'a.txt', bytes: new Uint8Array() };
    const options: LoadOptions = {};
    const result: LoadResult = loader.loadFiles([input], options);
    const report: LoadReport = result.report;
    const file: FileReport | undefined = report.files[0];
    const counts: LineCounts | undefined = file?.lines;
    const posts: Post[] = result.posts;
    const questions: Question[] = result.questions;
    const round: RoundId = 'unknown';
    const kind: KindId = 'concept';
    const postKind: PostKind = 'guide';
    const cls: LineClass = 'noise';
    expect([posts.length, questions.length, round, kind, postKind, cls, counts?.nonblank]).toEqual([0, 0, 'unknown', 'concept', 'guide', 'noise', 0]);
  });

  it('returns an empty result with a report of the contract’s shape for no files', () => {
    expect(loader.loadFiles([])).toEqual({
      posts: [],
      questions: [],
      report: { files: [], posts: 0, questions: 0, duplicate_posts: 0, unclassified_questions: 0 },
    });
  });

  it('lets a Loader take files one at a time and report each as it goes', () => {
    const one = new loader.Loader();
    const report = one.add({ name: 'x.txt', bytes: new TextEncoder().encode('美团 一面\n1. 自我介绍\n2. 讲讲 LoRA') });
    expect(report.status).toBe('loaded');
    expect(one.result().questions).toHaveLength(2);
  });

  it('writes posts.csv and questions.csv with the contract’s columns first, in order', () => {
    const result = loader.loadFiles([{ name: 'x.txt', bytes: new TextEncoder().encode('美团 一面\n1. 自我介绍') }]);
    expect(loader.postsToCsv(result.posts).split('\n')[0]?.split(',').slice(0, 10)).toEqual([
      'post_id', 'source', 'title', 'post_kind', 'company', 'team', 'role', 'date', 'rounds', 'question_count',
    ]);
    expect(loader.questionsToCsv(result.questions).split('\n')[0]?.split(',').slice(0, 13)).toEqual([
      'question_id', 'post_id', 'source', 'post_kind', 'company', 'round', 'seq', 'text', 'kind', 'topics', 'areas', 'leetcode', 'evidence',
    ]);
    expect(loader.postsToCsv([]).split('\n')[0]).toMatch(/^post_id,source,title/);
    expect(loader.questionsToCsv([]).split('\n')[0]).toMatch(/^question_id,post_id,source/);
  });

  it('imports nothing from node: or the DOM inside src/loader, so the browser can run it', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.ts')) files.push(path);
      }
    };
    walk(join(ROOT, 'src', 'loader'));
    const offenders = files.filter((path) => /from ['"](?:node:|fs['"]|path['"])|\bdocument\.|\bwindow\./.test(readFileSync(path, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

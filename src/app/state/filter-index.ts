/**
 * Cross-filtering over 100,000 questions as passes over typed arrays. One index per data set,
 * built field by field the first time a clause needs it: for every topic (with its contract
 * parent), area, company, round, kind and post kind, the rows of the questions that have it (an
 * inverted index). A clause becomes a mask of rows (a byte a row), computed once and cached by the
 * clause's content; a view's rows are the AND of every mask but its own, cached by the clauses
 * behind them, so a view whose inputs did not change gets the very same arrays back and its
 * memoised charts skip their work.
 */
import type { Post, Question, TopicId } from '../../loader/types';
import type { FilterClause, FilterField, ViewName } from './types';

export interface ClauseContext {
  /** Maps a finer topic to its contract parent, so a `topic=rl` clause also keeps `ppo` rows. */
  rollUp?: (topic: TopicId) => TopicId;
}

/** The rows one view sees, and the posts they belong to. Shared between callers: read only. */
export interface ViewData {
  questions: Question[];
  posts: Post[];
}

/** Free-text terms: whitespace separates terms, each must occur (case-insensitively). */
export function searchTerms(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/u)
    .filter((term) => term.length > 0);
}

/** True when the clause would filter rows (a search of blanks, or no values, would not). */
export function isActiveClause(clause: FilterClause): boolean {
  return clause.field === 'search' ? clause.values.flatMap(searchTerms).length > 0 : clause.values.length > 0;
}

/** True when some clause other than `except`'s would filter rows. */
export function hasActiveClauses(clauses: readonly FilterClause[], except?: ViewName): boolean {
  return clauses.some((clause) => clause.source !== except && isActiveClause(clause));
}

type CategoricalField = Exclude<FilterField, 'topicPair' | 'search'>;
/** Rows (ascending) of the questions that carry each value of a field. */
type Postings = ReadonlyMap<string, Uint32Array>;

/** The rows some clauses keep: their numbers, their questions, and (once asked) their posts. */
interface Filtered {
  readonly rows: Uint32Array;
  readonly questions: Question[];
  posts: { from: readonly Post[]; posts: Post[] } | undefined;
}

const EMPTY_ROWS = new Uint32Array(0);
/** The fields charts filter by, most clicked first. */
const PREPARED_FIELDS: readonly CategoricalField[] = ['topic', 'company', 'round', 'area'];
/**
 * Entries kept: filtered rows for every shown view's inputs and a few steps of the back button
 * (each can hold 100,000 rows), and the clause masks behind them (a byte a question).
 */
const ROWS_CACHE_SIZE = 16;
const MASK_CACHE_SIZE = 48;

/** A Map that forgets its oldest entries beyond `size`. */
function remember<K, V>(cache: Map<K, V>, size: number, key: K, value: V): V {
  cache.set(key, value);
  if (cache.size > size) {
    const oldest = cache.keys().next();
    if (oldest.done !== true) cache.delete(oldest.value);
  }
  return value;
}

/** What makes two clauses filter alike: not their source, only field, scope and values. */
function clauseKey(clause: FilterClause): string {
  return `${clause.field}\u0001${clause.scope ?? ''}\u0001${clause.values.join('\u0002')}`;
}

export class FilterIndex {
  readonly n: number;
  private readonly rollUp: (topic: TopicId) => TopicId;
  private readonly postings = new Map<CategoricalField, Postings>();
  private readonly masks = new Map<string, Uint8Array | undefined>();
  private readonly cache = new Map<string, Filtered>();
  private posts: { of: Int32Array; count: number; codeOf: Map<string, number> } | undefined;
  private lowerTexts: string[] | undefined;

  constructor(
    readonly questions: readonly Question[],
    context: ClauseContext = {},
  ) {
    this.n = questions.length;
    const rollUp = context.rollUp;
    if (rollUp === undefined) {
      this.rollUp = (topic) => topic;
    } else {
      const parents = new Map<TopicId, TopicId>();
      this.rollUp = (topic) => {
        let parent = parents.get(topic);
        if (parent === undefined) {
          parent = rollUp(topic);
          parents.set(topic, parent);
        }
        return parent;
      };
    }
  }

  /**
   * The questions under every clause except `except`'s, in data-set order. The same clauses
   * (by content) give back the same array; with no clause that filters, the data set itself.
   */
  rows(clauses: readonly FilterClause[], except?: ViewName): Question[] {
    return this.filtered(clauses, except)?.questions ?? (this.questions as Question[]);
  }

  /**
   * The questions and posts one view sees. Unfiltered, every post (posts without questions count
   * too); filtered, only the posts that still have a question.
   */
  viewData(allPosts: readonly Post[], clauses: readonly FilterClause[], except?: ViewName): ViewData {
    const filtered = this.filtered(clauses, except);
    if (filtered === undefined) return { questions: this.questions as Question[], posts: allPosts as Post[] };
    if (filtered.posts?.from !== allPosts) {
      const { of, count, codeOf } = this.postCodes();
      const kept = new Uint8Array(count);
      for (const row of filtered.rows) kept[of[row]!] = 1;
      const posts = allPosts.filter((post) => {
        const code = codeOf.get(post.id);
        return code !== undefined && kept[code] === 1;
      });
      filtered.posts = { from: allPosts, posts };
    }
    return { questions: filtered.questions, posts: filtered.posts.posts };
  }

  /** Rows under the clauses but `except`'s, cached by what the clauses keep; undefined: all. */
  private filtered(clauses: readonly FilterClause[], except?: ViewName): Filtered | undefined {
    const masks: Uint8Array[] = [];
    const keys: string[] = [];
    for (const clause of clauses) {
      if (clause.source === except) continue;
      const mask = this.maskOf(clause);
      if (mask === undefined) continue;
      masks.push(mask);
      keys.push(clauseKey(clause));
    }
    if (masks.length === 0) return undefined;
    const key = keys.sort().join('\u0003');
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const { n } = this;
    let all = masks[0]!;
    if (masks.length > 1) {
      all = all.slice();
      for (const mask of masks.slice(1)) for (let i = 0; i < n; i += 1) all[i]! &= mask[i]!;
    }
    let count = 0;
    for (let i = 0; i < n; i += 1) count += all[i]!;
    const rows = new Uint32Array(count);
    const questions: Question[] = [];
    for (let i = 0, at = 0; i < n; i += 1) {
      if (all[i] === 1) {
        rows[at] = i;
        at += 1;
        questions.push(this.questions[i]!);
      }
    }
    return remember(this.cache, ROWS_CACHE_SIZE, key, { rows, questions, posts: undefined });
  }

  /**
   * Builds the lists a click is likely to need, one field per call: call it while the page is
   * idle so the first click does not pay for them. False when there is nothing left to build.
   */
  prepareNext(): boolean {
    if (this.posts === undefined) {
      this.postCodes();
      return true;
    }
    const field = PREPARED_FIELDS.find((candidate) => !this.postings.has(candidate));
    if (field === undefined) return false;
    this.postingsOf(field);
    return true;
  }

  /** A mask of the rows a clause keeps; undefined when the clause keeps everything. */
  maskOf(clause: FilterClause): Uint8Array | undefined {
    const key = clauseKey(clause);
    if (this.masks.has(key)) return this.masks.get(key);
    return remember(this.masks, MASK_CACHE_SIZE, key, this.computeMask(clause));
  }

  private computeMask(clause: FilterClause): Uint8Array | undefined {
    const values = [...new Set(clause.values)];
    if (values.length === 0) return undefined;
    switch (clause.field) {
      case 'topic':
      case 'area':
      case 'company':
      case 'round':
      case 'kind':
      case 'postKind': {
        const postings = this.postingsOf(clause.field);
        const mask = new Uint8Array(this.n);
        for (const value of values) for (const row of postings.get(value) ?? EMPTY_ROWS) mask[row] = 1;
        return mask;
      }
      case 'topicPair':
        return clause.scope === 'post' ? this.postPairMask(values) : this.questionPairMask(values);
      case 'search': {
        const terms = clause.values.flatMap(searchTerms);
        if (terms.length === 0) return undefined;
        const texts = this.lowerCaseTexts();
        const mask = new Uint8Array(this.n);
        for (let i = 0; i < this.n; i += 1) {
          const text = texts[i]!;
          let every = true;
          for (const term of terms) {
            if (!text.includes(term)) {
              every = false;
              break;
            }
          }
          if (every) mask[i] = 1;
        }
        return mask;
      }
    }
  }

  /** Questions that carry every topic (with parents). */
  private questionPairMask(topics: readonly TopicId[]): Uint8Array {
    const postings = this.postingsOf('topic');
    const hits = new Uint8Array(this.n);
    const mask = new Uint8Array(this.n);
    for (const topic of topics) for (const row of postings.get(topic) ?? EMPTY_ROWS) hits[row]! += 1;
    for (let i = 0; i < this.n; i += 1) if (hits[i] === topics.length) mask[i] = 1;
    return mask;
  }

  /** Every question of the posts whose questions, together, carry every topic. */
  private postPairMask(topics: readonly TopicId[]): Uint8Array {
    const postings = this.postingsOf('topic');
    const { of, count } = this.postCodes();
    const hits = new Uint8Array(count);
    const stamp = new Int32Array(count).fill(-1);
    topics.forEach((topic, t) => {
      for (const row of postings.get(topic) ?? EMPTY_ROWS) {
        const p = of[row]!;
        if (stamp[p] !== t) {
          stamp[p] = t;
          hits[p]! += 1;
        }
      }
    });
    const mask = new Uint8Array(this.n);
    for (let i = 0; i < this.n; i += 1) if (hits[of[i]!] === topics.length) mask[i] = 1;
    return mask;
  }

  private postingsOf(field: CategoricalField): Postings {
    let postings = this.postings.get(field);
    if (postings === undefined) {
      postings = this.buildPostings(field);
      this.postings.set(field, postings);
    }
    return postings;
  }

  /** One pass: rows per value, a row listed once per value even when a question repeats it. */
  private buildPostings(field: CategoricalField): Postings {
    const lists = new Map<string, number[]>();
    let row = 0;
    const add = (value: string): void => {
      let list = lists.get(value);
      if (list === undefined) {
        list = [];
        lists.set(value, list);
      }
      if (list[list.length - 1] !== row) list.push(row);
    };
    const { questions, n, rollUp } = this;
    for (row = 0; row < n; row += 1) {
      const question = questions[row]!;
      switch (field) {
        case 'topic':
          for (const topic of question.topics) {
            add(topic);
            add(rollUp(topic));
          }
          break;
        case 'area':
          for (const area of question.areas) add(area);
          break;
        default:
          add(question[field]);
      }
    }
    const postings = new Map<string, Uint32Array>();
    for (const [value, list] of lists) postings.set(value, Uint32Array.from(list));
    return postings;
  }

  private postCodes(): { of: Int32Array; count: number; codeOf: Map<string, number> } {
    if (this.posts === undefined) {
      const codeOf = new Map<string, number>();
      const of = new Int32Array(this.n);
      for (let i = 0; i < this.n; i += 1) {
        const id = this.questions[i]!.postId;
        let code = codeOf.get(id);
        if (code === undefined) {
          code = codeOf.size;
          codeOf.set(id, code);
        }
        of[i] = code;
      }
      this.posts = { of, count: codeOf.size, codeOf };
    }
    return this.posts;
  }

  private lowerCaseTexts(): string[] {
    this.lowerTexts ??= this.questions.map((question) => question.text.toLowerCase());
    return this.lowerTexts;
  }
}

const indexes = new WeakMap<readonly Question[], Map<ClauseContext['rollUp'], FilterIndex>>();

/** The index of a data set (its questions array), built once per array and roll-up. */
export function filterIndexOf(questions: readonly Question[], context: ClauseContext = {}): FilterIndex {
  let byRollUp = indexes.get(questions);
  if (byRollUp === undefined) {
    byRollUp = new Map();
    indexes.set(questions, byRollUp);
  }
  let index = byRollUp.get(context.rollUp);
  if (index === undefined) {
    index = new FilterIndex(questions, context);
    byRollUp.set(context.rollUp, index);
  }
  return index;
}

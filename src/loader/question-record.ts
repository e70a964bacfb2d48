/**
 * A loaded question as the loader keeps it: its own text, line and place, and two pointers to
 * what it shares with others: its post (id, source, kind, company) and its labels (round, kind,
 * topics, areas, LeetCode numbers, evidence). A plain object with fourteen fields costs some 140
 * bytes before its id and text; this one half of that, so a hundred thousand questions stay
 * within issue #6's memory target. Its id is worked out when asked for.
 *
 * It reads like any Question (`q.topics`, `q.id`) and serialises like one (`toJSON`); it is
 * read-only: the loader finishes a question before it becomes a record.
 */
import type { AreaId, CompanyId, KindId, PostKind, Question, RoundId, TopicEvidence, TopicId } from './types';

/** What every question of a post has in common. */
export interface PostFacts {
  readonly postId: string;
  readonly source: string;
  readonly postKind: PostKind;
  readonly company: CompanyId;
}

/** What many questions share: one object per distinct combination (SharedLabels). */
export interface QuestionLabels {
  readonly round: RoundId;
  readonly kind: KindId;
  readonly topics: TopicId[];
  readonly areas: AreaId[];
  readonly leetcode: number[];
  readonly evidence: TopicEvidence[];
}

/** `<post id>-<position in the post, three digits>`, as post.ts numbers questions. */
export function questionId(postId: string, position: number): string {
  return [postId, String(position).padStart(3, '0')].join('-');
}

export class QuestionRecord implements Question {
  readonly #post: PostFacts;
  readonly #labels: QuestionLabels;
  /** 1-based position in the post, for the id. */
  readonly #position: number;

  constructor(
    readonly text: string,
    readonly seq: number,
    readonly line: number,
    position: number,
    post: PostFacts,
    labels: QuestionLabels,
  ) {
    this.#position = position;
    this.#post = post;
    this.#labels = labels;
  }

  get id(): string {
    return questionId(this.#post.postId, this.#position);
  }
  get postId(): string {
    return this.#post.postId;
  }
  get source(): string {
    return this.#post.source;
  }
  get postKind(): PostKind {
    return this.#post.postKind;
  }
  get company(): CompanyId {
    return this.#post.company;
  }
  get round(): RoundId {
    return this.#labels.round;
  }
  get kind(): KindId {
    return this.#labels.kind;
  }
  get topics(): TopicId[] {
    return this.#labels.topics;
  }
  get areas(): AreaId[] {
    return this.#labels.areas;
  }
  get leetcode(): number[] {
    return this.#labels.leetcode;
  }
  get evidence(): TopicEvidence[] {
    return this.#labels.evidence;
  }

  /** The plain Question, fields in the order of the Question type. */
  toJSON(): Question {
    return {
      id: this.id,
      postId: this.postId,
      source: this.source,
      postKind: this.postKind,
      company: this.company,
      round: this.round,
      seq: this.seq,
      text: this.text,
      kind: this.kind,
      topics: this.topics,
      areas: this.areas,
      leetcode: this.leetcode,
      evidence: this.evidence,
      line: this.line,
    };
  }
}

/** The question as a plain object, for what copies objects field by field (structured clone). */
export function plainQuestion(question: Question): Question {
  return question instanceof QuestionRecord ? question.toJSON() : question;
}

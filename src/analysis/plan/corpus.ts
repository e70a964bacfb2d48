/**
 * The data set arranged once for every plan computation: interviews and guides apart, each
 * post's questions and rolled-up topics at hand.
 */
import type { CompanyId, Post, Question, TopicId } from '../../loader/types';
import { keepTopic, topicsOf, type RollUp } from './topics';

export interface PlanCorpus {
  interviews: Post[];
  guides: Post[];
  questionsByPost: Map<string, Question[]>;
  /** Rolled-up topics asked anywhere in a post. */
  topicsByPost: Map<string, Set<TopicId>>;
  /** Rolled-up topics of each question (by question id), most relevant first. */
  topicsByQuestion: Map<string, TopicId[]>;
  rollUp: RollUp;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const inPostOrder = (a: Question, b: Question) => a.line - b.line || a.seq - b.seq || byId(a, b);

/**
 * Posts by id and questions in the order they were written, whatever order they came in:
 * floating-point sums and near-duplicate representatives then never depend on input order.
 */
export function buildCorpus(unorderedPosts: Post[], questions: Question[], rollUp: RollUp = keepTopic): PlanCorpus {
  const posts = [...unorderedPosts].sort(byId);
  const questionsByPost = new Map<string, Question[]>();
  const topicsByPost = new Map<string, Set<TopicId>>();
  const topicsByQuestion = new Map<string, TopicId[]>();
  for (const post of posts) {
    questionsByPost.set(post.id, []);
    topicsByPost.set(post.id, new Set());
  }
  for (const question of questions) {
    // A question whose post is missing cannot be dated or placed at a company: leave it out.
    const list = questionsByPost.get(question.postId);
    const topics = topicsByPost.get(question.postId);
    if (!list || !topics) continue;
    list.push(question);
    const rolled = topicsOf(question, rollUp);
    topicsByQuestion.set(question.id, rolled);
    for (const topic of rolled) topics.add(topic);
  }
  for (const list of questionsByPost.values()) list.sort(inPostOrder);
  return {
    interviews: posts.filter((post) => post.kind === 'interview'),
    guides: posts.filter((post) => post.kind === 'guide'),
    questionsByPost,
    topicsByPost,
    topicsByQuestion,
    rollUp,
  };
}

/** Interview posts at the target companies; no targets means every interview. */
export function targetInterviews(corpus: PlanCorpus, companies: CompanyId[]): Post[] {
  if (companies.length === 0) return corpus.interviews;
  const wanted = new Set(companies);
  return corpus.interviews.filter((post) => wanted.has(post.company));
}

/** The questions of some posts, in post order then question order. */
export function questionsOfPosts(corpus: PlanCorpus, posts: Post[]): Question[] {
  return posts.flatMap((post) => corpus.questionsByPost.get(post.id) ?? []);
}

/** Rolled-up topics of a question of the corpus (none for a question it does not hold). */
export function topicsOfQuestion(corpus: PlanCorpus, questionId: string): TopicId[] {
  return corpus.topicsByQuestion.get(questionId) ?? [];
}

/** Hand-made posts and questions for the plan tests: only the fields a test cares about. */
import type { Post, Question } from '../../../src/loader/types';

export function makePost(id: string, overrides: Partial<Post> = {}): Post {
  return {
    id,
    source: `${id}.txt`,
    title: id,
    kind: 'interview',
    company: 'unknown',
    team: '',
    role: '',
    date: '',
    rounds: ['unknown'],
    questionCount: 0,
    ...overrides,
  };
}

let counter = 0;

export function makeQuestion(post: Post, topics: string[], overrides: Partial<Question> = {}): Question {
  counter += 1;
  return {
    id: `${post.id}-q${counter}`,
    postId: post.id,
    source: post.source,
    postKind: post.kind,
    company: post.company,
    round: 'unknown',
    seq: 1,
    text: `${topics.join(' ')} question ${counter}`,
    kind: 'concept',
    topics,
    areas: [],
    leetcode: [],
    evidence: [],
    line: 1,
    ...overrides,
  };
}

/** One post asking one question per topic listed. */
export function postAsking(id: string, topics: string[], overrides: Partial<Post> = {}) {
  const post = makePost(id, overrides);
  return { post, questions: topics.map((topic) => makeQuestion(post, [topic])) };
}

export function flatten(parts: { post: Post; questions: Question[] }[]) {
  return { posts: parts.map((p) => p.post), questions: parts.flatMap((p) => p.questions) };
}

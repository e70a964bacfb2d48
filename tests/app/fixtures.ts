/** Small hand-made posts and questions for the shell's unit tests. */
import type { Post, Question } from '../../src/loader/types';

export function makeQuestion(overrides: Partial<Question> & Pick<Question, 'id'>): Question {
  return {
    postId: 'p1',
    source: 'a.txt',
    postKind: 'interview',
    company: 'bytedance',
    round: '1',
    seq: 1,
    text: '介绍一下 PPO',
    kind: 'concept',
    topics: [],
    areas: [],
    leetcode: [],
    evidence: [],
    line: 1,
    ...overrides,
  };
}

export function makePost(overrides: Partial<Post> & Pick<Post, 'id'>): Post {
  return {
    source: 'a.txt',
    title: '字节一面',
    kind: 'interview',
    company: 'bytedance',
    team: '',
    role: '',
    date: '',
    rounds: ['1'],
    questionCount: 0,
    ...overrides,
  };
}

/** Two posts: a ByteDance interview about RL, an Alibaba one about RAG with a coding round. */
export const posts: Post[] = [
  makePost({ id: 'p1', source: 'a.txt', company: 'bytedance', date: '2025-03-01', rounds: ['1', '2'], questionCount: 3 }),
  makePost({ id: 'p2', source: 'b.txt', company: 'alibaba', date: '2025-05-20', rounds: ['1'], questionCount: 2 }),
  makePost({ id: 'p3', source: 'c.txt', company: 'unknown', kind: 'guide', date: '', rounds: ['unknown'], questionCount: 0 }),
];

export const questions: Question[] = [
  makeQuestion({
    id: 'q1',
    postId: 'p1',
    text: '介绍一下 PPO，clip 怎么起作用？',
    topics: ['ppo'],
    areas: ['alignment'],
    evidence: [{ topic: 'ppo', terms: ['PPO', 'clip'] }],
    line: 3,
  }),
  makeQuestion({
    id: 'q2',
    postId: 'p1',
    seq: 2,
    text: 'GAE 的含义',
    topics: ['rl'],
    areas: ['alignment'],
    evidence: [{ topic: 'rl', terms: ['GAE', 'context:neighbours'] }],
    line: 4,
  }),
  makeQuestion({ id: 'q3', postId: 'p1', round: '2', seq: 1, text: '手撕 attention', kind: 'coding', topics: ['attention'], areas: ['architecture'], line: 8 }),
  makeQuestion({ id: 'q4', postId: 'p2', source: 'b.txt', company: 'alibaba', text: 'RAG 怎么做召回', topics: ['rag'], areas: ['applications'], line: 2 }),
  makeQuestion({ id: 'q5', postId: 'p2', source: 'b.txt', company: 'alibaba', seq: 2, text: '聊聊实习经历', kind: 'project', line: 3 }),
];

/** `ppo` is a finer topic under the contract topic `rl`. */
export const rollUp = (topic: string): string => (topic === 'ppo' ? 'rl' : topic);

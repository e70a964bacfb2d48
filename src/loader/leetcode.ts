/**
 * Stage 5b: LeetCode numbers of a question, from explicit markers (`lc 46`, `LeetCode 3`,
 * `力扣 15`, `56.合并区间`, `lc54.`) and from problem titles alone (n皇后 → 51), using the table in
 * data/leetcode.json. One combined pattern of every title is built once.
 */
import table from '../../data/leetcode.json';
import { AhoCorasick } from './classify/aho-corasick';
import { foldForMatching } from './text';

interface Problem {
  id: number;
  zh: string;
  en: string;
  aliases: string[];
}

const PROBLEMS: Problem[] = table.problems;

/** Lower case, full width folded, no white space: how titles and texts are compared. */
const fold = foldForMatching;

const idByName = new Map<string, number>();
for (const problem of PROBLEMS) {
  for (const name of [problem.zh, problem.en, ...problem.aliases]) {
    const key = fold(name);
    if (key.length >= 2 && !idByName.has(key)) idByName.set(key, problem.id);
  }
}
const titleById = new Map(PROBLEMS.map((p) => [p.id, fold(p.zh)]));

const NAMES = [...idByName.keys()];
const TITLES = new AhoCorasick(NAMES);

/** The longest title at each place, left to right, without overlaps (最长有效括号, not 有效括号). */
function titlesIn(folded: string): Array<{ name: string; at: number }> {
  const matches = TITLES.findAll(folded).sort((a, b) => a.start - b.start || b.end - a.end);
  const picked: Array<{ name: string; at: number }> = [];
  let cursor = 0;
  for (const match of matches) {
    if (match.start < cursor) continue;
    picked.push({ name: NAMES[match.pattern] ?? '', at: match.start });
    cursor = match.end;
  }
  return picked;
}

const EXPLICIT = /(?:leetcode|lc|力扣|leecode|leetcod)\s*[-#.:：第]?\s*(\d{1,4})(?!\d)/gi;
const NUMBER_BEFORE_TITLE = /(?<![\d.])(\d{1,4})\s*[.、．]\s*(?=[\u4e00-\u9fa5A-Za-z])/g;
const CODING_CONTEXT = /代码|手撕|手写|算法题|编程|leetcode|力扣|(?<![a-z])lc(?![a-z])|hot\s*100|剑指/i;

/**
 * Titles are everyday phrases too (目标和 in 预训练目标和, 编辑距离 in 用编辑距离去重). Outside a
 * coding question a title counts only where it starts a phrase: at the start, after punctuation
 * or a number, or after words that introduce a problem (写/实现一个/手撕/题).
 */
const PHRASE_START = /(?:[^\p{L}]|写|实现|撕|题|码|道|(?:写|实现|撕|做)一?个)$/u;

function trustTitle(title: string, folded: string, at: number, codingContext: boolean): boolean {
  if (codingContext) return true;
  const weight = [...title].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  if (weight >= 10) return true;
  return at === 0 || PHRASE_START.test(folded.slice(Math.max(0, at - 4), at));
}

const HAS_DIGIT = /\d/;

export function leetcodeNumbers(text: string, codingKind = false): number[] {
  const found = new Set<number>();
  const folded = fold(text);
  // Most questions name no number: the number patterns run only where a digit is.
  if (HAS_DIGIT.test(folded)) {
    for (const match of folded.matchAll(EXPLICIT)) found.add(Number(match[1]));
    for (const match of folded.matchAll(NUMBER_BEFORE_TITLE)) {
      const id = Number(match[1]);
      const title = titleById.get(id);
      if (title && folded.startsWith(title, match.index + match[0].length)) found.add(id);
    }
  }

  const titles = titlesIn(folded);
  if (titles.length > 0) {
    const codingContext = codingKind || CODING_CONTEXT.test(text);
    for (const { name, at } of titles) {
      const id = idByName.get(name);
      if (id !== undefined && trustTitle(name, folded, at, codingContext)) found.add(id);
    }
  }
  if (found.size === 0) return [];
  return [...found].filter((n) => n > 0 && n < 4000).sort((a, b) => a - b);
}

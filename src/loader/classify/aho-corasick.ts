/**
 * A plain Aho–Corasick automaton over UTF-16 code units: every occurrence of every pattern in one
 * left-to-right pass, whatever the number of patterns. Built once for the whole taxonomy.
 */

export interface PatternMatch {
  /** Index of the pattern in the list the automaton was built from. */
  pattern: number;
  start: number;
  /** Exclusive. */
  end: number;
}

interface Node {
  next: Map<number, number>;
  fail: number;
  /** Patterns ending exactly here. */
  ends: number[];
  /** Nearest node on the fail chain that ends a pattern (-1 for none). */
  outputLink: number;
  depth: number;
}

let automataBuilt = 0;

/** How many automata this module has built: the classifier builds exactly one and reuses it. */
export function automataBuiltCount(): number {
  return automataBuilt;
}

export class AhoCorasick {
  private readonly nodes: Node[] = [];
  private readonly lengths: number[];
  /** The root's transitions by code unit: most steps of a scan start again at the root. */
  private readonly rootNext = new Int32Array(0x10000);

  constructor(patterns: readonly string[]) {
    automataBuilt++;
    this.lengths = patterns.map((p) => p.length);
    this.nodes.push(this.node(0));
    patterns.forEach((pattern, index) => this.insert(pattern, index));
    this.link();
    for (const [unit, child] of this.nodes[0]!.next) this.rootNext[unit] = child;
  }

  private node(depth: number): Node {
    return { next: new Map(), fail: 0, ends: [], outputLink: -1, depth };
  }

  private insert(pattern: string, index: number): void {
    if (pattern === '') return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      const current = this.nodes[state]!;
      let child = current.next.get(unit);
      if (child === undefined) {
        child = this.nodes.length;
        this.nodes.push(this.node(current.depth + 1));
        current.next.set(unit, child);
      }
      state = child;
    }
    this.nodes[state]!.ends.push(index);
  }

  /** Breadth-first, so every fail target is finished before the nodes that point to it. */
  private link(): void {
    const queue: number[] = [];
    for (const child of this.nodes[0]!.next.values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const node = this.nodes[state]!;
      for (const [unit, child] of node.next) {
        let fail = node.fail;
        while (fail !== 0 && !this.nodes[fail]!.next.has(unit)) fail = this.nodes[fail]!.fail;
        const target = this.nodes[fail]!.next.get(unit);
        const childNode = this.nodes[child]!;
        childNode.fail = target !== undefined && target !== child ? target : 0;
        const failNode = this.nodes[childNode.fail]!;
        childNode.outputLink = failNode.ends.length > 0 ? childNode.fail : failNode.outputLink;
        queue.push(child);
      }
    }
  }

  /** Every occurrence, overlapping ones included, ordered by end then by length (longest first). */
  findAll(text: string): PatternMatch[] {
    const matches: PatternMatch[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      while (state !== 0 && !this.nodes[state]!.next.has(unit)) state = this.nodes[state]!.fail;
      state = state === 0 ? this.rootNext[unit]! : (this.nodes[state]!.next.get(unit) ?? 0);
      for (let out = state; out !== -1; out = this.nodes[out]!.outputLink) {
        for (const pattern of this.nodes[out]!.ends) {
          matches.push({ pattern, start: i + 1 - this.lengths[pattern]!, end: i + 1 });
        }
      }
    }
    return matches;
  }
}

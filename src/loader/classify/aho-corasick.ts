/**
 * A plain Aho–Corasick automaton over UTF-16 code units: every occurrence of every pattern in one
 * left-to-right pass, whatever the number of patterns. Built once for the whole taxonomy.
 *
 * The scan runs over flat typed arrays, not objects: a post's text is mostly characters no pattern
 * contains, and each of those must cost one table read and a jump back to the root.
 */

export interface PatternMatch {
  /** Index of the pattern in the list the automaton was built from. */
  pattern: number;
  start: number;
  /** Exclusive. */
  end: number;
}

let automataBuilt = 0;

/** How many automata this module has built: the classifier builds exactly one and reuses it. */
export function automataBuiltCount(): number {
  return automataBuilt;
}

/** Above this many children a state's transitions are binary-searched instead of scanned. */
const LINEAR_CHILDREN = 8;

/** Fields of a state record in AhoCorasick.states. */
const CHILD_START = 0;
const CHILD_COUNT = 1;
const FAIL = 2;
/** The first state on the fail chain, itself included, that ends a pattern (-1 for none). */
const FIRST_OUTPUT = 3;
/** Nearest state on the fail chain, itself excluded, that ends a pattern (-1 for none). */
const OUTPUT_LINK = 4;
const END_START = 5;
const END_COUNT = 6;
const STATE_SIZE = 8;

export class AhoCorasick {
  private readonly lengths: Int32Array;
  /** Code unit → its class (1…), or 0 for a unit that appears in no pattern. */
  private readonly classOf = new Uint16Array(0x10000);
  /** The root's transitions by class: most steps of a scan start again at the root. */
  private readonly rootNext: Int32Array;
  /**
   * Everything a step needs about state s, side by side at s * STATE_SIZE (one cache line holds two
   * states): a scan runs between other work that evicts the tables, and separate arrays per field
   * cost a cache miss each.
   */
  private readonly states: Int32Array;
  /** Children as (class, target) pairs, each state's sorted by class. */
  private readonly children: Int32Array;
  /** Pattern indexes, each state's together: ends[END_START(s) … + END_COUNT(s)). */
  private readonly ends: Int32Array;

  constructor(patterns: readonly string[]) {
    automataBuilt++;
    this.lengths = Int32Array.from(patterns, (p) => p.length);
    let classes = 0;
    for (const pattern of patterns) {
      for (let i = 0; i < pattern.length; i++) {
        const unit = pattern.charCodeAt(i);
        if (this.classOf[unit] === 0) this.classOf[unit] = ++classes;
      }
    }

    // A trie of Maps while building; flattened once it is linked.
    const next: Array<Map<number, number>> = [new Map()];
    const endsOf: number[][] = [[]];
    patterns.forEach((pattern, index) => {
      if (pattern === '') return;
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const cls = this.classOf[pattern.charCodeAt(i)]!;
        let child = next[state]!.get(cls);
        if (child === undefined) {
          child = next.length;
          next.push(new Map());
          endsOf.push([]);
          next[state]!.set(cls, child);
        }
        state = child;
      }
      endsOf[state]!.push(index);
    });

    const states = next.length;
    const failOf = new Int32Array(states);
    const outputLink = new Int32Array(states).fill(-1);
    // Breadth-first, so every fail target is finished before the states that point to it.
    const queue: number[] = [...next[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [cls, child] of next[state]!) {
        let fail = failOf[state]!;
        while (fail !== 0 && !next[fail]!.has(cls)) fail = failOf[fail]!;
        const target = next[fail]!.get(cls);
        const childFail = target !== undefined && target !== child ? target : 0;
        failOf[child] = childFail;
        outputLink[child] = endsOf[childFail]!.length > 0 ? childFail : outputLink[childFail]!;
        queue.push(child);
      }
    }

    this.rootNext = new Int32Array(classes + 1);
    for (const [cls, child] of next[0]!) this.rootNext[cls] = child;
    let childCount = 0;
    let endCount = 0;
    for (let s = 0; s < states; s++) {
      childCount += next[s]!.size;
      endCount += endsOf[s]!.length;
    }
    this.states = new Int32Array(states * STATE_SIZE);
    this.children = new Int32Array(childCount * 2);
    this.ends = new Int32Array(endCount);
    let c = 0;
    let e = 0;
    for (let s = 0; s < states; s++) {
      const record = s * STATE_SIZE;
      this.states[record + CHILD_START] = c;
      this.states[record + CHILD_COUNT] = next[s]!.size;
      for (const [cls, child] of [...next[s]!].sort((a, b) => a[0] - b[0])) {
        this.children[2 * c] = cls;
        this.children[2 * c + 1] = child;
        c++;
      }
      this.states[record + FAIL] = failOf[s]!;
      this.states[record + FIRST_OUTPUT] = endsOf[s]!.length > 0 ? s : outputLink[s]!;
      this.states[record + OUTPUT_LINK] = outputLink[s]!;
      this.states[record + END_START] = e;
      this.states[record + END_COUNT] = endsOf[s]!.length;
      for (const pattern of endsOf[s]!) this.ends[e++] = pattern;
    }
  }

  /** The child of `state` by class `cls`, or -1. */
  private child(state: number, cls: number): number {
    const children = this.children;
    let low = this.states[state * STATE_SIZE + CHILD_START]!;
    let high = low + this.states[state * STATE_SIZE + CHILD_COUNT]!;
    if (high - low <= LINEAR_CHILDREN) {
      for (let i = low; i < high; i++) if (children[2 * i] === cls) return children[2 * i + 1]!;
      return -1;
    }
    while (low < high) {
      const mid = (low + high) >>> 1;
      const at = children[2 * mid]!;
      if (at === cls) return children[2 * mid + 1]!;
      if (at < cls) low = mid + 1;
      else high = mid;
    }
    return -1;
  }

  /**
   * The matches of the last `scan`, in its order: read them before the next scan. Scratch space
   * shared by every call, so a question's dozens of matches allocate nothing.
   */
  matchPattern = new Int32Array(64);
  matchStart = new Int32Array(64);
  matchEnd = new Int32Array(64);

  /** Every occurrence, overlapping ones included, ordered by end then by length (longest first). */
  findAll(text: string): PatternMatch[] {
    const count = this.scan(text);
    const matches: PatternMatch[] = [];
    for (let m = 0; m < count; m++) {
      matches.push({ pattern: this.matchPattern[m]!, start: this.matchStart[m]!, end: this.matchEnd[m]! });
    }
    return matches;
  }

  /** Finds what `findAll` finds into matchPattern/matchStart/matchEnd; returns how many. */
  scan(text: string): number {
    const { classOf, rootNext, states, ends, lengths } = this;
    let count = 0;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const cls = classOf[text.charCodeAt(i)]!;
      if (cls === 0) {
        state = 0;
        continue;
      }
      let target = -1;
      while (state !== 0 && (target = this.child(state, cls)) === -1) state = states[state * STATE_SIZE + FAIL]!;
      state = state === 0 ? rootNext[cls]! : target;
      for (let out = states[state * STATE_SIZE + FIRST_OUTPUT]!; out !== -1; out = states[out * STATE_SIZE + OUTPUT_LINK]!) {
        const first = states[out * STATE_SIZE + END_START]!;
        const last = first + states[out * STATE_SIZE + END_COUNT]!;
        for (let k = first; k < last; k++) {
          if (count === this.matchPattern.length) this.growMatches();
          const pattern = ends[k]!;
          this.matchPattern[count] = pattern;
          this.matchStart[count] = i + 1 - lengths[pattern]!;
          this.matchEnd[count] = i + 1;
          count++;
        }
      }
    }
    return count;
  }

  private growMatches(): void {
    const grow = (array: Int32Array) => {
      const bigger = new Int32Array(array.length * 2);
      bigger.set(array);
      return bigger;
    };
    this.matchPattern = grow(this.matchPattern);
    this.matchStart = grow(this.matchStart);
    this.matchEnd = grow(this.matchEnd);
  }
}

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

export class AhoCorasick {
  private readonly lengths: Int32Array;
  /** Code unit → its class (1…), or 0 for a unit that appears in no pattern. */
  private readonly classOf = new Uint16Array(0x10000);
  /** The root's transitions by class: most steps of a scan start again at the root. */
  private readonly rootNext: Int32Array;
  /** Children of state s: classes childClass[childStart[s] … childStart[s + 1]), sorted, with their targets. */
  private readonly childStart: Int32Array;
  private readonly childClass: Uint16Array;
  private readonly childTarget: Int32Array;
  private readonly fail: Int32Array;
  /** Nearest state on the fail chain that ends a pattern (-1 for none). */
  private readonly outputLink: Int32Array;
  /** Patterns ending exactly at state s: ends[endStart[s] … endStart[s + 1]). */
  private readonly endStart: Int32Array;
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
    this.fail = new Int32Array(states);
    this.outputLink = new Int32Array(states).fill(-1);
    // Breadth-first, so every fail target is finished before the states that point to it.
    const queue: number[] = [...next[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [cls, child] of next[state]!) {
        let fail = this.fail[state]!;
        while (fail !== 0 && !next[fail]!.has(cls)) fail = this.fail[fail]!;
        const target = next[fail]!.get(cls);
        const childFail = target !== undefined && target !== child ? target : 0;
        this.fail[child] = childFail;
        this.outputLink[child] = endsOf[childFail]!.length > 0 ? childFail : this.outputLink[childFail]!;
        queue.push(child);
      }
    }

    this.rootNext = new Int32Array(classes + 1);
    for (const [cls, child] of next[0]!) this.rootNext[cls] = child;
    this.childStart = new Int32Array(states + 1);
    this.endStart = new Int32Array(states + 1);
    let childCount = 0;
    let endCount = 0;
    for (let s = 0; s < states; s++) {
      childCount += next[s]!.size;
      endCount += endsOf[s]!.length;
    }
    this.childClass = new Uint16Array(childCount);
    this.childTarget = new Int32Array(childCount);
    this.ends = new Int32Array(endCount);
    let c = 0;
    let e = 0;
    for (let s = 0; s < states; s++) {
      this.childStart[s] = c;
      for (const [cls, child] of [...next[s]!].sort((a, b) => a[0] - b[0])) {
        this.childClass[c] = cls;
        this.childTarget[c++] = child;
      }
      this.endStart[s] = e;
      for (const pattern of endsOf[s]!) this.ends[e++] = pattern;
    }
    this.childStart[states] = c;
    this.endStart[states] = e;
  }

  /** The child of `state` by class `cls`, or -1. */
  private child(state: number, cls: number): number {
    let low = this.childStart[state]!;
    let high = this.childStart[state + 1]!;
    if (high - low <= LINEAR_CHILDREN) {
      for (let i = low; i < high; i++) if (this.childClass[i] === cls) return this.childTarget[i]!;
      return -1;
    }
    while (low < high) {
      const mid = (low + high) >>> 1;
      const at = this.childClass[mid]!;
      if (at === cls) return this.childTarget[mid]!;
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
    const { classOf, rootNext, fail, outputLink, endStart, ends, lengths } = this;
    let count = 0;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const cls = classOf[text.charCodeAt(i)]!;
      if (cls === 0) {
        state = 0;
        continue;
      }
      let target = -1;
      while (state !== 0 && (target = this.child(state, cls)) === -1) state = fail[state]!;
      state = state === 0 ? rootNext[cls]! : target;
      for (let out = endStart[state] === endStart[state + 1] ? outputLink[state]! : state; out !== -1; out = outputLink[out]!) {
        for (let k = endStart[out]!; k < endStart[out + 1]!; k++) {
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

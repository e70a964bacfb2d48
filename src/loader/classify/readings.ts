/**
 * A large import asks the same questions again and again ("介绍一下 LoRA", "手撕 LRU", "反问"):
 * in a few thousand posts fewer than half the question texts are distinct. What a question's own
 * words say depends only on its text, the loader's kind and the post kind, so it is read once per
 * loader run and looked up after that; only the round's context (neighbours) is worked out per
 * question. The table is bounded, so memory stays flat however large the import.
 */
import type { KindId, PostKind } from '../types';
import type { Classification } from './index';
import type { RoundMember } from './neighbours';

/** A question whose words name no topic: a neighbour's topic or an ambiguous word's usual sense may finish it. */
export interface Unclassified extends RoundMember {
  own: undefined;
  /** Its classification when the round offers nothing. */
  alone: Classification;
  /** What a borrowed topic's kind is refined from. */
  ruledKind: KindId;
  present: ReadonlySet<string>;
}

/**
 * What a question's own words decide, the same in whichever round it stands: its part in the
 * round (a RoundMember) and, when its words name topics, its classification.
 */
export type Reading = (RoundMember & { own: Classification }) | Unclassified;

/** Enough for the distinct questions of thousands of posts; later questions are read each time. */
const DEFAULT_CAPACITY = 1 << 16;

export class Readings {
  /** By post kind, then loader kind, then text: no key string is built per question. */
  private readonly byKinds = new Map<PostKind, Map<KindId, Map<string, Reading>>>();
  private size = 0;

  constructor(
    /** Makes a classification's lists the loader's shared ones before it is stored. */
    readonly share: (classification: Classification) => Classification = (c) => c,
    private readonly capacity = DEFAULT_CAPACITY,
  ) {}

  get(postKind: PostKind, kind: KindId, text: string): Reading | undefined {
    return this.byKinds.get(postKind)?.get(kind)?.get(text);
  }

  set(postKind: PostKind, kind: KindId, text: string, reading: Reading): void {
    // Full, it keeps what it has: a question asked often is most likely among the first seen, and
    // dropping everything would leave a table's worth of garbage at the heaviest point of a load.
    if (this.size >= this.capacity) return;
    let byKind = this.byKinds.get(postKind);
    if (byKind === undefined) {
      byKind = new Map();
      this.byKinds.set(postKind, byKind);
    }
    let byText = byKind.get(kind);
    if (byText === undefined) {
      byText = new Map();
      byKind.set(kind, byText);
    }
    byText.set(text, reading);
    this.size++;
  }
}

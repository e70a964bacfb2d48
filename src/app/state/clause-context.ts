/** The taxonomy's part in filtering: a clause on a contract topic also keeps its finer topics. */
import { contractTopicOf } from '../taxonomy';
import type { ClauseContext } from './apply-clauses';

export const clauseContext: ClauseContext = { rollUp: contractTopicOf };

/** Below this many posts a number is still shown, but flagged as a small sample. */
export const SMALL_SAMPLE_POSTS = 5;

export const isSmallSample = (posts: number): boolean => posts < SMALL_SAMPLE_POSTS;

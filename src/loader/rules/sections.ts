/**
 * Lines that open or close a part of a post, or say what a line next to them is: the candidate's
 * own questions (反问环节), the author's advice and comments, outcomes, crossed-out items,
 * follow-ups that belong to the question above.
 */

/** `~~FA2 vs FA1~~（划掉）`: a question the author crossed out was not asked. */
export const STRUCK_OUT = /^~~.+~~\s*(?:[（(][^）)]*[）)])?\s*$/;

/** How the interview ended for the author. */
export const OUTCOME = /挂了|凉了|已挂|oc了|拿到offer|收到offer|许愿|加油|攒人品|等结果|等消息/i;

/** `反问环节`: below it the candidate asks the interviewer; those are no interview questions. */
export const ASKING_BACK = /^反问(?:环节|部分|时间|阶段|的问题)\s*[:：]?$|^反问\s*[:：]$/;
/** `给学弟学妹的建议（比题目还长）`: below it the author advises; the interview is over. */
export const ADVICE_HEADING =
  /^(?:给.{1,10}的|一些|个人|我的)?(?:小?建议|tips|心得|复习建议)(?:[（(][^）)]*[）)])?\s*[:：]?$|^[^？?]{0,12}(?:建议|复盘|心得|tips|汇总)[^？?]{0,8}[:：]$|^(?:问题|题目)汇总(?:[（(][^）)]*[）)])?$|^(?:总结|小结|最后总结|个人总结)\s*[:：]/i;

/** `## 小结`, `【面试感受】`: below such a heading the author comments on the interview. */
export const COMMENT_HEADING = /^(?:小结|总结|感受|心得|面试感受|整体感受|面试总结|个人总结|后记|碎碎念)\s*[:：]?$/;

/** `追问：为什么？` keeps its label: without it the question says nothing. */
export const FOLLOW_UP_LABEL = /^\s*追问\s*$/;

/** How a 知乎 answer opens. */
export const ANSWER_OPENING = /^(?:谢邀|泻药|利益相关|先说结论)/;

/** `（追问）…`, `追问：…` on a line of its own digs into the question above: it belongs to it. */
export const FOLLOW_UP_LINE = /^\s*(?:[（(【[]\s*追问\s*[)）】\]]|追问\s*[:：]|follow[- ]?up\s*[:：]|->|→|=>)/i;

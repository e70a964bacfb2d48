/**
 * Cues for lines that carry no numbering: what makes a line a question, prose, a tag or a title.
 */

/** `#字节豆包[话题]#`, `#秋招`: the hashtag's words without the decoration. */
export const HASHTAG = /#((?:[^#\s[\]【】]|\[redacted\]){1,40})(?:\[话题\])?#?/g;

/** Ends like a question: ？ / ? / 吗 / 呢, or names what is asked (…的区别, …是什么). */
export const QUESTION_END =
  /(?:[?？]|吗|呢|么|区别|异同|原理|是什么|有哪些|有什么|怎么做|怎么办|如何实现|的作用|的优缺点|的理解|参数量|复杂度|哪个好|哪个更好|哪种好|哪种更好|哪个靠谱|好在哪|差在哪)[\s)）。.!！~～]*$/i;

const QUESTION_END_WORD = /(?:[?？]|吗|呢|么|区别|异同|原理|是什么|有哪些|有什么|怎么做|怎么办|如何实现|的作用|的优缺点|的理解|参数量|复杂度|哪个好|哪个更好|哪种好|哪种更好|哪个靠谱|好在哪|差在哪)$/i;
const TRAILING = /[\s)）。.!！~～]/;

/**
 * QUESTION_END, read from the end: the closing punctuation skipped, then only the last few
 * characters tried, so a long line costs no more than a short one.
 */
export function endsLikeQuestion(text: string): boolean {
  let end = text.length;
  while (end > 0 && TRAILING.test(text[end - 1]!)) end--;
  return QUESTION_END_WORD.test(text.slice(Math.max(0, end - 5), end));
}

/**
 * `然后`, `最后`, `一上来先`: how a dictated or chatty post chains its questions, and spoken fillers
 * (`嗯…`, `那个，`, `就是说`) before them; read past both.
 */
export const LEADING_CONNECTIVE =
  /^(?:[嗯呃额…。，,、\s]|emm|那个|就是说)*(?:(?:然后|接着|之后|后来|最后|还有(?:一个|一道)?(?:是|就是)?|另外|接下来|紧接着|随后|其次|首先|一上来(?:先|就)?|一开始(?:先|就)?|开始(?:先|就)?|先|再|又|又让|还)\s*)?/;

/** Starts like something an interviewer asks or has you do. */
export const QUESTION_START =
  /^(?:说说|说一下|说下|讲讲|讲一下|讲下|介绍|简单介绍|自我介绍|手撕|手写|手推|聊聊|聊项目|聊了|聊一下|问了|问到|问我|被问|拷打|深挖|为什么|为啥|如何|怎么|怎样|什么是|解释|简述|谈谈|描述|比较|对比|写一下|写个|写出|实现|推导|了解|知道|是否|有没有|能否|能不能|lc\s*\d|leetcode|力扣|剑指|hot\s*100|what\b|why\b|how\b|explain\b|describe\b|implement\b|compare\b|derive\b|write\b|design\b|tell me\b|walk me\b|can you\b|do you\b)/i;

/** Author's asides that never hold a question. */
export const PROSE_START =
  /^(?:[【[]\s*(?:背景|个人背景|bg|时间线|base|岗位)\s*[】\]]|发布于|编辑于|发表于|更新于|posted\b|updated\b|edited\b|published\b|本人|楼主|lz[，,\s]|个人背景|背景介绍|欢迎关注|关注我|点赞|求点赞|求关注|码字不易|整理不易|祝大家|祝各位|希望|攒人品|许愿|投稿来自|来源[:：]|原文|链接[:：]|以上|总结[:：]?$|感想|整体感受|整体体验|面试体验|面试官人|面试官很|总体来说|反问|不方便|公司不方便|面完|感受|心得|推荐资料|参考资料|资料[:：]|ps[:：]|PS[:：]|P\.S\.|注[:：]|小红书号|小红书id|抖音号|微信号[:：]|公众号[:：]|面的是|投的是|投递的是|谢邀|>+\s*u\/\S+|(?:status|background|location|level|yoe|timeline|result|outcome|tc|compensation)\s*[:：]|图例[:：]|(?:题目|面经|题)见图|(?:一共|总共)\s*[一二三四五六两\d]\s*轮|问了(?:好多|很多|不少|挺多|一堆|大量))/i;

/** Words that make a short first line a title rather than a question. */
export const TITLE_CUE =
  /面经|面试|凉经|offer|oc\b|实习|秋招|春招|校招|社招|暑期|日常|一面|二面|三面|岗|算法|工程师|研究员|经验|复盘|记录|分享|攻略|指南|准备|interview|intern\b|internship|engineer|researcher|scientist|onsite|\bloop\b|new grad|\bmle\b|\bsde\b|notes|experience/i;

/** Longer than this, an unnumbered line without a question cue is prose. */
export const MAX_QUESTION_LENGTH = 160;

/** Inside a round, a short bare line is a question unless it reads like the author's comment. */
export const MAX_BARE_QUESTION_LENGTH = 50;
/** `面试时间：9月18日`, `岗位：大模型算法`: facts about the interview, not questions. */
export const META_LINE =
  /^(?:面试|投递|应聘)?(?:时间|日期|岗位|职位|部门|团队|base|地点|时长|形式|结果|状态|进度|背景|bg|学历|坐标|方向|业务线?|轮次|感受|体验|总结|心得|tag)\s*[:：]/i;

export const COMMENT_CUE =
  /^[^?？]*[｜|丨·][^?？]*[｜|丨·][^?？]*$|(?<!\d)\d{2}\s*届|仅供参考|感受|见图|没编号|想到哪写到哪|凭记忆|记不清|记不太清|fingers crossed|wish me luck|results? in \d|heard back|冲冲冲|求好运|好运连连|建议|一定要|多看看|可以看看|推荐(?:大家|看|读)|下面(?:只|是|记|列)|以下是|全程|八股(?:很少|不多|较少)|出结果|等结果|好消息|小姐姐|小哥哥|^(?:投递|岗位|职位|部门|团队|base|地点|时间|日期|时长|面试官|面试形式|形式|结果|状态|进度|背景|学历|坐标|方向|业务|tag|bg)[^:：]{0,6}[:：]|感觉|体验|整体|总体|总的来说|比较基础|比较简单|很简单|挺难|太难|挂了|凉了|已挂|oc|offer|结束|过了|面试官|时长|约\s*\d+\s*分钟|\d+\s*(?:min|分钟)|许愿|攒人品|运气|紧张|记录|分享|面了|面完|hhh|哈哈|坐标|base\s*[:：]?\s*(?:北京|上海|深圳|杭州|广州|成都|南京|武汉|西安|苏州|合肥|厦门|天津|重庆|长沙|新加坡|香港|远程)|地点|时间线|效率|\d+\s*月\s*\d+\s*[日号]|👍|😭|😇|🙏|[。！!~～]$/i;

/** A title names the whole record (面经, 凉经…), even when it also names a round. */
export const TITLE_ONLY_CUE = /面经|凉经|经验|offer|记录|分享|复盘|合集|汇总|总结|interview (?:experience|process|loop|report)|(?:full|onsite|my) loop/i;

/** `（题目记不清了，就不写了）`: an aside in brackets from start to end. */
export const BRACKETED_ASIDE = /^[（(][^（()）]*[)）]$/;

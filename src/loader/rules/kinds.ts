/**
 * Kinds as data: explicit prefixes (八股：项目：代码题：场景题：开放题：) decide first; without one,
 * cues in the text do, in the order of the rows (behavioural before project before open…).
 */
import type { KindId } from '../types';

export interface KindPrefix {
  kind: KindId;
  words: string[];
}

export const KIND_PREFIXES: KindPrefix[] = [
  { kind: 'concept', words: ['八股', '八股文', '基础', '基础知识', '理论', '技术问题', '知识点'] },
  { kind: 'project', words: ['项目', '项目深挖', '项目拷打', '实习', '实习经历', '论文', '科研', '简历'] },
  {
    kind: 'coding',
    words: ['代码题', '代码', '手撕', '手撕代码', '手撕题', '算法题', '编程题', '笔试题', 'sql题', 'sql', 'coding', 'code', 'leetcode', 'lc', '力扣'],
  },
  { kind: 'scenario', words: ['场景题', '场景', '系统设计', '设计题', '智力题', '估算题'] },
  { kind: 'open', words: ['开放题', '开放问题', '开放性问题', '开放', '闲聊'] },
  { kind: 'derivation', words: ['推导题', '推导', '数学题', '公式推导'] },
  { kind: 'behavioral', words: ['hr', 'hr问题', '行为题', '行为面', '综合', 'behavioral', 'behavioural', 'bq'] },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const prefixWords = KIND_PREFIXES.flatMap((p) => p.words)
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');

/** `代码题（先说思路再写）：lc 46` — the note in brackets belongs to the prefix. */
export const KIND_PREFIX_PATTERN = new RegExp(
  `^(?:(?:然后|接着|最后|之后|先|又|再)?(?:问了|问|出了|来了|做了|考了)?(?:一个|一道|个|道|几个|几道|两道|两个)?)(${prefixWords})\\s{0,3}(?:(?:部分|环节|相关)\\s{0,3})?(?:[（(][^（()）]*[)）]\\s{0,3})?[:：]\\s*`,
  'i',
);

/** `【场景】给一个百万页扫描合同的问答系统…`: the kind in brackets before the question. */
export const BRACKETED_KIND_PREFIX = new RegExp(`^[【\\[〔]\\s*(${prefixWords})\\s*(?:部分|环节|相关|题)?\\s*[】\\]〕]\\s*`, 'i');

/**
 * A line that is only a prefix (`八股部分：`, `**八股**`) opens a section whose items take that
 * kind. Without a colon it needs items to follow (`项目` alone may mean 聊项目).
 */
export const KIND_SECTION_PATTERN = new RegExp(
  `^(${prefixWords})\\s{0,3}(?:(?:部分|环节|相关|题)\\s{0,3})?(?:[（(][^（()）]*[)）]\\s{0,3})?([:：]?)\\s*$`,
  'i',
);

export function kindOfPrefix(word: string): KindId | undefined {
  const lower = word.toLowerCase();
  return KIND_PREFIXES.find((p) => p.words.includes(lower))?.kind;
}

export interface KindCue {
  kind: KindId;
  pattern: RegExp;
}

export const KIND_CUES: KindCue[] = [
  {
    kind: 'behavioral',
    pattern:
      /自我介绍|自我评价|介绍(?:一下|下)?(?:你)?自己|(?:你|自己)(?:的|有)?(?:最大的)?(?:哪些|那些)?(?:优缺点|优点|缺点|优势|劣势)|缓解压力|抗压|压力大|职业规划|未来规划|期望薪资|薪资|为什么选择.{0,4}(?:公司|我们|这个岗位)|为什么选(?:择)?.{0,8}(?:银行|大厂|国企|外企|央企|我们|这家|公司|行业|这边|这里|pdd|拼多多)|而不是.{0,4}(?:大厂|互联网|开发岗|做开发|工程岗)|non-?technical|stakeholders?|向非技术|跟业务方沟通|为什么(?:想)?(?:来|加入|投)|离职|为什么从.{1,10}转|兴趣爱好|反问|团队合作|意见不一致|挫折|最有成就感|(?:其他|别的|手上.{0,4})\s*offer|到岗|入职(?:后|以后)|实习多久|能实习|怎么学习新|如何学习新|self[- ]?intro|introduce yourself|tell me about yourself|your background|tell me about a time|strengths? and weakness|weakness|salary|compensation|why do you want to (?:join|work)|why (?:this|our) (?:company|team)|career (?:plan|goal)|where do you see yourself|rather than research|what do you want to be doing|如果加入|第一年.{0,10}目标|the (?:most|hardest|biggest) \w+ (?:problem|decision|mistake|failure|conflict) you/i,
  },
  {
    kind: 'derivation',
    pattern:
      /推导|手推|证明|推一下|推出|(?:参数量|显存|计算量|flops|内存占用|占用).{0,8}(?:怎么算|如何算|如何计算|怎么计算|是多少)|计算一下|(?<!估)算一下|期望.{0,10}(?:怎么算|如何算|如何计算|是多少)|(?:显存|参数量|计算量|内存)\s*(?:计算|估算)|求.{0,12}参数量|derive|derivation|prove|proof|estimate the (?:kv|memory|size|flops|compute|parameter)|how much (?:gpu |vram )?memory/i,
  },
  // `SwiGLU 公式写一下`: writing out a formula explains it; it is no code.
  { kind: 'concept', pattern: /公式.{0,3}写|写.{0,12}公式|写出.{0,6}表达式/ },
  {
    kind: 'coding',
    pattern:
      /手撕|手写|手搓|写代码|代码实现|用代码|写一下|写一个|写个|(?:用|拿)\s*(?:numpy|pytorch|torch|python|c\+\+|java)|(?:pytorch|numpy|torch)\s*(?:实现|写)|^实现|(?:^|[^a-z])(?:lc|leetcode|力扣)\s*\d|hot\s*100|(?:^|[^a-z])implement|write (?:a |the )?(?:code|function)|in pytorch|in python/i,
  },
  { kind: 'open', pattern: /最近.{0,6}(?:看|读)(?:过|了)?.{0,4}(?:论文|paper|文章|工作)|最新.{0,4}(?:paper|论文|进展)/i },
  {
    kind: 'project',
    pattern:
      /(?:聊|讲|介绍|过|问)(?:了|一下|下)?(?:一个|几个|个|你的|我的)?.{0,4}项目|项目里|项目中|项目经历|你的项目|最有挑战|实习经历|实习中|实习期间|实习做|实习时|你实习|深挖|科研经历|讲.{0,6}(?:实习|论文)|聊.{0,6}(?:实习|论文)|问.{0,10}(?:实习|论文)(?!多久|多长)|你(?:们)?是怎么(?!理解|看)|你(?:们)?的(?:做法|方案)|和你(?:们)?的.{0,6}(?:比|区别)|你当时|(?:训|造|标|采|洗)了多少|上线(?:之后|以后|后).{0,20}(?:多少|收益)|(?:实习|论文|项目).{0,10}讲一下|你的论文|论文.{0,4}(?:细节|动机|创新点|工作)|你的研究|自己的.{0,10}研究|简历|你们(?!公司)|(?:之前|以前|上一段|上家)(?:做的|的工作|实习)|your (?:most recent |latest |last )?(?:project|internship|paper|research|thesis)|消融|(?:掉|涨|提升|降低|提高|降)了多少|你们?.{0,6}用的(?:哪个|哪些|什么)|有没有在自己的|你的.{0,12}(?:是怎么|怎么)(?:构造|做|训|标|来|选|定)的?|为什么用.{1,20}做(?:基座|底座)|最难的(?:技术)?问题|walk me through (?:your|one of your|a project|the project|an? (?:\w+ ){0,2}(?:problem|bug|project|system|incident) you)|resume/i,
  },
  {
    kind: 'scenario',
    pattern:
      /场景题|假设你|假如你|如果让你|假如让你|^(?:如果|假如|要是)要|如果用户|如果线上|如果.{2,40}(?:怎么保证|你会怎么|你会如何)|给你.{0,8}\d+\s*(?:条|个|份|张|万|千)|你(?:会)?怎么(?:分析|归因|排查)|要上线一个|(?:扛不住|撑不住|顶不住).{0,6}(?:怎么办|怎么)|how would you (?:build|handle|approach|reduce|improve|evaluate|choose|set up)|how (?:would|do|will) you (?:cut|scale|design|deploy|serve|lower|bring)|how (?:would|do|will) you keep .{0,30}(?:latency|p99|qps|cost|under|below|within)|^(?:design|build)\b|^serve (?:a|an|the) |^we want to |你会从哪些方面|从哪些方面入手|(?:要求|控制在|降到).{0,12}(?:以内|以下|之内)|which .{0,40} would you|we only have|线上.{0,30}(?:怎么|如何)(?:排查|定位|解决)|怎么兜底|如何兜底|如何设计一个|怎么设计一个|设计一个|设计一套|估算.{0,12}(?:数量|多少个|规模|市场)|估计.{0,12}(?:数量|多少个|规模)|如何搭建|怎么搭建|如果.{0,20}(?:模型|系统|用户|线上|产品).{0,12}(?:出现|遇到|发现)|大促|流量.{0,6}(?:翻|暴涨|激增)|qps.{0,4}翻|需要多少\s*(?:token|卡|显存|gpu|算力|机器)|需要几张|能跑多大|只有.{0,10}(?:数据|条|张卡|显存)|system design|how would you design|estimate (?:the number|how many)/i,
  },
  {
    kind: 'open',
    pattern:
      /你(?:觉得|认为)(?!.{0,6}(?:哪种|哪个|哪一种|效果|方法|原因))(?!.{0,12}(?:工作|项目|经历|实习))|怎么看待|如何看待|怎么看|看法|前景|发展趋势|未来.{0,4}(?:发展|方向|趋势)|有什么可以做的方向|研究方向|最近.{0,6}(?:看|读)|最新.{0,4}(?:paper|论文|进展)|research direction|差距|(?:用|用过|使用).{0,6}(?:哪些|什么).{0,4}(?:ai|AI)?\s*产品|改进建议|what do you think|opinion/i,
  },
];

/**
 * Stage 4, meta: who interviewed (company, team), for what (role), when (date), and whether the
 * post records an interview at all (post kind). Run through `parsePost`, which feeds the title,
 * round headers, hashtags and prose to the meta rules and keeps questions out of them.
 */
import { describe, expect, it } from 'vitest';
import { dateOf, postKindOf } from '../../src/loader/meta';
import { parsePost } from '../../src/loader/post';
import type { Post } from '../../src/loader';
import type { SourceLine } from '../../src/loader/unwrap';

function postOf(texts: string[], imageTitle = ''): Post {
  const lines: SourceLine[] = texts.map((text, i) => ({ no: i + 1, text, origin: 'body' }));
  const parsed = parsePost({ lines, imageTitle }, 'case.txt');
  if (!parsed) throw new Error('no post');
  return parsed.post;
}

const company = (texts: string[], imageTitle = '') => {
  const post = postOf(texts, imageTitle);
  return [post.company, post.team];
};

describe('meta: the interviewing company and team', () => {
  it('reads the company and team from the title line', () => {
    expect(company(['字节跳动 Seed 大模型算法实习面经', '1. 自我介绍'])).toEqual(['bytedance', 'Seed']);
  });

  it('reads 抖音 in a round header 1️⃣抖音一面 as bytedance, team 抖音', () => {
    expect(company(['1️⃣抖音一面', '1、聊项目。', '2、讲讲 RoPE'])).toEqual(['bytedance', '抖音']);
  });

  it('reads a company named only in a hashtag like #字节豆包[话题]#', () => {
    expect(company(['一面：', '1. 自我介绍', '2. 讲讲 KV cache', '#面试题[话题]# #大模型[话题]# #字节豆包[话题]#'])).toEqual([
      'bytedance',
      '豆包',
    ]);
  });

  it('reads a company named only in the folder of the post’s images', () => {
    expect(company(['1. 讲讲 Transformer', '2. 手撕 RMSNorm'], '网易伏羲大模型一面面经')).toEqual(['netease', '伏羲']);
  });

  it('reads the company from the author’s words about the interview', () => {
    expect(company(['今天下午面了微信的大模型岗，面试官很温柔', '• 讲一下 FFN 的作用'])[0]).toBe('tencent');
  });

  it('does not take a company named inside a question for the interviewer', () => {
    expect(
      company([
        '一面',
        '1. 场景题：如何根据拼多多的商品数量，估计淘宝的商品数量？',
        '2. DeepSeek-V3 的 MLA 是怎么压缩 KV Cache 的？',
        '3. Kimi k1.5 的长思维链是怎么训练出来的',
        '4. 智谱 GLM 的预训练目标和 GPT 有什么区别？',
      ]),
    ).toEqual(['unknown', '']);
  });

  it('keeps the titled company when questions name others', () => {
    expect(company(['京东 言犀 大模型算法工程师 社招一面', '1. DeepSeek-R1 的训练流程', '2. 和淘宝的导购助手比怎么做差异化？'])).toEqual([
      'jd',
      '言犀',
    ]);
  });

  it('does not take companies named in advice for the interviewer', () => {
    expect(
      company([
        '针对无大模型实习的情况，我建议先找一段中厂实习为主，比如 zhipu、Minimax （当然有大厂进大厂）这些，相对容易进。',
        '1. 常规八股（transformer、bert 等）',
        '2. 技术报告（DeepSeekV3, R1, kimi1.5）',
      ])[0],
    ).toBe('unknown');
  });

  it('leaves the company unknown when hashtags list several companies', () => {
    expect(company(['1. 讲讲 LoRA', '2. 讲讲 RoPE', '#字节跳动[话题]# #阿里[话题]# #大模型[话题]#'])[0]).toBe('unknown');
  });

  it('says unknown, with no team, when the post does not say', () => {
    expect(company(['大模型算法岗 面经', '1. 讲讲 LoRA', '2. 手撕 MHA'])).toEqual(['unknown', '']);
  });

  it('reads an English title', () => {
    expect(company(['# Microsoft (MSRA) LLM Research Intern Interview', '## Round 1', 'Q1: Explain RoPE.'])[0]).toBe('microsoft');
  });

  it('reads an English title that lists the place and date after commas', () => {
    const post = postOf(['Amazon Applied Scientist (GenAI) full loop, Seattle, Oct 2025', '', 'Round 1 - ML breadth', '- What is LoRA?']);
    expect([post.title, post.company]).toEqual(['Amazon Applied Scientist (GenAI) full loop, Seattle, Oct 2025', 'amazon']);
  });

  it.each([
    ['阿里通义实验室 大模型算法面经', 'alibaba', '通义'],
    ['腾讯混元 大模型预训练 实习面经', 'tencent', '混元'],
    ['百度文心 大模型算法 面经', 'baidu', '文心'],
    ['美团 LongCat 大模型算法 社招面经', 'meituan', 'LongCat'],
    ['快手可灵 多模态大模型算法 面经', 'kuaishou', '可灵'],
    ['小红书 大模型算法 日常实习 面经', 'xiaohongshu', ''],
    ['拼多多 大模型算法 面经', 'pinduoduo', ''],
    ['京东 言犀 大模型算法工程师 面经', 'jd', '言犀'],
    ['华为盘古大模型 算法工程师 面经', 'huawei', '盘古'],
    ['小米 MiMo 大模型后训练 面经', 'xiaomi', 'MiMo'],
    ['网易伏羲 大模型 面经', 'netease', '伏羲'],
    ['智谱 GLM 大模型算法实习面经', 'zhipu', 'GLM'],
    ['MiniMax 大模型算法岗 面经', 'minimax', ''],
    ['月之暗面 Kimi 大模型算法实习 面经', 'moonshot', 'Kimi'],
    ['DeepSeek 深度求索 LLM 研究员 面经', 'deepseek', ''],
    ['微软 MSRA 大模型实习 面经', 'microsoft', ''],
    ['蚂蚁集团 支付宝 大模型风控算法 面经', 'ant-group', '支付宝'],
  ])('reads “%s” as %s, team “%s”', (title, id, team) => {
    expect(company([title, '1. 自我介绍', '2. 讲讲 LoRA'])).toEqual([id, team]);
  });
});

describe('meta: dates', () => {
  it.each<[string[], string[], string]>([
    [[], ['投稿来自“算法打工人阿旺”，2025.8.2'], '2025-08-02'],
    [[], ['📅 面试时间：9月18日'], '09-18'],
    [[], ['坐标上海，8 月 20 日一面'], '08-20'],
    [['算法面经：字节豆包大模型11.13'], [], '11-13'],
    [[], ['时间：2025年10月9日，时长 50 分钟'], '2025-10-09'],
    [[], ['发帖时间 2025-03-12，base 北京'], '2025-03-12'],
    [['百度文心一言 大模型算法 1面2面3面 面经 | 8.21 oc'], [], '08-21'],
    [['大模型算法岗 面经'], ['面了三轮，等结果中'], ''],
  ])('reads the date of titles %j and prose %j as “%s”', (titles, prose, date) => {
    expect(dateOf(titles, prose)).toBe(date);
  });

  it.each(['通义 Qwen 2.5 微调岗 面经', 'LLaMA 3.1 技术报告 相关面经', 'Qwen2.5 面经'])(
    'does not read the model version in “%s” as a date',
    (title) => {
      expect(dateOf([title], [])).toBe('');
    },
  );

  it('reads a date written in full-width digits', () => {
    expect(dateOf(['月之暗面 Kimi 大模型算法实习 面经（２０２５年１１月３日）'], [])).toBe('2025-11-03');
  });

  it('reads the date written in front of a round header', () => {
    expect(postOf(['网易有道 大模型应用开发 校招', '2025/09/25 技术一面', '(1) 自我介绍']).date).toBe('2025-09-25');
  });

  it('never gives an impossible date', () => {
    expect(dateOf(['2025.13.45 面经'], ['32月40日'])).toBe('');
  });
});

describe('meta: role', () => {
  it('reads the position from the title', () => {
    expect(postOf(['算法面经：美团大模型应用算法工程师', '一面：', '自我介绍']).role).toBe('大模型应用算法工程师');
  });
});

describe('meta: interview or guide', () => {
  const GUIDE = [
    '很多人问我如何准备大模型的面试，分享下我的经验',
    '针对有大模型实习的情况，复习内容为：',
    '1. 常规八股（transformer、bert 等）',
    '2. 技术报告（一定要自己看原PDF，目前推荐 DeepSeekV3, R1）',
    '3. DeepSeekR1：必读',
    '4. Kimi1.5：选读',
  ];

  it('reads study advice that records no interview as a guide with no rounds', () => {
    const post = postOf(GUIDE);
    expect(post.kind).toBe('guide');
    expect(post.rounds).toEqual([]);
    expect(post.questionCount).toBe(4);
  });

  it('reads a post with round headers as an interview, whatever advice it gives', () => {
    expect(postOf(['一面：', '1. 讲讲 RoPE', '建议大家多看技术报告，推荐 DeepSeek-V3，必读。']).kind).toBe('interview');
  });

  it('reads an interview without round headers that ends in advice as an interview', () => {
    const post = postOf([
      '美团 LongCat 大模型算法 社招面经',
      '上个月面的，已经挂了，把问题放出来攒人品。',
      '1. 自我介绍，讲讲现在工作里的大模型项目',
      '2. 说说 Mamba 和 Transformer 的区别',
      '复盘一下：建议大家一定要把技术报告读熟，推荐先看 DeepSeek-V3 和 Qwen3，必读。',
    ]);
    expect(post.kind).toBe('interview');
  });

  it('counts guide and record cues the way a reader would', () => {
    expect(postKindOf(GUIDE.join('\n'), 0)).toBe('guide');
    expect(postKindOf('面试官问了我 RoPE，手撕了反转链表，推荐大家多刷题', 0)).toBe('interview');
  });
});

describe('meta: titles and prose that name several of something', () => {
  it('sets no round from a title naming two rounds in one word (一二面, 1+2面)', () => {
    for (const title of ['鹅厂混元后训练实习一二面（攒攒人品）', '字节 1+2面 面经']) {
      const parsed = parsePost(
        { lines: [title, '1. 讲讲 PPO'].map((text, i) => ({ no: i + 1, text, origin: 'body' as const })), imageTitle: '' },
        'case.txt',
      );
      expect(parsed?.questions[0]?.round, title).toBe('unknown');
    }
  });

  it('names no interviewer when the author prepares for two companies at once', () => {
    expect(company(['最近在准备快手和京东的面试，整理了一下八股', '1. RoPE 的原理'])).toEqual(['unknown', '']);
    expect(company(['最近面了快手的大模型面试，整理了一下', '1. RoPE 的原理'])[0]).toBe('kuaishou');
  });
});

describe('meta: a title that counts its rounds', () => {
  it('sets no round from 技术面×2 + 主管面, so a note before the first header stays out of the questions', () => {
    const parsed = parsePost(
      {
        lines: ['华为 2012实验室 大模型算法 技术面×2 + 主管面（已过）', '机考三道做了两道半，下面只记面试部分', '一面', '① 自我介绍'].map((text, i) => ({
          no: i + 1,
          text,
          origin: 'body' as const,
        })),
        imageTitle: '',
      },
      'case.txt',
    );
    expect(parsed?.questions.map((q) => [q.round, q.text])).toEqual([['1', '自我介绍']]);
  });
});

describe('meta: 三轮技术面 counts rounds', () => {
  it('sets no round from a title that counts its rounds, and keeps 【背景】 out of the questions', () => {
    const parsed = parsePost(
      {
        lines: ['月之暗面 Kimi agent算法 三轮技术面 面经', '【背景】双非本+985硕，一段大厂agent实习', '一面', '1. 讲讲 ReAct'].map((text, i) => ({
          no: i + 1,
          text,
          origin: 'body' as const,
        })),
        imageTitle: '',
      },
      'case.txt',
    );
    expect(parsed?.questions.map((q) => [q.round, q.text])).toEqual([['1', '讲讲 ReAct']]);
  });
});

describe('meta: the company a line of prose introduces (blind batch 20)', () => {
  it('takes the company after 面的是 / Applied to, past companies the author failed elsewhere', () => {
    const post = (intro: string) =>
      postOf(['双非硕转大模型，某厂大模型应用算法一二面', intro, '一面', '1. 讲讲LoRA', '2. 手撕 MHA'])?.company;
    expect(post('之前面字节和阿里都挂在一面。这次面的是小米的小爱同学大模型团队，base北京')).toBe('xiaomi');
    expect(post("Background: platform engineer. Applied to 蚂蚁's 大模型训练平台 team in Hangzhou.")).toBe('ant-group');
    // Two companies for one interview word still name no interviewer.
    expect(post('准备快手和京东的面试，先记一下')).toBe('unknown');
  });
});

/**
 * The words the plan's exports need, in the user's language: the feature's own strings for
 * sentences, the shell's labels for topic, company and round names.
 */
import type { PlanLabels } from '../../analysis/plan';
import { companyLabel, roundLabel, topicLabel } from '../i18n/labels';
import type { Lang } from '../state/types';
import { planStrings } from './strings';

export function planLabels(lang: Lang): PlanLabels {
  const s = planStrings(lang);
  const zh = lang === 'zh';
  return {
    title: s.title,
    allCompanies: s.allCompanies,
    summary: (targets, days, hoursPerDay, halfLife, today) =>
      zh
        ? `目标：${targets} · ${days} 天 × 每天 ${hoursPerDay} 小时 · ${halfLife === null ? '不考虑时效' : `时效半衰期 ${halfLife} 天`} · 截至 ${today}`
        : `Targets: ${targets} · ${days} days × ${hoursPerDay} h/day · ${halfLife === null ? 'no recency weighting' : `half-life ${halfLife} days`} · as of ${today}`,
    coverage: (percent) => (zh ? `覆盖率：已掌握 ${percent} 的题目` : `Coverage: ${percent} of the question mass mastered`),
    day: (day, hours) => s.day(day, hours),
    freeDays: s.freeDays,
    part: s.part,
    hours: s.hours,
    scoreLine: (score, share, posts, rounds, guides) =>
      zh
        ? `优先分 ${score} = 考察概率 ${share}（n=${posts}）× 轮次 ${rounds} × 指南 ${guides}`
        : `score ${score} = share ${share} (n=${posts}) × rounds ${rounds} × guides ${guides}`,
    asked: (count, companies, rounds) => `×${count}; ${companies}; ${rounds}`,
    companions: s.companions,
    companion: s.companion,
    unscheduled: s.unscheduled,
    rest: s.rest,
    mastered: s.mastered,
    review: s.review,
    topic: (id) => topicLabel(id, lang),
    company: (id) => companyLabel(id, lang),
    round: (id) => roundLabel(id, lang),
  };
}

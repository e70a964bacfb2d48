/** The names the dashboard shows, cut from data/taxonomy.json and data/companies.json at build time (vite.config.ts). */
declare module 'virtual:app-labels' {
  import type { AreaId, CompanyId, TopicId } from '../../loader/types';

  interface Named {
    zh: string;
    en: string;
  }
  export interface AreaLabel extends Named {
    id: AreaId;
  }
  export interface TopicLabel extends Named {
    id: TopicId;
    area: AreaId;
    parent?: TopicId;
  }
  export interface CompanyLabel extends Named {
    id: CompanyId;
  }
  const labels: { areas: AreaLabel[]; topics: TopicLabel[]; companies: CompanyLabel[] };
  export default labels;
}

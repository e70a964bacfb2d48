/**
 * Company and team names as data (data/companies.json), matched in titles, headers and hashtags.
 * Short Latin names (JD, PDD, TEG) must stand as whole words so they never match inside others.
 */
import table from '../../data/companies.json';
import type { CompanyId } from './types';

export interface Company {
  id: CompanyId;
  zh: string;
  en: string;
  aliases: string[];
  teams: string[];
}

export const COMPANIES: Company[] = table.companies;

export interface CompanyMention {
  company: CompanyId;
  /** The product or team named, when the mention was one (豆包 → bytedance). */
  team: string;
  index: number;
  length: number;
}

interface Name {
  company: CompanyId;
  team: string;
  pattern: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isLatin = (s: string) => /^[\x20-\x7e]+$/.test(s);

function namePattern(name: string): RegExp {
  if (!isLatin(name)) return new RegExp(escape(name), 'g');
  // Latin names need word edges; Chinese text around them counts as an edge.
  const flags = name.length <= 3 && name === name.toUpperCase() ? 'g' : 'gi';
  return new RegExp(`(?<![A-Za-z0-9])${escape(name)}(?![A-Za-z])`, flags);
}

const NAMES: Name[] = COMPANIES.flatMap((c) => [
  ...c.aliases.map((a) => ({ company: c.id, team: '', pattern: namePattern(a) })),
  ...c.teams.map((t) => ({ company: c.id, team: t, pattern: namePattern(t) })),
]);

/** Every company or team named in `text`, in order of appearance. */
export function findCompanies(text: string): CompanyMention[] {
  const mentions: CompanyMention[] = [];
  for (const name of NAMES) {
    name.pattern.lastIndex = 0;
    for (const match of text.matchAll(name.pattern)) {
      mentions.push({ company: name.company, team: name.team, index: match.index, length: match[0].length });
    }
  }
  return mentions.sort((a, b) => a.index - b.index || (a.team ? 1 : 0) - (b.team ? 1 : 0));
}

/** A company column's value as an id: a known name, else a lowercase slug, else `unknown`. */
export function companyIdOf(value: string): CompanyId {
  const trimmed = value.trim();
  if (trimmed === '') return 'unknown';
  const known = COMPANIES.find((c) => c.id === trimmed.toLowerCase());
  if (known) return known.id;
  const mention = findCompanies(trimmed)[0];
  if (mention) return mention.company;
  const slug = trimmed
    .toLowerCase()
    .replace(/[^a-z0-9\u4e00-\u9fa5]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'unknown';
}

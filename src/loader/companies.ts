/**
 * Company and team names as data (data/companies.json), matched in titles, headers and hashtags.
 * Short Latin names (JD, PDD, TEG) must stand as whole words so they never match inside others.
 */
import table from '../../data/companies.json';
import { AhoCorasick } from './classify/aho-corasick';
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
  name: string;
  /** Latin names need word edges; short upper-case ones (JD, PDD, TEG) must match their case. */
  latin: boolean;
  caseSensitive: boolean;
}

const isLatin = (s: string) => /^[\x20-\x7e]+$/.test(s);
const LATIN_WORD = /[A-Za-z0-9]/;

const NAMES: Name[] = COMPANIES.flatMap((c) =>
  [...c.aliases.map((name) => ({ name, team: '' })), ...c.teams.map((name) => ({ name, team: name }))].map(
    ({ name, team }) => ({
      company: c.id,
      team,
      name,
      latin: isLatin(name),
      caseSensitive: isLatin(name) && name.length <= 3 && name === name.toUpperCase(),
    }),
  ),
);

// One automaton over every name, lower-cased: a title is scanned once, not once per name.
const AUTOMATON = new AhoCorasick(NAMES.map((n) => n.name.toLowerCase()));

function accepts(name: Name, text: string, start: number, end: number): boolean {
  if (name.caseSensitive && text.slice(start, end) !== name.name) return false;
  if (!name.latin) return true;
  return !LATIN_WORD.test(text[start - 1] ?? '') && !/[A-Za-z]/.test(text[end] ?? '');
}

/**
 * Companies are named in titles, headers, hashtags and a line or two of prose: a line longer than
 * this is read only this far (a megabyte of pasted text would otherwise yield a mention per name).
 */
const LONGEST_TEXT_READ = 2_000;

/** Every company or team named in `text` (its first LONGEST_TEXT_READ characters), in order of appearance. */
export function findCompanies(text: string): CompanyMention[] {
  const mentions: CompanyMention[] = [];
  if (text.length > LONGEST_TEXT_READ) text = text.slice(0, LONGEST_TEXT_READ);
  const count = AUTOMATON.scan(text.toLowerCase());
  for (let m = 0; m < count; m++) {
    const name = NAMES[AUTOMATON.matchPattern[m]!];
    const start = AUTOMATON.matchStart[m]!;
    const end = AUTOMATON.matchEnd[m]!;
    if (name && accepts(name, text, start, end)) {
      mentions.push({ company: name.company, team: name.team, index: start, length: end - start });
    }
  }
  return mentions.sort(
    (a, b) => a.index - b.index || (a.team ? 1 : 0) - (b.team ? 1 : 0) || b.length - a.length,
  );
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

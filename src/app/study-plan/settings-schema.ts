/**
 * The plan's inputs as the user last left them, kept across reloads. Out-of-range numbers are
 * clamped when typed; a stored value that fails these checks is reset to the defaults.
 */
import { DEFAULT_HALF_LIFE, HALF_LIFE_CHOICES, type HalfLife } from '../../analysis/plan';
import type { CompanyId } from '../../loader/types';
import type { Parsed } from './progress-schema';

export interface PlanSettings {
  companies: CompanyId[];
  daysLeft: number;
  hoursPerDay: number;
  halfLifeDays: HalfLife;
}

export const DEFAULT_SETTINGS: PlanSettings = {
  companies: [],
  daysLeft: 20,
  hoursPerDay: 3,
  halfLifeDays: DEFAULT_HALF_LIFE,
};

export const DAYS_RANGE = { min: 1, max: 365 } as const;
export const HOURS_RANGE = { min: 0.25, max: 16 } as const;

export function clampDays(days: number): number {
  return Number.isFinite(days) ? Math.min(DAYS_RANGE.max, Math.max(DAYS_RANGE.min, Math.round(days))) : DEFAULT_SETTINGS.daysLeft;
}

/** Hours per day in quarter hours, the plan's unit. */
export function clampHours(hours: number): number {
  if (!Number.isFinite(hours)) return DEFAULT_SETTINGS.hoursPerDay;
  return Math.min(HOURS_RANGE.max, Math.max(HOURS_RANGE.min, Math.round(hours * 4) / 4));
}

const isHalfLife = (value: unknown): value is HalfLife =>
  (HALF_LIFE_CHOICES as readonly unknown[]).includes(value);

export function parseSettings(value: unknown): Parsed<PlanSettings> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problem: 'not an object' };
  const { companies, daysLeft, hoursPerDay, halfLifeDays } = value as Record<string, unknown>;
  if (!Array.isArray(companies) || companies.length > 500 || !companies.every((c) => typeof c === 'string' && c.length <= 100)) {
    return { ok: false, problem: '"companies" is not a list of company ids' };
  }
  if (typeof daysLeft !== 'number' || clampDays(daysLeft) !== daysLeft) return { ok: false, problem: '"daysLeft" is out of range' };
  if (typeof hoursPerDay !== 'number' || clampHours(hoursPerDay) !== hoursPerDay) {
    return { ok: false, problem: '"hoursPerDay" is out of range' };
  }
  if (!isHalfLife(halfLifeDays)) return { ok: false, problem: '"halfLifeDays" is not one of the choices' };
  return { ok: true, value: { companies: [...new Set(companies as string[])], daysLeft, hoursPerDay, halfLifeDays } };
}

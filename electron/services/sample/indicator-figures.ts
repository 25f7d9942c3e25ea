import { indicators } from '../../../db/reference/catalogue';

export type IndicatorCode = (typeof indicators)[number]['code'];

/**
 * What an institution is like, from which its yearly figures follow. Readiness (share of the digital work done)
 * grows linearly from `readiness2022` by `pace` a year; every trained / updated count is a share of its total and
 * every yes/no flips once readiness passes the institution's threshold, so figures rise over the years, never
 * exceed their totals, and a "yes" never turns back into "no".
 */
export interface FigureProfile {
  /** Head counts in the reference year 2026; earlier years had slightly fewer. */
  teachers: number;
  managers: number;
  programmes: number;
  itProgrammes: number;
  readiness2022: number;
  pace: number;
  connectsAt: number;
  digitisesAt: number;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

export function readinessIn(profile: FigureProfile, year: number): number {
  return clamp01(profile.readiness2022 + profile.pace * (year - 2022));
}

// Exhaustive over the catalogue: adding an indicator there fails compilation here until the generators know it.
export function figuresFor(profile: FigureProfile, year: number): Record<IndicatorCode, number> {
  const r = readinessIn(profile, year);
  const teachers = Math.max(1, Math.round(profile.teachers * (1 - 0.02 * (2026 - year))));
  const managers = Math.max(1, Math.round(profile.managers * (1 - 0.01 * (2026 - year))));
  const programmes = Math.max(1, profile.programmes);
  const itProgrammes = Math.min(programmes, profile.itProgrammes);
  return {
    teachers_total: teachers,
    managers_total: managers,
    staff_trained_digital: Math.floor((teachers + managers) * r),
    teachers_trained_materials: Math.floor(teachers * clamp01(r * 0.9 - 0.02)),
    programmes_total: programmes,
    programmes_digital_outcomes: Math.floor(programmes * clamp01(r * 1.05 - 0.05)),
    it_programmes_total: itProgrammes,
    it_programmes_updated: Math.floor(itProgrammes * clamp01(r - 0.1)),
    connected_national_platform: r >= profile.connectsAt ? 1 : 0,
    learning_records_digitised: r >= profile.digitisesAt ? 1 : 0,
  };
}

export const indicatorCodes: readonly IndicatorCode[] = indicators.map((i) => i.code);

import type { FigureProfile } from './indicator-figures';
import type { Random } from './random';
import type { TypeCode } from './codes';

type Range = readonly [number, number];

interface SizeRange {
  teachers: Range;
  managers: Range;
  learners: Range;
  programmes: Range;
  itProgrammes: Range;
  readiness2022: Range;
  pace: Range;
  connectsAt: Range;
}

// Orders of magnitude from provincial VET statistics: a college has a few hundred teachers and thousands of
// learners, a centre a few dozen teachers, an enterprise a handful. Colleges and schools started their digital
// work earlier and connect to the national platform sooner, as the Decision's c2 target expects of them.
const sizes: Record<TypeCode, SizeRange> = {
  CD: { teachers: [140, 320], managers: [25, 50], learners: [2500, 7000], programmes: [22, 45], itProgrammes: [3, 6], readiness2022: [0.15, 0.3], pace: [0.12, 0.18], connectsAt: [0.3, 0.55] },
  TC: { teachers: [40, 110], managers: [10, 22], learners: [600, 2200], programmes: [10, 22], itProgrammes: [1, 3], readiness2022: [0.08, 0.25], pace: [0.11, 0.17], connectsAt: [0.35, 0.6] },
  THN: { teachers: [25, 55], managers: [6, 12], learners: [350, 900], programmes: [6, 12], itProgrammes: [0, 1], readiness2022: [0.05, 0.15], pace: [0.1, 0.15], connectsAt: [0.45, 0.7] },
  TTGDNN: { teachers: [8, 25], managers: [3, 7], learners: [150, 700], programmes: [4, 10], itProgrammes: [0, 1], readiness2022: [0.02, 0.15], pace: [0.08, 0.15], connectsAt: [0.5, 0.8] },
  TTGDNN_GDTX: { teachers: [15, 40], managers: [4, 8], learners: [300, 1200], programmes: [5, 12], itProgrammes: [0, 1], readiness2022: [0.03, 0.15], pace: [0.1, 0.16], connectsAt: [0.5, 0.8] },
  KHAC: { teachers: [3, 15], managers: [1, 4], learners: [50, 400], programmes: [1, 4], itProgrammes: [0, 1], readiness2022: [0.05, 0.25], pace: [0.06, 0.14], connectsAt: [0.55, 0.85] },
};

export interface InstitutionProfile extends FigureProfile {
  learners: number;
}

export function institutionProfile(type: TypeCode, random: Random): InstitutionProfile {
  const s = sizes[type];
  const int = (range: Range) => random.int(range[0], range[1]);
  const real = (range: Range) => random.between(range[0], range[1]);
  const programmes = int(s.programmes);
  return {
    teachers: int(s.teachers),
    managers: int(s.managers),
    learners: int(s.learners),
    programmes,
    itProgrammes: Math.min(programmes, int(s.itProgrammes)),
    readiness2022: real(s.readiness2022),
    pace: real(s.pace),
    connectsAt: real(s.connectsAt),
    digitisesAt: random.between(0.45, 0.85),
  };
}

/** Learners scale with the year the way head counts do (see figuresFor). */
export function learnersIn(profile: InstitutionProfile, year: number): number {
  return Math.max(0, Math.round(profile.learners * (1 - 0.03 * (2026 - year))));
}

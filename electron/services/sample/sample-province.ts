import type { Sqlite } from '../../../db/client';
import { DEFAULT_RECIPIENT } from '../../../db/reference/catalogue';
import type { NewProvinceInput } from '../../api/schemas/profile';
import { createRandom } from './random';
import { insertSampleInstitutions } from './sample-institutions';
import { MERGED_ON, predecessors, SAMPLE_PROVINCE_NAME } from './sample-places';
import { insertSampleProjects } from './sample-projects';
import { insertSampleRoadmap } from './sample-roadmap';
import { insertSampleTargets } from './sample-targets';

/** A fictional province formed on 01/07/2025 from two fictional predecessors; the name says it is sample data. */
export const sampleProvince: NewProvinceInput = {
  profile: {
    name: SAMPLE_PROVINCE_NAME,
    placeName: 'Sông Lam',
    superiorBody: 'UBND TỈNH SÔNG LAM',
    owningDepartment: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
    owningDepartmentCode: 'SGDĐT',
    recipientMinistry: DEFAULT_RECIPIENT.ministry,
    recipientDepartment: DEFAULT_RECIPIENT.department,
    signerName: 'Nguyễn Văn Minh',
    signerTitle: 'PHÓ GIÁM ĐỐC',
    signingAuthority: 'KT. GIÁM ĐỐC',
    documentCode: 'BC-SGDĐT',
  },
  predecessors: [
    { name: predecessors.LG, mergedOn: MERGED_ON },
    { name: predecessors.HS, mergedOn: MERGED_ON },
  ],
};

/** Fixed, so every sample file is identical: tests compare two generations and screenshots never drift. */
const SAMPLE_SEED = 20250701;

const number = (n: number) => n.toLocaleString('vi-VN');

/**
 * Fills a freshly created file with the sample province, inside the caller's transaction, through prepared
 * statements (the sample is also the base of benchmarks; drizzle per row is ten times slower).
 */
export function populateSampleProvince(sqlite: Sqlite): string {
  const random = createRandom(SAMPLE_SEED);
  const institutions = insertSampleInstitutions(sqlite, random);
  const targets = insertSampleTargets(sqlite);
  const projects = insertSampleProjects(sqlite, random);
  const roadmap = insertSampleRoadmap(sqlite, { projectIds: projects.idsByCode, keyTaskIds: projects.keyTaskIds });
  return (
    `Tạo tỉnh mẫu: ${institutions.count} cơ sở, ${projects.count} dự án, ${number(projects.allocations)} dòng vốn, ` +
    `${number(institutions.values)} giá trị chỉ tiêu, ${targets.targets} chỉ tiêu của tỉnh, ${roadmap.milestones} mốc lộ trình, ` +
    `${roadmap.activities} hoạt động truyền thông`
  );
}

import type { Sqlite } from '../../../db/client';
import type { NewProvinceInput } from '../../api/schemas/profile';

// PLACEHOLDER: being written by a helper (fictional "Tỉnh Sông Hồng (mẫu)" with ~40 institutions etc.).
export const sampleProvince: NewProvinceInput = {
  profile: {
    name: 'Tỉnh Mẫu',
    placeName: 'Mẫu',
    superiorBody: 'UBND TỈNH MẪU',
    owningDepartment: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
    owningDepartmentCode: 'SGDĐT',
    recipientMinistry: 'Bộ Giáo dục và Đào tạo',
    recipientDepartment: 'Cục Giáo dục nghề nghiệp và Giáo dục thường xuyên',
    signerName: '',
    signerTitle: '',
    signingAuthority: '',
    documentCode: '',
  },
  predecessors: [],
};

export function populateSampleProvince(_sqlite: Sqlite): string {
  return 'Tạo tỉnh mẫu';
}

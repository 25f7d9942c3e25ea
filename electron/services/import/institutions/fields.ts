import type { ImportField } from '../../../api/schemas/institution-import';

// The register's fields an import can fill, how each cell is read, and the header texts that mean it
// (folded: no diacritics, lower case, punctuation as spaces). Exact matches win over "the header contains it".

export type FieldKind = 'code' | 'name' | 'text' | 'type' | 'ownership' | 'year' | 'count' | 'date';

export interface FieldSpec {
  kind: FieldKind;
  label: string;
  maxLength?: number;
  /** Keeps line breaks (notes); other text collapses to one line. */
  multiline?: boolean;
  synonyms: string[];
}

export const FIELDS: Record<ImportField, FieldSpec> = {
  code: {
    kind: 'code',
    label: 'Mã cơ sở',
    maxLength: 50,
    synonyms: ['ma', 'ma co so', 'ma so', 'ma csgdnn', 'ma co so gdnn', 'ma truong', 'ma don vi', 'code'],
  },
  name: {
    kind: 'name',
    label: 'Tên cơ sở',
    maxLength: 300,
    synonyms: [
      'ten',
      'ten co so',
      'ten co so gdnn',
      'ten co so giao duc nghe nghiep',
      'ten truong',
      'ten don vi',
      'co so gdnn',
      'co so giao duc nghe nghiep',
      'ten co so dao tao',
      'name',
    ],
  },
  typeCode: { kind: 'type', label: 'Loại hình', synonyms: ['loai hinh', 'loai hinh co so', 'loai co so', 'loai', 'loai truong', 'type'] },
  ownershipCode: {
    kind: 'ownership',
    label: 'Sở hữu',
    synonyms: ['so huu', 'loai hinh so huu', 'hinh thuc so huu', 'cong lap tu thuc', 'cong lap ngoai cong lap', 'ownership'],
  },
  commune: { kind: 'text', label: 'Xã, phường', maxLength: 200, synonyms: ['xa phuong', 'phuong xa', 'xa phuong dac khu', 'dia ban', 'xa', 'phuong', 'commune'] },
  address: { kind: 'text', label: 'Địa chỉ', maxLength: 500, synonyms: ['dia chi', 'dia chi tru so', 'tru so', 'tru so chinh', 'address'] },
  foundedYear: { kind: 'year', label: 'Năm thành lập', synonyms: ['nam thanh lap', 'thanh lap', 'ngay thanh lap', 'nam tl', 'founded'] },
  teachers: {
    kind: 'count',
    label: 'Số nhà giáo',
    synonyms: ['so nha giao', 'nha giao', 'giao vien', 'so giao vien', 'gv', 'giang vien', 'tong so nha giao', 'teachers'],
  },
  managers: {
    kind: 'count',
    label: 'Cán bộ quản lý',
    synonyms: ['can bo quan ly', 'cbql', 'so can bo quan ly', 'so cbql', 'quan ly', 'managers'],
  },
  learners: {
    kind: 'count',
    label: 'Người học',
    synonyms: ['nguoi hoc', 'so nguoi hoc', 'hoc sinh sinh vien', 'hssv', 'hoc sinh', 'sinh vien', 'hoc vien', 'so hoc sinh sinh vien', 'quy mo dao tao', 'learners'],
  },
  contact: {
    kind: 'text',
    label: 'Liên hệ',
    maxLength: 300,
    synonyms: ['dien thoai', 'lien he', 'so dien thoai', 'sdt', 'dt', 'email', 'thong tin lien he', 'contact'],
  },
  notes: { kind: 'text', label: 'Ghi chú', maxLength: 2000, multiline: true, synonyms: ['ghi chu', 'note', 'notes'] },
  governingBody: {
    kind: 'text',
    label: 'Cơ quan chủ quản',
    maxLength: 300,
    synonyms: ['co quan chu quan', 'don vi chu quan', 'chu quan', 'co quan quan ly', 'co quan quan ly truc tiep', 'governing body'],
  },
  governingFrom: {
    kind: 'date',
    label: 'Chủ quản từ ngày',
    synonyms: ['tu ngay', 'hieu luc tu', 'ngay hieu luc', 'chu quan tu ngay', 'co quan chu quan tu ngay'],
  },
};

export const FIELD_KEYS = Object.keys(FIELDS) as ImportField[];

/** A new institution needs these; an update may leave them out (blank = keep what the register has). */
export const REQUIRED_FOR_NEW: ImportField[] = ['name', 'typeCode', 'ownershipCode'];

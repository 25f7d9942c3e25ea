// Texts of the institutions page, Vietnamese first; registered as the i18next namespace 'institutions'.
const vi = {
  title: 'Cơ sở giáo dục nghề nghiệp',
  intro:
    'Danh sách cơ sở GDNN trong tệp, kể cả cơ sở đã sáp nhập, chia tách hoặc giải thể. Bấm tiêu đề cột để sắp xếp; tìm theo tên hoặc mã, gõ có dấu hay không dấu đều được. Thêm và sửa cơ sở sẽ có ở bản sau.',
  search: 'Tìm theo tên hoặc mã cơ sở',
  grid: 'Danh sách cơ sở GDNN',
  columns: {
    code: 'Mã',
    name: 'Tên cơ sở',
    type: 'Loại hình',
    ownership: 'Sở hữu',
    commune: 'Xã, phường',
    status: 'Tình trạng',
    foundedYear: 'Năm thành lập',
    teachers: 'Nhà giáo',
    managers: 'Cán bộ quản lý',
    learners: 'Người học',
  },
  status: {
    active: 'Đang hoạt động',
    merged: 'Đã sáp nhập',
    split: 'Đã chia tách',
    dissolved: 'Đã giải thể',
  },
};

const en: typeof vi = {
  title: 'VET institutions',
  intro:
    'The VET institutions in the file, including merged, split and dissolved ones. Click a column header to sort; search by name or code, with or without Vietnamese diacritics. Adding and editing institutions comes in a later release.',
  search: 'Search by name or code',
  grid: 'VET institutions',
  columns: {
    code: 'Code',
    name: 'Name',
    type: 'Type',
    ownership: 'Ownership',
    commune: 'Commune / ward',
    status: 'Status',
    foundedYear: 'Founded',
    teachers: 'Teachers',
    managers: 'Managers',
    learners: 'Learners',
  },
  status: {
    active: 'Active',
    merged: 'Merged',
    split: 'Split',
    dissolved: 'Dissolved',
  },
};

export const texts = { vi, en };

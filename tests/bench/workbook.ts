import ExcelJS from 'exceljs';

/** An institution list as a department would send it: title rows, then a header row, then one row per institution. */
export async function writeInstitutionWorkbook(file: string, rows: number): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Danh sách');
  sheet.addRow(['DANH SÁCH CƠ SỞ GIÁO DỤC NGHỀ NGHIỆP']);
  sheet.addRow([]);
  sheet.addRow(['Mã cơ sở', 'Tên cơ sở', 'Loại hình', 'Sở hữu', 'Xã/phường', 'Năm thành lập', 'Số nhà giáo', 'Cán bộ quản lý', 'Người học']);
  const types = ['Trường cao đẳng', 'Trường trung cấp', 'Trung tâm giáo dục nghề nghiệp'];
  for (let i = 1; i <= rows; i += 1) {
    sheet.addRow([`BM-${String(i).padStart(5, '0')}`, `Cơ sở đo hiệu năng số ${i}`, types[i % 3], 'Công lập', `Xã ${i % 97}`, 1990 + (i % 30), 20 + (i % 50), 3 + (i % 7), `${(1000 + i).toLocaleString('vi-VN')}`]);
  }
  await book.xlsx.writeFile(file);
}

// Placeholder: the "Nhập từ Excel/CSV" button and its wizard (choose file, map columns, preview problems, accept).
// Being written in parallel; keep the export name. Shown in the institutions page toolbar.
export function ImportInstitutionsButton() {
  return null;
}

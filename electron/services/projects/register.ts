import type { Sqlite } from '../../../db/client';
import { type ProjectListRow, projectReferenceIds, projectsByIds, projectsWithCodes } from '../../../db/queries/projects';
import { readMoney } from '../capital/money';
import { choiceReader, codeKey, integerReader, textReader, yesNoReader } from '../grid/field-parsers';
import type { FieldSpec, RegisterSpec } from '../grid/field-spec';

// The project register's fields for the generic grid validation (electron/services/grid): what each column
// accepts and what is never edited in the grid. Funding cells (`funding_<SOURCE>`) are not columns of `projects`:
// their `column` is a marker that edits.ts turns into project_funding rows.

export const FUNDING_PREFIX = 'funding_';
export const fundingColumn = (sourceCode: string) => `funding:${sourceCode}`;

const STAGE_ONLY = 'Giai đoạn chỉ thay đổi qua một bước vòng đời có căn cứ pháp lý (trong bảng chi tiết dự án)';
const DERIVED = 'Tính từ tổng mức đầu tư và luật có hiệu lực, không nhập tay';
const LINKS_ONLY = 'Chọn nhiệm vụ trọng tâm trong bảng chi tiết dự án';

export interface ProjectRegister extends RegisterSpec<ProjectListRow> {
  sourceIds: Map<string, number>;
  stageIds: Map<string, number>;
}

export function projectRegister(sqlite: Sqlite): ProjectRegister {
  const reference = projectReferenceIds(sqlite);
  const groupIds = new Map(reference.taskGroups.map((g) => [g.code, g.id]));
  const sourceIds = new Map(reference.sources.map((s) => [s.code, s.id]));
  const stageIds = new Map(reference.stages.map((s) => [s.code, s.id]));
  const groups = () => reference.taskGroups.map((g) => ({ code: g.code, names: [g.nameVi, g.nameEn, `${g.code}. ${g.nameVi}`] }));
  const funding: FieldSpec<ProjectListRow>[] = reference.sources.map((source) => ({
    field: `${FUNDING_PREFIX}${source.code}`,
    header: `Tổng mức đầu tư: ${source.code}`,
    kind: 'decimal',
    column: fundingColumn(source.code),
    parse: readMoney,
  }));
  return {
    table: 'projects',
    noun: 'dự án',
    sourceIds,
    stageIds,
    insertDefaults: { stageId: stageIds.get('PROPOSED') },
    load: (ids) => projectsByIds(sqlite, ids),
    findByUnique: (_field, values) => projectsWithCodes(sqlite, values.map(String)).map((row) => ({ id: row.id, value: row.code })),
    describe: (row) => row.code,
    fields: [
      { field: 'code', header: 'Mã dự án', kind: 'text', column: 'code', required: true, parse: textReader({ maxLength: 50 }), uniqueKey: codeKey },
      { field: 'name', header: 'Tên dự án', kind: 'text', column: 'name', required: true, parse: textReader({ maxLength: 500 }) },
      { field: 'investor', header: 'Chủ đầu tư', kind: 'text', column: 'investor', required: true, parse: textReader({ maxLength: 300 }) },
      { field: 'location', header: 'Địa điểm', kind: 'text', column: 'location', parse: textReader({ maxLength: 300 }) },
      { field: 'hasConstruction', header: 'Có hạng mục xây dựng', kind: 'yesno', column: 'hasConstruction', parse: yesNoReader(), toStored: (v) => v === 1 },
      {
        field: 'taskGroupCode',
        header: 'Nhóm nhiệm vụ',
        kind: 'choice',
        column: 'taskGroupId',
        parse: choiceReader(groups, 'Nhóm nhiệm vụ'),
        toStored: (code) => (code === null ? null : groupIds.get(String(code))),
      },
      { field: 'startYear', header: 'Năm khởi công', kind: 'year', column: 'startYear', required: true, parse: integerReader({ min: 2015, max: 2040 }) },
      { field: 'endYear', header: 'Năm hoàn thành', kind: 'year', column: 'endYear', required: true, parse: integerReader({ min: 2015, max: 2045 }) },
      { field: 'outputs', header: 'Kết quả đầu ra', kind: 'text', column: 'outputs', parse: textReader({ maxLength: 2000 }) },
      { field: 'notes', header: 'Ghi chú', kind: 'text', column: 'notes', parse: textReader({ maxLength: 2000 }) },
      ...funding,
      { field: 'stageCode', header: 'Giai đoạn', kind: 'choice', readOnly: STAGE_ONLY },
      { field: 'groupCode', header: 'Nhóm dự án', kind: 'choice', readOnly: DERIVED },
      { field: 'totalInvestmentDong', header: 'Tổng mức đầu tư', kind: 'decimal', readOnly: 'Tổng các nguồn vốn: sửa từng nguồn' },
      { field: 'keyTasks', header: 'Nhiệm vụ trọng tâm', kind: 'text', readOnly: LINKS_ONLY },
      { field: 'id', header: 'Số hiệu', kind: 'integer', readOnly: 'Số hiệu dòng do phần mềm đặt' },
    ],
  };
}

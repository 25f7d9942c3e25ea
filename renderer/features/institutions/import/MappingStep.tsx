import { Alert, Flex, Select, Table, Tag, Typography } from 'antd';
import { importFields, type ImportField, type ImportLayout, type ImportMapping } from '../../../../electron/api/schemas/institution-import';
import { fill, useLocalTexts } from '../lifecycle/local-texts';
import { texts } from './texts';

const REQUIRED: ImportField[] = ['name', 'typeCode', 'ownershipCode'];

interface Props {
  layout: ImportLayout;
  mapping: ImportMapping;
  onMapping: (mapping: ImportMapping) => void;
}

/** What is wrong with a mapping, in words; null when it can be previewed. */
export function mappingProblem(mapping: ImportMapping, tx: typeof texts.vi): string | null {
  if (mapping.code === undefined && mapping.name === undefined) return tx.mapping.needKey;
  const columns = Object.values(mapping);
  const repeated = columns.find((c, i) => columns.indexOf(c) !== i);
  return repeated === undefined ? null : fill(tx.mapping.duplicate, { column: repeated });
}

/** One Select per register field, offering the file's columns with their header and example values. */
export function MappingStep({ layout, mapping, onMapping }: Props) {
  const tx = useLocalTexts(texts);
  const byIndex = new Map(layout.columns.map((c) => [c.index, c]));
  const problem = mappingProblem(mapping, tx);
  const source = { remembered: tx.mapping.remembered, headers: tx.mapping.headers, none: tx.mapping.none }[layout.mappingSource];
  const set = (field: ImportField, column: number | null) => {
    const next = { ...mapping };
    if (column === null) delete next[field];
    else next[field] = column;
    onMapping(next);
  };
  return (
    <Flex vertical gap={12} data-testid="import-step-mapping">
      <Typography.Paragraph style={{ margin: 0 }}>{tx.mapping.intro}</Typography.Paragraph>
      <div>
        <Tag color={layout.mappingSource === 'remembered' ? 'green' : layout.mappingSource === 'headers' ? 'blue' : 'orange'}>{source}</Tag>
      </div>
      {problem && <Alert type="warning" showIcon title={problem} data-testid="import-mapping-problem" />}
      <Table
        size="small"
        pagination={false}
        rowKey="field"
        scroll={{ y: 470 }}
        dataSource={importFields.map((field) => ({ field }))}
        columns={[
          {
            title: tx.mapping.field,
            width: 220,
            render: (_, { field }) => (
              <span>
                {tx.fields[field]}
                {REQUIRED.includes(field) && <span style={{ color: '#dc2626' }}> *</span>}
              </span>
            ),
          },
          {
            title: tx.mapping.column,
            width: 340,
            render: (_, { field }) => (
              <Select<number | null>
                size="small"
                data-testid={`import-mapping-${field}`}
                value={mapping[field] ?? null}
                onChange={(value) => set(field, value)}
                style={{ width: '100%' }}
                options={[
                  { value: null as unknown as number, label: tx.mapping.skip },
                  ...layout.columns.map((c) => ({ value: c.index, label: `${c.letter} · ${c.header || tx.mapping.noHeader}` })),
                ]}
              />
            ),
          },
          {
            title: tx.mapping.samples,
            ellipsis: true,
            render: (_, { field }) => {
              const column = mapping[field] === undefined ? undefined : byIndex.get(mapping[field]!);
              return <Typography.Text type="secondary">{column?.samples.join(' · ') ?? ''}</Typography.Text>;
            },
          },
        ]}
      />
    </Flex>
  );
}

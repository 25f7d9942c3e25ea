import { Flex } from 'antd';
import type { SubmissionView } from '../../../electron/api/schemas/submission';
import { DocumentFields } from './DocumentFields';
import { SectionEditor } from './SectionEditor';

/** Step 3: the document's own fields and the five narrative sections, prefilled from the data and edited here. */
export function NarrativeStep({ view, focus }: { view: SubmissionView; focus: string | null }) {
  const locked = view.state === 'approved';
  return (
    <Flex vertical gap={12} data-testid="narrative">
      <DocumentFields view={view} />
      {view.sections.map((section, index) => (
        <SectionEditor key={section.key} year={view.year} section={section} index={index} locked={locked} focus={focus === section.key} />
      ))}
    </Flex>
  );
}

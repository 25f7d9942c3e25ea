import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SubmissionView, SubmissionYearRow } from '../../../electron/api/schemas/submission';
import { useApiQuery } from '../../app/api-hooks';
import { QueryView } from '../../components/QueryView';
import { ApprovalStep } from './ApprovalStep';
import { DoneStep } from './DoneStep';
import { ExportStep } from './ExportStep';
import { type PageTab, WIZARD_STEPS, type WizardStep } from './links';
import { NarrativeStep } from './NarrativeStep';
import { PreflightStep } from './PreflightStep';
import { YearStep } from './YearStep';

export type Go = (next: { year?: number; tab?: PageTab; step?: WizardStep; section?: string | null }) => void;

interface WizardProps {
  year: number;
  step: WizardStep;
  section: string | null;
  go: Go;
  yearRows: SubmissionYearRow[];
}

/** Choose the year → pre-flight → narrative → review and approval → export → done. */
export function Wizard(props: WizardProps) {
  const record = useApiQuery('submission.get', { year: props.year });
  return <QueryView query={record}>{(view) => <WizardBody {...props} view={view} />}</QueryView>;
}

function WizardBody({ year, step, section, go, yearRows, view }: WizardProps & { view: SubmissionView | null }) {
  const { t } = useTranslation('submission');
  // Until the year's record is opened only the first step makes sense.
  const current: WizardStep = view ? step : 'year';
  const index = WIZARD_STEPS.indexOf(current);
  const next = WIZARD_STEPS[index + 1];
  const previous = WIZARD_STEPS[index - 1];
  return (
    <Flex vertical gap={16} data-testid="submission-wizard" data-step={current}>
      <Steps
        size="small"
        current={index}
        onChange={(i) => view && go({ step: WIZARD_STEPS[i]! })}
        items={WIZARD_STEPS.map((s) => ({ title: t(`steps.${s}`), disabled: !view && s !== 'year' }))}
      />
      {view?.lockedReason && (
        <Alert type="success" showIcon icon={<LockOutlined />} data-testid="submission-locked" title={t('locked.title', { year })} description={view.lockedReason} />
      )}
      {current === 'year' && <YearStep year={year} view={view} yearRows={yearRows} go={go} />}
      {view && current === 'preflight' && <PreflightStep year={year} go={go} />}
      {view && current === 'narrative' && <NarrativeStep view={view} focus={section} />}
      {view && current === 'approval' && <ApprovalStep view={view} go={go} />}
      {view && current === 'export' && <ExportStep view={view} />}
      {view && current === 'done' && <DoneStep view={view} go={go} />}
      {view && (
        <Flex justify="space-between">
          <Button data-testid="wizard-back" disabled={!previous} onClick={() => previous && go({ step: previous, section: null })}>
            {t('nav.back')}
          </Button>
          <Button type="primary" data-testid="wizard-next" disabled={!next} onClick={() => next && go({ step: next, section: null })}>
            {t('nav.next')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}

import { Button, Flex, Modal, Steps } from 'antd';
import { useRef, useState } from 'react';
import type { ImportFile, ImportLayout, ImportMapping, ImportPreview, ImportResult } from '../../../../electron/api/schemas/institution-import';
import { api, ApiError } from '../../../api';
import { useApiMutation } from '../../../app/api-hooks';
import { fill, useLocalTexts } from '../lifecycle/local-texts';
import { ChooseFileStep } from './ChooseFileStep';
import { MappingStep, mappingProblem } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { ResultStep } from './ResultStep';
import { SheetStep } from './SheetStep';
import { texts } from './texts';
import { useJobProgress } from '../../../app/useJobProgress';

type Step = 0 | 1 | 2 | 3 | 4;

// The service's messages already name the file and say what to do; the generic headline per code would only
// repeat "the data file" where the problem is the chosen spreadsheet.
const messageOf = (error: unknown) => (error instanceof ApiError || error instanceof Error ? error.message : String(error));

/** Choose file → sheet and header row → map columns → preview → result. Nothing is written before the last step. */
export function ImportWizard({ onClose }: { onClose: () => void }) {
  const tx = useLocalTexts(texts);
  const [step, setStep] = useState<Step>(0);
  const [file, setFile] = useState<ImportFile | null>(null);
  const [sheet, setSheet] = useState('');
  const [header, setHeader] = useState<{ row: number; rows: 1 | 2 }>({ row: 1, rows: 1 });
  const [layout, setLayout] = useState<ImportLayout | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [selected, setSelected] = useState<number[]>([]);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const progress = useJobProgress(jobId);
  const apply = useApiMutation('institutions.importApply');
  const layoutRequest = useRef(0);

  const guarded = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const adoptLayout = (next: ImportLayout) => {
    setLayout(next);
    setHeader({ row: next.headerRow, rows: next.headerRows });
    setMapping(next.mapping);
  };

  const choose = () =>
    guarded(async () => {
      setNotice(null);
      const id = `import-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
      setJobId(id);
      if (file) void api.call('institutions.importClose', { token: file.token }).catch(() => undefined);
      const { opened } = await api.call('institutions.importOpen', { jobId: id });
      setJobId(null);
      if (!opened) {
        setNotice(tx.file.cancelled);
        return;
      }
      setFile(opened);
      const first = opened.sheets.find((s) => s.name === opened.defaultSheet)!;
      setSheet(first.name);
      if (first.layout) adoptLayout(first.layout);
      setStep(1);
    }).finally(() => setJobId(null));

  const chooseSheet = (name: string) => {
    setSheet(name);
    const next = file?.sheets.find((s) => s.name === name)?.layout;
    if (next) adoptLayout(next);
  };

  const chooseHeader = (row: number, rows: 1 | 2) => {
    if (!file) return;
    setHeader({ row, rows });
    const request = ++layoutRequest.current;
    void guarded(async () => {
      const next = await api.call('institutions.importLayout', { token: file.token, sheet, headerRow: row, headerRows: rows });
      if (request === layoutRequest.current) adoptLayout(next);
    });
  };

  const toPreview = () =>
    guarded(async () => {
      const next = await api.call('institutions.importPreview', { token: file!.token, sheet, headerRow: header.row, headerRows: header.rows, mapping });
      setPreview(next);
      setSelected(next.rows.filter((r) => r.status === 'new' || r.status === 'update').map((r) => r.rowNumber));
      setStep(3);
    });

  const toApply = () =>
    guarded(async () => {
      const done = await apply.mutateAsync({ token: file!.token, sheet, headerRow: header.row, headerRows: header.rows, mapping, rows: selected });
      setResult(done);
      setStep(4);
    });

  const close = () => {
    if (file && !result) void api.call('institutions.importClose', { token: file.token }).catch(() => undefined);
    onClose();
  };

  const back = () => {
    setError(null);
    setStep((s) => (s > 0 ? ((s - 1) as Step) : s));
  };
  const chosenRows = preview ? preview.rows.filter((r) => selected.includes(r.rowNumber) && r.status !== 'unchanged').length : 0;
  const footer = (
    <Flex justify="space-between">
      {step < 4 ? (
        <Button onClick={close} data-testid="import-cancel">
          {tx.cancel}
        </Button>
      ) : (
        <span />
      )}
      <Flex gap={8}>
        {step > 0 && step < 4 && (
          <Button onClick={back} disabled={busy} data-testid="import-back">
            {tx.back}
          </Button>
        )}
        {step === 1 && (
          <Button type="primary" disabled={!layout || busy} onClick={() => setStep(2)} data-testid="import-next">
            {tx.next}
          </Button>
        )}
        {step === 2 && (
          <Button type="primary" loading={busy} disabled={!!mappingProblem(mapping, tx)} onClick={() => void toPreview()} data-testid="import-next">
            {tx.next}
          </Button>
        )}
        {step === 3 && (
          <Button type="primary" loading={busy} disabled={selected.length === 0} onClick={() => void toApply()} data-testid="import-apply">
            {fill(tx.preview.apply, { count: chosenRows })}
          </Button>
        )}
        {step === 4 && (
          <Button type="primary" onClick={onClose} data-testid="import-close">
            {tx.close}
          </Button>
        )}
      </Flex>
    </Flex>
  );

  return (
    <Modal open title={tx.title} width={1120} footer={footer} onCancel={close} mask={{ closable: false }} destroyOnHidden data-testid="import-wizard" centered>
      <Steps
        current={step}
        size="small"
        style={{ marginBottom: 20 }}
        items={[tx.steps.file, tx.steps.sheet, tx.steps.mapping, tx.steps.preview, tx.steps.result].map((title) => ({ title }))}
      />
      {step === 0 && <ChooseFileStep file={file} reading={busy} progress={progress} error={error} notice={notice} onChoose={() => void choose()} />}
      {step > 0 && step < 4 && error && <ErrorLine text={error} />}
      {step === 1 && file && <SheetStep file={file} sheet={sheet} headerRow={header.row} headerRows={header.rows} layout={layout} onSheet={chooseSheet} onHeader={chooseHeader} />}
      {step === 2 && layout && <MappingStep layout={layout} mapping={mapping} onMapping={setMapping} />}
      {step === 3 && preview && <PreviewStep preview={preview} selected={selected} onSelected={setSelected} />}
      {step === 4 && result && <ResultStep result={result} />}
    </Modal>
  );
}

function ErrorLine({ text }: { text: string }) {
  return (
    <div role="alert" data-testid="import-error" style={{ color: '#b91c1c', marginBottom: 12 }}>
      {text}
    </div>
  );
}

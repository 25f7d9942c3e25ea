import type { TargetDetail, TargetFields, TargetValue } from '../../../../electron/api/schemas/assessment';

// Between the editor's form (text boxes, '' for nothing) and the contract (null for nothing, only what changed).

export interface FormFields {
  code: string;
  nameVi: string;
  nameEn: string;
  groupCode: string;
  subject: string;
  kind: 'percent' | 'milestone';
  nationalTargetCode: string;
  sourceDocument: string;
  confidence: string;
  numeratorIndicator: string;
  denominatorIndicator: string;
}

export function formOf(target: TargetDetail | null): FormFields {
  return {
    code: target?.code ?? '',
    nameVi: target?.nameVi ?? '',
    nameEn: target?.nameEn ?? '',
    groupCode: target?.groupCode ?? 'a',
    subject: target?.subject ?? 'teachers_and_managers',
    kind: target?.kind ?? 'percent',
    nationalTargetCode: target?.nationalTargetCode ?? '',
    sourceDocument: target?.sourceDocument ?? '',
    confidence: target?.confidence ?? '',
    numeratorIndicator: target?.numeratorIndicator ?? '',
    denominatorIndicator: target?.denominatorIndicator ?? '',
  };
}

// Cleared selects give undefined, not ''.
const orNull = (text: string | undefined) => ((text ?? '').trim() === '' ? null : (text ?? '').trim());
const trimmed = (text: string | undefined) => (text ?? '').trim();

/** The fields as the contract takes them; nullable ones turn '' into null. */
export function fieldsOf(form: FormFields): Required<TargetFields> {
  return {
    code: trimmed(form.code),
    nameVi: trimmed(form.nameVi),
    nameEn: trimmed(form.nameEn),
    groupCode: form.groupCode,
    subject: form.subject,
    kind: form.kind,
    nationalTargetCode: orNull(form.nationalTargetCode),
    sourceDocument: trimmed(form.sourceDocument),
    confidence: orNull(form.confidence),
    numeratorIndicator: orNull(form.numeratorIndicator),
    denominatorIndicator: orNull(form.denominatorIndicator),
  };
}

/** Only the fields that differ from the stored target: an unchanged form writes nothing. */
export function patchOf(target: TargetDetail, form: FormFields): Partial<TargetFields> {
  const fields = fieldsOf(form);
  return Object.fromEntries(Object.entries(fields).filter(([key, value]) => target[key as keyof TargetDetail] !== value)) as Partial<TargetFields>;
}

/** A new provincial target: a blank formula is left out, so the service takes the national target's. */
export function createFieldsOf(form: FormFields) {
  const { numeratorIndicator, denominatorIndicator, ...rest } = fieldsOf(form);
  return numeratorIndicator === null ? rest : { ...rest, numeratorIndicator, denominatorIndicator };
}

export const sortValues = (values: readonly TargetValue[]) => [...values].sort((a, b) => a.year - b.year);

export function sameValues(a: readonly TargetValue[], b: readonly TargetValue[]): boolean {
  const x = sortValues(a);
  const y = sortValues(b);
  return (
    x.length === y.length &&
    x.every((v, i) => v.year === y[i]!.year && v.percent === y[i]!.percent && v.milestone === y[i]!.milestone && v.isTrajectory === y[i]!.isTrajectory)
  );
}

import { Select } from 'antd';
import { useLabel } from '../../i18n/useLabel';

interface TargetChoice {
  targetId: number;
  code: string;
  nameVi: string;
  nameEn: string;
}

/** Picks the target a chart shows: "a1 — name" in the UI's language. */
export function TargetSelect(props: { targets: readonly TargetChoice[]; value: number; onChange: (targetId: number) => void; testId: string; ariaLabel: string; width: number }) {
  const label = useLabel();
  return (
    <Select
      size="small"
      style={{ width: props.width }}
      aria-label={props.ariaLabel}
      value={props.value}
      onChange={props.onChange}
      data-testid={props.testId}
      options={props.targets.map((target) => ({ value: target.targetId, label: `${target.code} — ${label(target)}` }))}
    />
  );
}

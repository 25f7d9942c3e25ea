// Placeholder: merge / split / rename / dissolve / change governing body actions for one institution, shown in
// the institution's detail panel. Being written in parallel; keep the props.
export interface InstitutionActionsProps {
  institutionId: number;
  /** Called after an action changed data (the caller closes or refreshes its panel). */
  onDone?: () => void;
}

export function InstitutionActions(_props: InstitutionActionsProps) {
  return null;
}

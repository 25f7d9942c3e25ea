import type { CustomCellEditorProps } from 'ag-grid-react';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { cellText, YES_NO } from './cell-text';
import { filterChoices } from './choice-match';
import type { TypeAhead } from './type-ahead';
import type { Choice, EditableColumn } from './types';

export interface CellEditorParams {
  column: EditableColumn<unknown>;
  yesNo?: readonly Choice[];
  typeAhead?: TypeAhead;
}

/** The text an edit starts from: the typed character, nothing (Backspace / Delete), or the value as plain text (F2, Enter). */
function startText(eventKey: string | null, column: EditableColumn<unknown>, value: unknown): string {
  if (eventKey && eventKey.length === 1) return eventKey;
  if (eventKey === 'Backspace' || eventKey === 'Delete') return '';
  return cellText(column, (value ?? null) as never);
}

/**
 * One editor for every kind: a text box that hands the grid the raw text, which is read by the column's kind on
 * commit (Vietnamese numbers, dd/mm/yyyy dates), so typing and pasting are judged alike. Choice and yes/no columns
 * also list the matching options (typed without diacritics finds them); Up/Down pick one, Enter or Tab commits
 * the highlighted one, a click commits it at once.
 */
export function CellEditor(props: CustomCellEditorProps & CellEditorParams) {
  const { column, onValueChange, stopEditing, typeAhead } = props;
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(() => startText(props.eventKey, column, props.value) + (typeAhead?.drain() ?? ''));
  const [highlight, setHighlight] = useState(0);
  const choices = column.kind === 'choice' ? (column.choices ?? []) : column.kind === 'yesno' ? (column.choices ?? props.yesNo ?? YES_NO) : null;
  const options = useMemo(() => (choices ? filterChoices(text, choices) : []), [choices, text]);
  const picked = choices && text.trim() !== '' ? options[Math.min(highlight, options.length - 1)] : undefined;

  // The grid reads the value when editing stops (its Enter handler runs before React sees the key): report what
  // Enter would commit at every change — the highlighted option, or the text as typed.
  useEffect(() => {
    onValueChange(picked ? picked.label : text);
  }, [picked, text, onValueChange]);

  // Before paint, so the text box has the focus as early as possible; keys typed until then were held by the grid.
  useLayoutEffect(() => {
    const element = input.current;
    if (!element) return;
    element.focus({ preventScroll: true });
    const held = typeAhead?.drain() ?? '';
    if (held) setText((current) => current + held);
    const end = element.value.length + held.length;
    element.setSelectionRange(end, end);
  }, [typeAhead]);

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (!choices || options.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setHighlight((h) => (Math.min(h, options.length - 1) + step + options.length) % options.length);
    }
  };

  return (
    <div className="eg-editor">
      <input
        ref={input}
        className="eg-editor-input"
        aria-label={column.header}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setHighlight(0);
        }}
        onKeyDown={onKeyDown}
        inputMode={['integer', 'decimal', 'percent', 'money', 'year'].includes(column.kind) ? 'decimal' : 'text'}
      />
      {choices && (
        <ul className="eg-editor-list" role="listbox" aria-label={column.header}>
          {(text.trim() === '' ? choices : options).map((choice) => (
            <li
              key={String(choice.value)}
              role="option"
              aria-selected={choice === picked}
              className={choice === picked ? 'eg-editor-option eg-editor-picked' : 'eg-editor-option'}
              onMouseDown={(event) => {
                // Before the input loses focus: commit this option.
                event.preventDefault();
                setText(choice.label);
                onValueChange(choice.label);
                window.setTimeout(() => stopEditing(), 0);
              }}
            >
              {choice.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

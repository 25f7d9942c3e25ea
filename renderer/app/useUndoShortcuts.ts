import { App } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from './api-hooks';

/** Text fields keep their own undo; elsewhere Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) undo and redo app-wide. */
function isTextEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

export function useUndoShortcuts(enabled: boolean): void {
  const undo = useApiMutation('history.undo');
  const redo = useApiMutation('history.redo');
  const { message } = App.useApp();
  const { t } = useTranslation();
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextEditing(event.target)) return;
      const key = event.key.toLowerCase();
      const wantsRedo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
      const wantsUndo = key === 'z' && !event.shiftKey;
      if (!wantsUndo && !wantsRedo) return;
      event.preventDefault();
      const run = wantsRedo ? redo : undo;
      run.mutate(
        {},
        {
          onSuccess: () => void message.info(wantsRedo ? t('history.redone') : t('history.undone'), 1.5),
          onError: (error) => void message.warning(error.message, 2),
        },
      );
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, undo, redo, message, t]);
}

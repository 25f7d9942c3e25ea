import { App } from 'antd';
import type { MethodInput } from '../../../../electron/api/methods';
import { useApiMutation } from '../../../app/api-hooks';
import { useErrorText } from '../../../app/useErrorText';
import { fill, useLocalTexts } from './local-texts';
import { texts } from './texts';

export type LifecycleMethod = 'institutions.merge' | 'institutions.split' | 'institutions.rename' | 'institutions.dissolve' | 'institutions.setGoverningBody';

/**
 * Asks once more in plain words, then calls the action. A refusal keeps the form open with the reason shown; a
 * success says what was recorded (the History label) and hands over to the caller.
 */
export function useLifecycleAction<M extends LifecycleMethod>(method: M, onDone: () => void) {
  const tx = useLocalTexts(texts);
  const mutation = useApiMutation(method);
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const run = (input: MethodInput<M>, question: string, okText: string, danger = false) =>
    modal.confirm({
      title: tx.confirmTitle,
      content: (
        <div data-testid="lifecycle-confirm">
          <p style={{ margin: 0 }}>{question}</p>
          <p style={{ margin: '8px 0 0', color: '#6b7280' }}>{tx.undoHint}</p>
        </div>
      ),
      okText,
      okButtonProps: { danger, 'data-testid': 'lifecycle-confirm-ok' } as never,
      cancelText: tx.cancel,
      onOk: async () => {
        try {
          const result = await mutation.mutateAsync(input);
          void message.success(fill(tx.done, { label: result.label }), 3);
          onDone();
        } catch (error) {
          void message.error(errorText(error), 8);
        }
      },
    });
  return { run, pending: mutation.isPending };
}

import { Alert, Button, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { formatDate } from '../../../../electron/api/text/format';
import { useApiQuery } from '../../../app/api-hooks';
import { GoverningBodyModal } from './GoverningBodyModal';
import { fill, useLocalTexts } from './local-texts';
import { MergeModal } from './MergeModal';
import { DissolveModal, RenameModal } from './RenameDissolveModals';
import { SplitModal } from './SplitModal';
import { texts } from './texts';

export interface InstitutionActionsProps {
  institutionId: number;
  /** Called after an action changed data (the caller closes or refreshes its panel). */
  onDone?: () => void;
}

type Action = 'merge' | 'split' | 'rename' | 'dissolve' | 'governingBody';
const ACTIONS: Action[] = ['merge', 'split', 'rename', 'governingBody', 'dissolve'];
const MODALS = { merge: MergeModal, split: SplitModal, rename: RenameModal, dissolve: DissolveModal, governingBody: GoverningBodyModal };

/**
 * Merge, split, rename, dissolve and governing-body changes for one institution, each in its own dialog. An
 * institution that has ended says so (and where its figures now roll up) instead of offering actions.
 */
export function InstitutionActions({ institutionId, onDone }: InstitutionActionsProps) {
  const tx = useLocalTexts(texts);
  const lifecycle = useApiQuery('institutions.getLifecycle', { id: institutionId });
  const [open, setOpen] = useState<Action | null>(null);
  const data = lifecycle.data?.institution.id === institutionId ? lifecycle.data : undefined;
  if (!data) return null;
  const self = data.institution;
  const active = self.status === 'active';
  const Modal = open ? MODALS[open] : null;
  const done = () => {
    setOpen(null);
    onDone?.();
  };

  return (
    <Flex vertical gap={8} data-testid="institution-actions">
      {active ? (
        <Typography.Text type="secondary">{tx.intro}</Typography.Text>
      ) : (
        <Alert
          type="info"
          showIcon
          title={fill(tx.ended, { name: self.name, status: tx.status[self.status], date: formatDate(self.statusChangedOn) || '—' })}
          description={self.rollsUpInto.id !== self.id ? fill(tx.rollsUpInto, { name: `${self.rollsUpInto.code} — ${self.rollsUpInto.name}` }) : undefined}
        />
      )}
      {active && (
        <Space wrap size={[6, 6]}>
          {ACTIONS.map((action) => (
            <Button key={action} size="small" danger={action === 'dissolve'} onClick={() => setOpen(action)} data-testid={`lifecycle-${action}`}>
              {tx.actions[action]}
            </Button>
          ))}
        </Space>
      )}
      {Modal && <Modal lifecycle={data} onClose={() => setOpen(null)} onDone={done} />}
    </Flex>
  );
}

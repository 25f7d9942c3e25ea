import { ImportOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useLocalTexts } from '../lifecycle/local-texts';
import { ImportWizard } from './ImportWizard';
import { texts } from './texts';

/** The institutions toolbar's "Import from Excel/CSV": opens the wizard. */
export function ImportInstitutionsButton() {
  const tx = useLocalTexts(texts);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<ImportOutlined />} onClick={() => setOpen(true)} data-testid="import-institutions">
        {tx.button}
      </Button>
      {open && <ImportWizard onClose={() => setOpen(false)} />}
    </>
  );
}

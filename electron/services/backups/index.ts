// Data safety: automatic and pre-import backups, restore, save a copy as. Import features call backupBeforeImport.
export { backupBeforeImport } from './before-import';
export { KEEP, automaticBackupOnOpen, listBackupFiles, writeBackup, type WrittenBackup } from './store';
export { listOpenFileBackups, listRecentFileBackups, restoreBackup, restoreRecentFile, saveCopyAs } from './restore';

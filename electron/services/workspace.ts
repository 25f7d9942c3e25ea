import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { openDatabase, type OpenedDatabase, type Sqlite } from '../../db/client';
import { DataFileError } from '../../db/data-file-error';
import { inspectDataFile, migrate, type Migration } from '../../db/migrate';
import { loadReferenceData } from '../../db/reference/load';
import type { OpenFile } from '../api/schemas/app';
import type { BackupReason } from '../api/schemas/backups';
import type { NewProvinceInput } from '../api/schemas/profile';
import { refuseBeforeWriting } from './backups/check';
import { automaticBackupOnOpen, writeBackup } from './backups/store';
import { type Author, recordBaseline } from './history/mutation-path';
import { ServiceError } from './service-error';
import { registerSqlFunctions } from './sql-functions';

const problemCodes = {
  NOT_FOUND: 'FILE_NOT_FOUND',
  NOT_OURS: 'FILE_NOT_OURS',
  TOO_NEW: 'FILE_TOO_NEW',
  DAMAGED: 'FILE_DAMAGED',
  MIGRATION_FAILED: 'MIGRATION_FAILED',
} as const;

export function asFileError(error: unknown): unknown {
  if (error instanceof DataFileError) return new ServiceError(problemCodes[error.problem], error.message, error.details);
  return error;
}

/**
 * A migration statement that fails (e.g. a table it creates exists already: the file's schema is not what its
 * version says) has been rolled back with its transaction; it is a refusal to say so, not an unexpected error.
 */
function migrateOrRefuse(sqlite: Sqlite, migrations: Migration[], file: string, backup: (version: number) => string) {
  try {
    return migrate(sqlite, migrations, { backup });
  } catch (error) {
    if (error instanceof DataFileError) throw error;
    throw new DataFileError('MIGRATION_FAILED', 'Không nâng cấp được tệp lên lược đồ mới; đã hoàn tác, tệp giữ nguyên như trước.', {
      file,
      cause: error instanceof Error ? error.message : String(error),
    });
  }
}

export interface Populate {
  (sqlite: Sqlite): string;
}

/**
 * The data file the user works on: at most one open at a time. Opening inspects the file read-only first, so a
 * refused file is never written; then backs up and migrates it.
 */
export class Workspace {
  private opened: (OpenedDatabase & { info: OpenFile }) | null = null;

  constructor(
    readonly migrations: Migration[],
    readonly backupDirectory: string,
  ) {}

  get current(): OpenFile | null {
    return this.opened?.info ?? null;
  }

  require(): OpenedDatabase {
    if (!this.opened) throw new ServiceError('NO_FILE_OPEN', 'Chưa mở tệp dữ liệu nào.');
    return this.opened;
  }

  open(file: string): OpenFile {
    let opened: OpenedDatabase | undefined;
    try {
      // Still read-only: a file that would fail once opened for writing is refused before anything writes to it.
      refuseBeforeWriting(file, inspectDataFile(file, this.migrations.length), this.migrations);
      opened = openDatabase(file);
      registerSqlFunctions(opened.sqlite);
      const result = migrateOrRefuse(opened.sqlite, this.migrations, file, (version) =>
        this.backup(opened!.sqlite, file, 'migration', `v${version}`),
      );
      const profile = opened.sqlite.prepare('SELECT name, is_sample FROM province_profile WHERE id = 1').get() as
        | { name: string; is_sample: number }
        | undefined;
      if (!profile) throw new DataFileError('DAMAGED', 'Tệp dữ liệu thiếu hồ sơ tỉnh.', { file });
      this.close();
      const info: OpenFile = {
        path: file,
        provinceName: profile.name,
        isSample: profile.is_sample === 1,
        schemaVersion: result.to,
        migratedFrom: result.from === result.to ? null : result.from,
      };
      this.opened = { ...opened, info };
      // A copy a day of every file in use: the cheapest undo for a mistake noticed next week. Never throws.
      automaticBackupOnOpen(this);
      return info;
    } catch (error) {
      opened?.sqlite.close();
      throw asFileError(error);
    }
  }

  close(): void {
    this.opened?.sqlite.close();
    this.opened = null;
  }

  backup(sqlite: Sqlite, file: string, reason: BackupReason, note: string | null = null): string {
    return writeBackup(this.backupDirectory, sqlite, file, reason, { note }).path;
  }

  /**
   * Creates a province file atomically: built in a temporary file beside the target, then renamed over it, so a
   * crash mid-way never leaves a half-made file under the user's chosen name.
   */
  create(file: string, input: NewProvinceInput, author: Author, options: { isSample?: boolean; populate?: Populate } = {}): OpenFile {
    mkdirSync(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.creating`;
    rmSync(temp, { force: true });
    const made = openDatabase(temp, { create: true });
    try {
      registerSqlFunctions(made.sqlite);
      migrate(made.sqlite, this.migrations);
      made.sqlite.transaction(() => {
        loadReferenceData(made.sqlite);
        const p = input.profile;
        made.sqlite
          .prepare(
            `INSERT INTO province_profile (id, name, place_name, superior_body, owning_department, owning_department_code,
               recipient_ministry, recipient_department, signer_name, signer_title, signing_authority, document_code, is_sample, created_at)
             VALUES (1, @name, @placeName, @superiorBody, @owningDepartment, @owningDepartmentCode, @recipientMinistry,
               @recipientDepartment, @signerName, @signerTitle, @signingAuthority, @documentCode, @isSample, @createdAt)`,
          )
          .run({ ...p, isSample: options.isSample ? 1 : 0, createdAt: author.at });
        const predecessor = made.sqlite.prepare('INSERT INTO predecessor_provinces (name, merged_on) VALUES (?, ?)');
        for (const item of input.predecessors) predecessor.run(item.name, item.mergedOn);
        const populated = options.populate?.(made.sqlite);
        recordBaseline(made.sqlite, author, 'file.create', populated ?? `Tạo tệp dữ liệu ${p.name}`);
      })();
      made.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      made.sqlite.close();
      this.close();
      for (const suffix of ['-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
      renameSync(temp, file);
    } catch (error) {
      if (made.sqlite.open) made.sqlite.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${temp}${suffix}`, { force: true });
      throw asFileError(error);
    }
    return this.open(file);
  }

  exists(file: string): boolean {
    return existsSync(file);
  }
}

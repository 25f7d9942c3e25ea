import { writeFileAtomically } from '../export/write-atomically';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Sqlite } from '../../../db/client';
import { documentBytes, documentRow, stageEvent } from '../../../db/queries/projects-detail';
import { sanitiseFileName } from '../export/spreadsheet-safety';
import { applyChanges, type Author } from '../history/mutation-path';
import type { Platform } from '../platform';
import { ServiceError } from '../service-error';

// Documents attached to a project or one of its lifecycle steps, kept inside the data file so copying the file
// copies them. The bytes go to document_contents (append-only, keyed by SHA-256, outside the audit trail); the
// audited project_documents row holds the name, type, size and hash. Undo removes or restores that row; the bytes
// it names are always still there. The bytes are written in the same transaction as the audited row.

/** Scanned decisions run to a few MB; above this a file is more likely a mistake than a legal document. */
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

const MEDIA_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.zip': 'application/zip',
  '.txt': 'text/plain',
};

export const mediaTypeOf = (fileName: string) => MEDIA_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';

export interface AttachRequest {
  projectId: number;
  stageEventId: number | null;
  note?: string | null | undefined;
}

/** Stores bytes under their hash once; returns the hash. Runs inside the caller's transaction. */
function storeContent(sqlite: Sqlite, bytes: Buffer): string {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  sqlite.prepare('INSERT OR IGNORE INTO document_contents (sha256, size_bytes, bytes) VALUES (?, ?, ?)').run(sha256, bytes.length, bytes);
  return sha256;
}

/** Attaches a file's bytes (already read) to a project; one recorded change. */
export function attachBytes(sqlite: Sqlite, author: Author, request: AttachRequest, fileName: string, bytes: Buffer) {
  const project = sqlite.prepare('SELECT id, code FROM projects WHERE id = ?').get(request.projectId) as { id: number; code: string } | undefined;
  if (!project) throw new ServiceError('NOT_FOUND', `Không tìm thấy dự án #${request.projectId}.`, { id: request.projectId });
  if (request.stageEventId !== null) {
    const event = stageEvent(sqlite, request.stageEventId);
    if (!event || event.projectId !== project.id) {
      throw new ServiceError('INVALID_INPUT', 'Bước vòng đời không thuộc dự án này.', { stageEventId: request.stageEventId });
    }
  }
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new ServiceError('INVALID_INPUT', `Tệp lớn hơn ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB: hãy nén hoặc quét lại ở độ phân giải thấp hơn.`, { size: bytes.length });
  }
  const name = sanitiseFileName(fileName, 'tai-lieu');
  return sqlite.transaction(() => {
    const sha256 = storeContent(sqlite, bytes);
    const result = applyChanges(sqlite, author, {
      action: 'projects.attachDocument',
      label: `Dự án ${project.code}: đính kèm ${name}`,
      changes: [
        {
          op: 'insert',
          table: 'project_documents',
          values: {
            projectId: project.id,
            stageEventId: request.stageEventId,
            fileName: name,
            mediaType: mediaTypeOf(name),
            sizeBytes: bytes.length,
            sha256,
            addedAt: author.at,
            note: request.note?.trim() || null,
          },
        },
      ],
    });
    return { id: result.insertedIds[0]!, changeSetId: result.changeSetId };
  })();
}

/** Asks the host for a file, reads it whole before writing (no statement spans the await), and attaches it. */
export async function attachFromDialog(sqlite: Sqlite, author: Author, platform: Platform, request: AttachRequest) {
  const file = await platform.chooseFileToOpen('pdf');
  if (!file) return null;
  const size = statSync(file).size;
  if (size > MAX_DOCUMENT_BYTES) {
    throw new ServiceError('INVALID_INPUT', `Tệp lớn hơn ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB: hãy nén hoặc quét lại ở độ phân giải thấp hơn.`, { size });
  }
  return attachBytes(sqlite, author, request, basename(file), readFileSync(file));
}

export function removeDocument(sqlite: Sqlite, author: Author, id: number) {
  const document = documentRow(sqlite, id);
  if (!document) throw new ServiceError('NOT_FOUND', `Không tìm thấy tài liệu #${id}.`, { id });
  const code = (sqlite.prepare('SELECT code FROM projects WHERE id = ?').get(document.projectId) as { code: string }).code;
  const result = applyChanges(sqlite, author, {
    action: 'projects.removeDocument',
    label: `Dự án ${code}: bỏ tài liệu ${document.fileName}`,
    changes: [{ op: 'delete', table: 'project_documents', id }],
  });
  return { changeSetId: result.changeSetId };
}

/** Writes a document where the user chooses, through a temporary file renamed when complete. */
export async function saveDocument(sqlite: Sqlite, platform: Platform, id: number) {
  const document = documentRow(sqlite, id);
  if (!document) throw new ServiceError('NOT_FOUND', `Không tìm thấy tài liệu #${id}.`, { id });
  const bytes = documentBytes(sqlite, document.sha256);
  if (!bytes) throw new ServiceError('NOT_FOUND', `Nội dung tài liệu ${document.fileName} không còn trong tệp.`, { id });
  const file = await platform.chooseNewFileLocation(document.fileName, 'pdf');
  if (!file) return { file: null };
  writeFileAtomically(file, bytes);
  return { file };
}

// Attachments of guidance documents: .docx, .xlsx and .pdf, recognised by their bytes (never by the
// name or the browser's word), capped in size, stored like every upload under DATA_DIR/files with an
// id for a name.
import type { FastifyRequest } from 'fastify';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, type TAttachmentType } from '@shian/shared/guidance';
import type { TDbOrTx } from '../../core/db/database.ts';
import { AppError } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { uploadName } from '../../core/download.ts';
import { storeDocument } from '../../core/files/files.ts';

const LIMIT_TEXT = `${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`;
const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;

/** The names of a ZIP archive's entries, read from its central directory; null when it is not a ZIP. */
export function zipEntryNames(buffer: Buffer): string[] | null {
  if (buffer.length < 22 || buffer.readUInt32LE(0) !== 0x04034b50) return null;
  // The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 KB.
  let end = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== CENTRAL_ENTRY) return null;
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength > buffer.length) return null;
    names.push(buffer.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** pdf, docx or xlsx from the bytes; null for anything else (an old .doc, an image, a renamed file). */
export function attachmentTypeOf(buffer: Buffer): TAttachmentType | null {
  if (buffer.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  const names = zipEntryNames(buffer);
  if (!names?.includes('[Content_Types].xml')) return null;
  if (names.includes('word/document.xml')) return 'docx';
  if (names.includes('xl/workbook.xml')) return 'xlsx';
  return null;
}

export type TAttachmentUpload = { buffer: Buffer; filename: string };

/** One file from a multipart form (field "file"). */
export async function readAttachmentUpload(request: FastifyRequest): Promise<TAttachmentUpload> {
  let upload: TAttachmentUpload | null = null;
  try {
    for await (const part of request.parts({ limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5 } })) {
      if (part.type === 'file') upload = { buffer: await part.toBuffer(), filename: part.filename };
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('PAYLOAD_TOO_LARGE', { limit: LIMIT_TEXT });
    throw error;
  }
  if (!upload) throw invalidField('file', { zh: '不能为空', en: 'is required' });
  return upload;
}

export type TCheckedAttachment = { buffer: Buffer; type: TAttachmentType; name: string };

export function checkAttachment(upload: TAttachmentUpload): TCheckedAttachment {
  if (upload.buffer.length > MAX_ATTACHMENT_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', { limit: LIMIT_TEXT });
  if (upload.buffer.length === 0) throw invalidField('file', { zh: '文件是空的', en: 'the file is empty' });
  const type = attachmentTypeOf(upload.buffer);
  if (!type) {
    throw new AppError('UNSUPPORTED_FILE', {
      reason: { zh: '只接受 Word（.docx）、Excel（.xlsx）或 PDF 文件', en: 'only Word (.docx), Excel (.xlsx) or PDF files are accepted' },
    });
  }
  return { buffer: upload.buffer, type, name: uploadName(upload.filename, type) };
}

/** Writes the bytes under filesDir and records them in stored_file; returns the file's id. */
export async function storeAttachment(db: TDbOrTx, filesDir: string, input: TCheckedAttachment & { bureauId: string; uploadedBy: string | null }): Promise<string> {
  const file = await storeDocument(db, filesDir, { ...input, kind: 'attachment', mime: ATTACHMENT_TYPES[input.type], extension: input.type });
  return file.id;
}

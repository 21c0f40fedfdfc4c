// Evidence files: photos (checked, re-encoded and stripped by core/files), PDF scans and Word documents.
// The type is decided from the bytes, never from the name or the browser's word; sizes are capped.
import type { FastifyRequest } from 'fastify';
import type { TDbOrTx } from '../../core/db/database.ts';
import { AppError } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { imageTypeOf, storeDocument, storeImage, type TStoredFile } from '../../core/files/files.ts';
import { DOCX_TYPE } from '../../core/download.ts';

/** Scanned case files run larger than photos. */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
export const PDF_TYPE = 'application/pdf';

const ZIP_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** A Word document is a zip holding word/document.xml; a macro-enabled one (vbaProject.bin) is refused. */
export function documentTypeOf(buffer: Buffer): string | null {
  if (buffer.subarray(0, 5).toString('latin1') === '%PDF-') return PDF_TYPE;
  if (buffer.subarray(0, 4).equals(ZIP_HEADER) && buffer.includes('word/document.xml') && buffer.includes('[Content_Types].xml') && !buffer.includes('vbaProject.bin')) {
    return DOCX_TYPE;
  }
  return null;
}

export type TEvidenceUpload = { buffer: Buffer; filename: string; fields: Record<string, string> };

/** One file from a multipart form (field "file") with the text fields sent alongside it. */
export async function readEvidenceUpload(request: FastifyRequest): Promise<TEvidenceUpload> {
  const fields: Record<string, string> = {};
  let upload: { buffer: Buffer; filename: string } | null = null;
  try {
    for await (const part of request.parts({ limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1, fields: 6 } })) {
      if (part.type === 'file') upload = { buffer: await part.toBuffer(), filename: part.filename };
      else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('PAYLOAD_TOO_LARGE', { limit: '20 MB' });
    throw error;
  }
  if (!upload || upload.buffer.length === 0) throw invalidField('file', { zh: '不能为空', en: 'is required' });
  return { ...upload, fields };
}

/** Stores an evidence file: images through core/files (re-encoded), PDF and Word documents as they are. */
export async function storeEvidenceFile(
  db: TDbOrTx,
  filesDir: string,
  input: { bureauId: string; buffer: Buffer; originalName: string; uploadedBy: string },
): Promise<TStoredFile> {
  if (imageTypeOf(input.buffer)) return storeImage(db, filesDir, { ...input, kind: 'photo' });
  const mime = documentTypeOf(input.buffer);
  if (!mime) {
    throw new AppError('UNSUPPORTED_FILE', {
      reason: { zh: '证据只接受 JPEG、PNG、WebP 图片，PDF 或 Word（.docx）文件', en: 'evidence must be a JPEG, PNG or WebP image, a PDF or a Word (.docx) file' },
    });
  }
  if (input.buffer.length > MAX_EVIDENCE_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', { limit: '20 MB' });
  const extension = mime === PDF_TYPE ? 'pdf' : 'docx';
  return storeDocument(db, filesDir, { ...input, kind: 'evidence', mime, extension, name: input.originalName });
}

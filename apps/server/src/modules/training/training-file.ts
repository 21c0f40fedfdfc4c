// Lesson attachments: PDF, Word (.docx) and Excel (.xlsx) files as they are, JPG and PNG pictures re-encoded
// (EXIF and GPS dropped). The type is decided from the bytes (the guidance module's check for documents,
// core/files for pictures), sizes are capped, names on disk are ids; stored as kind 'course-attachment' so
// a lesson can only point at files uploaded for courses.
import sharp from 'sharp';
import { ATTACHMENT_TYPES } from '@shian/shared/guidance';
import { MAX_COURSE_ATTACHMENT_BYTES } from '@shian/shared/training';
import type { TDbOrTx } from '../../core/db/database.ts';
import { AppError } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { uploadName } from '../../core/download.ts';
import { imageTypeOf, storeDocument } from '../../core/files/files.ts';
import { checkAttachment } from '../guidance/guidance.public.ts';
import { COURSE_FILE_KIND } from './training.repository.ts';

const WRONG_TYPE = { zh: '只接受 PDF、Word（.docx）、Excel（.xlsx）文件或 JPG、PNG 图片', en: 'only PDF, Word (.docx), Excel (.xlsx) files or JPG, PNG pictures are accepted' };
const PICTURES = { 'image/jpeg': 'jpg', 'image/png': 'png' } as const;

type TChecked = { buffer: Buffer; mime: string; extension: string; name: string };

/** Checks the bytes; a file of another type is a 400 naming the field "file". */
export async function checkCourseFile(upload: { buffer: Buffer; filename: string }): Promise<TChecked> {
  if (upload.buffer.length > MAX_COURSE_ATTACHMENT_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', { limit: '10 MB' });
  if (upload.buffer.length === 0) throw invalidField('file', { zh: '文件是空的', en: 'the file is empty' });
  const image = imageTypeOf(upload.buffer);
  if (image === 'image/jpeg' || image === 'image/png') {
    const extension = PICTURES[image];
    try {
      const source = sharp(upload.buffer, { limitInputPixels: 80_000_000 }).rotate();
      const buffer = await (image === 'image/png' ? source.png() : source.jpeg({ quality: 90 })).toBuffer();
      return { buffer, mime: image, extension, name: uploadName(upload.filename, extension) };
    } catch {
      throw invalidField('file', { zh: '图片已损坏或无法读取', en: 'the picture is damaged or unreadable' });
    }
  }
  if (image) throw invalidField('file', WRONG_TYPE);
  try {
    const document = checkAttachment(upload);
    return { buffer: document.buffer, mime: ATTACHMENT_TYPES[document.type], extension: document.type, name: document.name };
  } catch (error) {
    if (error instanceof AppError && error.code === 'UNSUPPORTED_FILE') throw invalidField('file', WRONG_TYPE);
    throw error;
  }
}

/** Writes the bytes under filesDir and records them in stored_file; returns the row. */
export async function storeCourseFile(db: TDbOrTx, filesDir: string, input: TChecked & { bureauId: string; uploadedBy: string }) {
  return storeDocument(db, filesDir, { ...input, kind: COURSE_FILE_KIND });
}

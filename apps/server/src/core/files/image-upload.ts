import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import { invalidField } from '../field-error.ts';
import { MAX_PHOTO_BYTES } from './files.ts';

export type TImageUpload = { buffer: Buffer; filename: string; fields: Record<string, string> };

/** One image from a multipart form (field "file"), with the text fields sent alongside it. */
export async function readImageUpload(request: FastifyRequest): Promise<TImageUpload> {
  const fields: Record<string, string> = {};
  let upload: { buffer: Buffer; filename: string } | null = null;
  try {
    for await (const part of request.parts({ limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 5 } })) {
      if (part.type === 'file') upload = { buffer: await part.toBuffer(), filename: part.filename };
      else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('PAYLOAD_TOO_LARGE', { limit: '10 MB' });
    throw error;
  }
  if (!upload) throw invalidField('file', { zh: '不能为空', en: 'is required' });
  return { ...upload, fields };
}

// Uploaded files: the type is decided from the bytes (never the name or the browser's word),
// sizes are capped, images are re-encoded to strip metadata and get a thumbnail, and names on
// disk are ids, so nothing a user sends becomes a path.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { and, eq, inArray } from 'drizzle-orm';
import type { TDbOrTx } from '../db/database.ts';
import { AppError, notFound } from '../errors.ts';
import { storedFile } from './file.schema.ts';

export type TFileKind = 'photo' | 'signature';
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
const THUMBNAIL_PX = 320;
const PHOTO_MAX_PX = 2560;

const SIGNATURES: { mime: string; test: (b: Buffer) => boolean }[] = [
  { mime: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mime: 'image/png', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { mime: 'image/webp', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
];

export function imageTypeOf(buffer: Buffer): string | null {
  return SIGNATURES.find((s) => s.test(buffer))?.mime ?? null;
}

export type TStoredFile = typeof storedFile.$inferSelect;

export async function storeImage(
  db: TDbOrTx,
  filesDir: string,
  input: { bureauId: string; kind: TFileKind; buffer: Buffer; originalName: string; uploadedBy: string },
): Promise<TStoredFile> {
  if (input.buffer.length > MAX_PHOTO_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', { limit: '10 MB' });
  if (!imageTypeOf(input.buffer)) {
    throw new AppError('UNSUPPORTED_FILE', { reason: { zh: '只接受 JPEG、PNG 或 WebP 图片', en: 'only JPEG, PNG or WebP images are accepted' } });
  }
  let image: Buffer;
  let thumbnail: Buffer;
  try {
    // rotate() applies the EXIF orientation before the metadata (GPS, device) is dropped.
    const source = sharp(input.buffer, { limitInputPixels: 80_000_000 }).rotate();
    image = await source.clone().resize(PHOTO_MAX_PX, PHOTO_MAX_PX, { fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 85 }).toBuffer();
    thumbnail = await source.clone().resize(THUMBNAIL_PX, THUMBNAIL_PX, { fit: 'inside' }).jpeg({ quality: 75 }).toBuffer();
  } catch {
    throw new AppError('UNSUPPORTED_FILE', { reason: { zh: '图片已损坏或无法读取', en: 'the image is damaged or unreadable' } });
  }
  const id = randomUUID();
  const dir = path.join(filesDir, id.slice(0, 2));
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `${id}.jpg`), image);
  await writeFile(path.join(dir, `${id}.thumb.jpg`), thumbnail);
  const [row] = await db
    .insert(storedFile)
    .values({
      id,
      bureauId: input.bureauId,
      kind: input.kind,
      mime: 'image/jpeg',
      size: image.length,
      sha256: createHash('sha256').update(image).digest('hex'),
      originalName: input.originalName.slice(0, 200),
      path: `${id.slice(0, 2)}/${id}.jpg`,
      thumbnailPath: `${id.slice(0, 2)}/${id}.thumb.jpg`,
      uploadedBy: input.uploadedBy,
    })
    .returning();
  return row;
}

/**
 * Stores a checked document (not an image: those go through storeImage) as it came: its bytes under filesDir, named by
 * a new id, and its stored_file row of this kind.
 */
export async function storeDocument(
  db: TDbOrTx,
  filesDir: string,
  input: { bureauId: string; kind: string; mime: string; extension: string; buffer: Buffer; name: string; uploadedBy: string | null },
): Promise<TStoredFile> {
  const id = randomUUID();
  const relative = `${id.slice(0, 2)}/${id}.${input.extension}`;
  await mkdir(path.join(filesDir, id.slice(0, 2)), { recursive: true });
  await writeFile(path.join(filesDir, relative), input.buffer);
  const [row] = await db
    .insert(storedFile)
    .values({
      id,
      bureauId: input.bureauId,
      kind: input.kind,
      mime: input.mime,
      size: input.buffer.length,
      sha256: createHash('sha256').update(input.buffer).digest('hex'),
      originalName: input.name.slice(0, 200),
      path: relative,
      uploadedBy: input.uploadedBy,
    })
    .returning();
  return row;
}

/** The bureau's stored files of these ids, with their kind and uploader: to check the files a request names. */
export function filesByIds(db: TDbOrTx, bureauId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: storedFile.id, kind: storedFile.kind, uploadedBy: storedFile.uploadedBy })
    .from(storedFile)
    .where(and(eq(storedFile.bureauId, bureauId), inArray(storedFile.id, ids)));
}

export async function findFile(db: TDbOrTx, bureauId: string, id: string): Promise<TStoredFile> {
  const [row] = await db.select().from(storedFile).where(eq(storedFile.id, id));
  if (!row || row.bureauId !== bureauId) throw notFound();
  return row;
}

/** The bytes of a stored file; 404 when they are gone from disk (a lost volume, a partial restore). */
export async function readStoredFile(filesDir: string, file: TStoredFile, thumbnail: boolean): Promise<Buffer> {
  const relative = thumbnail && file.thumbnailPath ? file.thumbnailPath : file.path;
  try {
    return await readFile(path.join(filesDir, relative));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw notFound();
    throw error;
  }
}

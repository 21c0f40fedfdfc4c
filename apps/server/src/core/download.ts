// A file sent as a download: one Content-Disposition for every route (an ASCII fallback name with the real extension,
// for old clients, and the UTF-8 name), the Word type, and the headers of a file a user uploaded.
import path from 'node:path';
import type { FastifyReply } from 'fastify';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function contentDisposition(fileName: string): string {
  const extension = /\.([A-Za-z0-9]{1,5})$/.exec(fileName)?.[1] ?? 'bin';
  return `attachment; filename="download.${extension}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Sends a stored upload: its type, as a download that the browser must not sniff into something else, cached privately. */
export function sendUpload(reply: FastifyReply, file: { mime: string; name: string; bytes: Buffer }) {
  return reply
    .type(file.mime)
    .header('Content-Disposition', contentDisposition(file.name))
    .header('X-Content-Type-Options', 'nosniff')
    .header('Cache-Control', 'private, max-age=300')
    .send(file.bytes);
}

/** An upload's name for downloading it again: no folders or control characters, and the extension of its real type. */
export function uploadName(originalName: string, extension: string): string {
  const base = path
    .basename(originalName.replace(/\\/g, '/'))
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what a file name must lose
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '')
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .trim()
    .slice(0, 120);
  return `${base || 'attachment'}.${extension}`;
}

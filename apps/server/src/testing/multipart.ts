// multipart/form-data bodies for app.inject, built by hand (no form-data package needed).
import { randomBytes } from 'node:crypto';

export type TMultipartFile = { fileName: string; content: Buffer | string; contentType?: string; field?: string };

/** A body with one file part (plus optional text fields) and the matching content-type header. */
export function multipartBody(file: TMultipartFile, fields: Record<string, string> = {}) {
  const boundary = `----shian-test-${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.fileName}"\r\n` +
        `Content-Type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`,
    ),
    typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

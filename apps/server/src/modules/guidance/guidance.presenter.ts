import type { TGuidanceDocument } from '@shian/shared/guidance';
import type { TAttachmentRow, TGuidanceRow } from './guidance.repository.ts';

export function presentDocument(row: TGuidanceRow, attachments: TAttachmentRow[]): TGuidanceDocument {
  return {
    id: row.id,
    kind: row.kind,
    topic: row.topic,
    title: row.title,
    summary: row.summary,
    body: row.body,
    audiences: row.audiences,
    published: row.published,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    attachments: attachments.map((a) => ({ fileId: a.fileId, name: a.name, type: a.type, size: a.size })),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

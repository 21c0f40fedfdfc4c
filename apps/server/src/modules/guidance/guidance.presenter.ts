import type { TAttachmentType, TGuidanceAudience, TGuidanceDocument, TGuidanceKind, TGuidanceTopic } from '@shian/shared/guidance';
import type { TAttachmentRow, TGuidanceRow } from './guidance.repository.ts';

export function presentDocument(row: TGuidanceRow, attachments: TAttachmentRow[]): TGuidanceDocument {
  return {
    id: row.id,
    kind: row.kind as TGuidanceKind,
    topic: row.topic as TGuidanceTopic,
    title: row.title,
    summary: row.summary,
    body: row.body,
    audiences: row.audiences as TGuidanceAudience[],
    published: row.published,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    attachments: attachments.map((a) => ({ fileId: a.fileId, name: a.name, type: a.type as TAttachmentType, size: a.size })),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

import type { TLawCitation, TLawDocumentSummary } from '@shian/shared/law';
import { unsegment } from './law-segment.ts';
import { MARK_END, MARK_START, type TCitationRow, type TDocumentRow } from './law.repository.ts';

export function presentDocumentSummary(row: TDocumentRow): TLawDocumentSummary {
  return {
    id: row.id,
    title: row.title,
    subtitle: row.subtitle,
    level: row.level,
    issuingBody: row.issuingBody,
    documentNumber: row.documentNumber,
    publishedOn: row.publishedOn,
    effectiveOn: row.effectiveOn,
    validity: row.validity,
    supersededById: row.supersededById,
    topics: row.topics,
    articleCount: row.articleCount,
  };
}

export function presentCitation(row: TCitationRow): TLawCitation {
  return {
    id: row.id,
    articleId: row.articleId,
    subjectKind: row.subjectKind,
    subjectId: row.subjectId,
    label: row.label,
    link: row.link,
  };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** ts_headline's output (precise tokens with private-use marks) → escaped HTML whose only tags are <mark>. */
export function presentSnippet(headline: string): string {
  return escapeHtml(unsegment(headline).replace(/\n+/g, ' ')).replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>');
}

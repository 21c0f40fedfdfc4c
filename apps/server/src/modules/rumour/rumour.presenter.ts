import type { TStandardRef } from '@shian/shared/food-standard';
import type { TLawArticleRef } from '@shian/shared/law';
import type { TPublicRumour, TRumour, TRumourHit } from '@shian/shared/rumour';
import type { TRumourRow } from './rumour.repository.ts';
import { snippetAround } from './rumour-text.ts';

export function presentRumour(row: TRumourRow, standards: TStandardRef[], articles: TLawArticleRef[]): TRumour {
  return {
    ...presentPublicRumour(row, standards, articles),
    status: row.status,
    createdBy: row.createdBy,
    reviewedBy: row.reviewedBy,
    reviewedByName: row.reviewedByName,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    version: row.version,
  };
}

export function presentPublicRumour(row: TRumourRow, standards: TStandardRef[], articles: TLawArticleRef[]): TPublicRumour {
  return {
    id: row.id,
    title: row.title,
    claim: row.claim,
    rebuttal: row.rebuttal,
    evidence: row.evidence,
    topic: row.topic,
    standards,
    articles,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentHit(row: TRumourRow & { score: number }, terms: string[]): TRumourHit {
  return {
    id: row.id,
    title: row.title,
    claim: row.claim,
    snippet: snippetAround(row.rebuttal, terms),
    terms,
    topic: row.topic,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    score: Math.round(row.score * 1000) / 1000,
  };
}

// The box-ticking flags of a visit (审核提示), computed once when it is stored and kept with it in words, so
// that the food-safety office reads why a visit looks doubtful and a later change of thresholds does not
// silently rewrite history.
import type { TCadreVisitThresholds, TPointAnswer, TVisitFlag } from '@shian/shared/cadre-visit';

const EARTH_RADIUS_M = 6_371_000;

/** Great-circle distance in metres (haversine; ample at the scale of a district). */
export function distanceMeters(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
}

/** Answers as a comparable text: every point's finding and note, in point order. */
const answerKey = (answers: TPointAnswer[]) => JSON.stringify([...answers].sort((x, y) => x.pointKey.localeCompare(y.pointKey)).map((a) => [a.pointKey, a.outcome, a.note]));

export type TFlagFacts = {
  mode: 'on_site' | 'remote';
  startedAt: Date;
  endedAt: Date;
  location: { lat: number; lng: number } | null;
  answers: TPointAnswer[];
  /** The subject's registered coordinates; null when the registry has none (the distance rule is skipped). */
  subject: { lat: number; lng: number } | null;
  /** The cadre's previous visit to another subject, if any. */
  previous: { answers: TPointAnswer[]; operatorName: string } | null;
  visitsInHour: number;
  reusedPhotos: number;
};

export function visitFlags(facts: TFlagFacts, t: TCadreVisitThresholds): TVisitFlag[] {
  const flags: TVisitFlag[] = [];
  if (facts.mode === 'on_site') {
    const minutes = Math.round(((facts.endedAt.getTime() - facts.startedAt.getTime()) / 60_000) * 10) / 10;
    if (minutes < t.minMinutesOnSite) {
      flags.push({
        rule: 'short_on_site',
        zh: `现场停留 ${minutes} 分钟，少于 ${t.minMinutesOnSite} 分钟`,
        en: `${minutes} minutes on site, under ${t.minMinutesOnSite}`,
      });
    }
    if (!facts.location) {
      flags.push({ rule: 'no_location', zh: '现场督导未记录位置', en: 'on-site visit recorded without a location' });
    } else if (facts.subject) {
      const metres = Math.round(distanceMeters(facts.location, facts.subject));
      if (metres > t.maxDistanceMeters) {
        flags.push({
          rule: 'far_from_subject',
          zh: `记录位置距主体登记坐标 ${metres} 米，超过 ${t.maxDistanceMeters} 米`,
          en: `recorded ${metres} m from the subject's registered coordinates, over ${t.maxDistanceMeters} m`,
        });
      }
    }
  }
  // Every point conforming without a word is the common honest answer; a distinctive set (findings, notes)
  // repeated word for word on another subject is what copying looks like.
  const distinctive = facts.answers.some((a) => a.outcome !== 'conforming' || a.note !== '');
  if (facts.previous && distinctive && answerKey(facts.answers) === answerKey(facts.previous.answers)) {
    flags.push({
      rule: 'identical_answers',
      zh: `各要点结论和说明与该干部上一次督导（${facts.previous.operatorName}）完全相同`,
      en: `every finding and note is the same as the cadre's previous visit (${facts.previous.operatorName})`,
    });
  }
  if (facts.visitsInHour > t.maxVisitsPerHour) {
    flags.push({
      rule: 'many_in_hour',
      zh: `该干部一小时内记录了 ${facts.visitsInHour} 次督导，超过 ${t.maxVisitsPerHour} 次`,
      en: `the cadre recorded ${facts.visitsInHour} visits within one hour, over ${t.maxVisitsPerHour}`,
    });
  }
  if (facts.reusedPhotos > 0) {
    flags.push({
      rule: 'photo_reused',
      zh: `${facts.reusedPhotos} 张照片与其他督导记录中的照片完全相同`,
      en: `${facts.reusedPhotos} photo(s) identical to a photo of another visit`,
    });
  }
  return flags;
}

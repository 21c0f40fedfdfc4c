// The risk-control module's face: what other modules (the self-check, the demo seed) may call.
import { riskControlKindOf, type TControlPoint } from '@shian/shared/risk-control';
import type { TDb } from '../../core/db/database.ts';
import { currentTemplate, ensureTemplates, findList, operatorById, templateVersion } from './risk-control.repository.ts';

/**
 * The points a business controls: its adopted list's applicable points (the template points of the version it
 * adopted, less those it marked not applicable, then its own points 'own-1'…), or, when it has adopted none, the
 * current template of its kind (listId null). `version` is the template version the points come from (null only
 * when there is no such operator: then no points).
 */
export async function controlPointsFor(db: TDb, operatorId: string): Promise<{ listId: string | null; version: number | null; points: TControlPoint[] }> {
  const op = await operatorById(db, operatorId);
  if (!op) return { listId: null, version: null, points: [] };
  const list = await findList(db, operatorId);
  if (list) {
    const template = await templateVersion(db, op.bureauId, list.templateKind, list.templateVersion);
    const skip = new Set(list.notApplicable);
    const points = (template?.points ?? []).filter((p) => !skip.has(p.key));
    return { listId: list.id, version: list.templateVersion, points: [...points, ...list.ownPoints] };
  }
  const kind = riskControlKindOf(op.type);
  let current = await currentTemplate(db, op.bureauId, kind);
  if (!current) {
    await ensureTemplates(db, op.bureauId);
    current = await currentTemplate(db, op.bureauId, kind);
  }
  return { listId: null, version: current?.template.versionNo ?? null, points: current?.template.points ?? [] };
}

/** The default templates as version 1 of every kind (the demo seed writes them before adopting lists). */
export { ensureTemplates } from './risk-control.repository.ts';

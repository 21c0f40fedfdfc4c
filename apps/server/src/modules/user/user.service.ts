import type { TUserCreate } from '@shian/shared/auth';
import type { TDb } from '../../core/db/database.ts';
import { AppError } from '../../core/errors.ts';
import { hashPassword } from '../../core/password.ts';
import { recordAudit, type TActor } from '../../core/audit/audit-log.ts';
import * as repo from './user.repository.ts';
import { presentUser } from './user.presenter.ts';

const ROLES_NEEDING_STATION = new Set(['station', 'inspector']);

export async function createUser(db: TDb, actor: TActor, bureauId: string, input: TUserCreate, options = { demo: false }) {
  if (ROLES_NEEDING_STATION.has(input.role) && !input.stationId) {
    throw new AppError('VALIDATION_FAILED', {}, (lang) => [{ path: 'stationId', message: lang === 'en' ? 'Station: required for this role' : '市场监管所：该角色必须指定' }]);
  }
  if (input.role === 'business' && !input.operatorId) {
    throw new AppError('VALIDATION_FAILED', {}, (lang) => [
      { path: 'operatorId', message: lang === 'en' ? 'Operator: required for a business user' : '经营主体：企业用户必须指定' },
    ]);
  }
  if (await repo.findUserByUsername(db, input.username)) {
    throw new AppError('CONFLICT', { what: { zh: `用户名 ${input.username} `, en: `Username ${input.username} ` } });
  }
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [row] = await repo.insertUsers(tx, [
      {
        bureauId,
        username: input.username,
        displayName: input.displayName,
        passwordHash,
        role: input.role,
        stationId: input.stationId,
        departmentId: input.departmentId,
        operatorId: input.operatorId,
        demo: options.demo,
        passwordChangedAt: new Date(),
      },
    ]);
    const user = presentUser(row);
    await recordAudit(tx, [{ actor, action: 'create', entity: 'user', entityId: row.id, after: user }]);
    return user;
  });
}

export async function listUsers(db: TDb, bureauId: string) {
  return (await repo.listUsers(db, bureauId)).map(presentUser);
}

// Which record an account is tied to follows from its role: a station for station heads and inspectors, a
// department for department staff, the operator for a business account, the cadre record for a cadre. Other
// roles hold none, so a role change clears the links the new role does not use.
import type { TRole } from '@shian/shared/access';
import type { TDbOrTx } from '../../core/db/database.ts';
import { invalidField } from '../../core/field-error.ts';
import { AppError } from '../../core/errors.ts';
import * as repo from './user.repository.ts';

export type TLinks = { stationId: string | null; departmentId: string | null; operatorId: string | null; cadreId: string | null };
type TLink = keyof TLinks;

const LINK_OF_ROLE: Partial<Record<TRole, TLink>> = {
  station: 'stationId',
  inspector: 'stationId',
  department: 'departmentId',
  business: 'operatorId',
  cadre: 'cadreId',
};

const MISSING: Record<TLink, { zh: string; en: string }> = {
  stationId: { zh: '该角色必须指定所属监管所', en: 'is required for this role' },
  departmentId: { zh: '科室人员必须指定所属科室', en: 'is required for department staff' },
  operatorId: { zh: '企业用户必须指定经营主体', en: 'is required for a business user' },
  cadreId: { zh: '包保干部账号必须关联包保干部档案', en: 'is required for a cadre account' },
};

/**
 * The links an account of `role` keeps from `given`, checked: the one the role needs is present and exists in
 * the bureau (an administrator cannot tie an account to another bureau's records), a cadre has one account.
 */
export async function checkedLinks(db: TDbOrTx, bureauId: string, role: TRole, given: TLinks, userId: string | null = null): Promise<TLinks> {
  const links: TLinks = { stationId: null, departmentId: null, operatorId: null, cadreId: null };
  const needed = LINK_OF_ROLE[role];
  if (!needed) return links;
  const id = given[needed];
  if (!id) throw invalidField(needed, MISSING[needed]);
  links[needed] = id;
  const exists = await repo.existingLinks(db, bureauId, links);
  if (!exists[needed]) throw invalidField(needed, { zh: '不是本局的记录', en: 'is not a record of this bureau' });
  if (needed === 'cadreId') {
    const [taken] = (await repo.cadreOptions(db, bureauId, undefined, id)).filter((c) => c.userId && c.userId !== userId);
    if (taken) throw new AppError('CONFLICT', { what: { zh: '该包保干部的账号', en: "This cadre's account " } });
  }
  return links;
}

// Foreign objects for the scope matrix (scope-matrix.int.test.ts): for each resource a route's path id can
// name, one object that exists but lies outside every restricted user's data scope. It belongs to an
// operator of another station than Qianchuan that is neither the demo business nor assigned to the demo
// cadre, and any station it names is that operator's station: so it is foreign to the station head, the
// inspector, the cadre and the business at once. Rows are written straight to their tables with only the
// columns that matter (as test-complaints.ts does), or made through the API where state lives in memory.
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { rowsOf } from '../core/db/database.ts';
import type { TTestPlatform } from './test-platform.ts';
import { insertComplaints } from './test-complaints.ts';
import { multipartBody } from './multipart.ts';

export type TForeignWorld = {
  bureauId: string;
  /** The foreign operator, its names, unit and station. */
  operatorId: string;
  operatorName: string;
  operatorUscc: string;
  unitCode: string;
  stationId: string;
  /** The inspectors of that station, and the department user who files the bureau's own work. */
  inspectorIds: string[];
  departmentId: string;
  /** Signed-in cookies of the administrator and the department user, who make objects through the API. */
  adminCookie: string;
  departmentCookie: string;
};

/**
 * A foreign object: its table (null when its state lives in memory) and id; `ownedByDepartment` when only
 * the user who made it may see it (imports), so that the department, not the administrator, proves it exists.
 */
export type TForeign = { table: string | null; id: string; ownedByDepartment?: true };

const one = async <T>(platform: TTestPlatform, query: ReturnType<typeof sql>) => rowsOf<T>(await platform.ctx.db.execute(query))[0];

export async function foreignWorld(platform: TTestPlatform, cookies: { admin: string; department: string }): Promise<TForeignWorld> {
  const picked = await one<{ bureau_id: string; id: string; name: string; uscc: string; unit_code: string; station_id: string }>(
    platform,
    sql`select o.bureau_id, o.id, o.name, o.uscc, o.unit_code, u.station_id from operator o join unit u on u.code = o.unit_code
        join station s on s.id = u.station_id
        where s.name <> '前川市场监督管理所'
          and o.id not in (select operator_id from app_user where operator_id is not null)
          and o.id not in (select a.operator_id from cadre_assignment a join app_user au on au.cadre_id = a.cadre_id)
        order by o.uscc limit 1`,
  );
  const inspectors = rowsOf<{ id: string }>(await platform.ctx.db.execute(sql`select id from app_user where role = 'inspector' and station_id = ${picked.station_id}`));
  const department = await one<{ id: string }>(platform, sql`select id from app_user where username = 'department'`);
  return {
    bureauId: picked.bureau_id,
    operatorId: picked.id,
    operatorName: picked.name,
    operatorUscc: picked.uscc,
    unitCode: picked.unit_code,
    stationId: picked.station_id,
    inspectorIds: inspectors.map((i) => i.id),
    departmentId: department.id,
    adminCookie: cookies.admin,
    departmentCookie: cookies.department,
  };
}

type TMaker = (platform: TTestPlatform, w: TForeignWorld, made: (prefix: string) => Promise<TForeign>) => Promise<TForeign>;

const inserted = async (platform: TTestPlatform, table: string, query: ReturnType<typeof sql>): Promise<TForeign> => ({
  table,
  id: (await one<{ id: string }>(platform, query)).id,
});

async function created(platform: TTestPlatform, cookie: string, url: string, payload: unknown, table: string | null): Promise<TForeign> {
  const response = await platform.request({ method: 'POST', url, cookie, payload: payload as never });
  expect(response.statusCode, `${url}: ${response.body}`).toBe(201);
  return { table, id: response.json().id };
}

/**
 * The registry: the path of a resource up to its id (a route's url cut after its first `:id`) → how to make
 * a foreign object of that kind. `made` gives another entry's object, made once.
 */
export const FOREIGN_OBJECTS: Record<string, TMaker> = {
  '/api/operators/:id': async (_p, w) => ({ table: 'operator', id: w.operatorId }),
  '/api/operator-imports/:id': async (p, w) => ({
    ...(await inserted(
      p,
      'operator_import',
      sql`insert into operator_import (bureau_id, user_id, file_name, status, rows, errors, total, valid)
          values (${w.bureauId}, ${w.departmentId}, '经营主体导入.xlsx', 'validated', '[]'::jsonb, '[]'::jsonb, 0, 0) returning id`,
    )),
    ownedByDepartment: true,
  }),
  '/api/cadres/:id': (p, w) =>
    inserted(
      p,
      'cadre',
      sql`insert into cadre (bureau_id, name, level, post, work_unit, unit_code) values (${w.bureauId}, '外所包保干部', 'village', '村支书', '外所村委会', ${w.unitCode}) returning id`,
    ),
  '/api/cadre-imports/:id': async (p, w) => ({
    ...(await inserted(
      p,
      'cadre_import',
      sql`insert into cadre_import (bureau_id, user_id, file_name, status, rows, errors, total, valid)
          values (${w.bureauId}, ${w.departmentId}, '包保干部导入.xlsx', 'validated', '[]'::jsonb, '[]'::jsonb, 0, 0) returning id`,
    )),
    ownedByDepartment: true,
  }),
  '/api/inspections/:id': (p, w) =>
    created(p, w.adminCookie, '/api/inspections', { operatorId: w.operatorId, inspectorIds: w.inspectorIds, kind: 'routine', inspectedOn: '2026-03-02' }, 'inspection'),
  '/api/rectifications/:id': async (p, w, made) => {
    const inspection = await made('/api/inspections/:id');
    return inserted(
      p,
      'rectification',
      // Overdue (as the disposal below), so that an escalation outside the scope would touch it.
      sql`insert into rectification (bureau_id, operator_id, inspection_id, demand, working_days, due_on)
          values (${w.bureauId}, ${w.operatorId}, ${inspection.id}, '整改后厨卫生', 5, '2026-03-10') returning id`,
    );
  },
  '/api/inspection-plans/:id': (p, w) =>
    inserted(
      p,
      'inspection_plan_entry',
      sql`insert into inspection_plan_entry (bureau_id, station_id, operator_id, year, month, due_on, inspector_ids, source)
          values (${w.bureauId}, ${w.stationId}, ${w.operatorId}, 2026, 3, '2026-03-31', ${`{${w.inspectorIds.join(',')}}`}::uuid[], 'manual') returning id`,
    ),
  '/api/random-draws/:id': (p, w) =>
    created(p, w.departmentCookie, '/api/random-draws', { name: '外所双随机', filter: { stationId: w.stationId }, operatorCount: 1 }, 'random_draw'),
  '/api/samples/:id': async (p, w) => {
    const plan = await one<{ id: string }>(p, sql`insert into sampling_plan (bureau_id, name, year, kind) values (${w.bureauId}, '矩阵抽检计划', 2026, 'yearly') returning id`);
    return inserted(
      p,
      'sample',
      sql`insert into sample (bureau_id, plan_id, sample_no, operator_id, product_name, manufacturer_name, quantity, food_category, sampled_on, sampler_name)
          values (${w.bureauId}, ${plan.id}, 'CJ209903020001', ${w.operatorId}, '挂面', '某面业', '2 袋', 'grain_products', '2026-03-02', '张三') returning id`,
    );
  },
  // Pending lab-result imports live in memory, owned by the user who uploaded them.
  '/api/sample-reports/imports/:id': (p, w) => {
    const body = multipartBody({
      fileName: 'lab.csv',
      content: '抽样单编号,报告编号,签发日期,检验项目,检测结果,单位,标准值,判定依据,单项判定\nCJ209903020001,R-1,2026-03-12,铅,0.1,mg/kg,≤0.2 mg/kg,GB 2762-2022,合格\n',
      contentType: 'text/csv',
    });
    return p.request({ method: 'POST', url: '/api/sample-reports/imports', cookie: w.departmentCookie, ...body }).then((response) => {
      expect(response.statusCode, response.body).toBe(201);
      return { table: null, id: response.json().id, ownedByDepartment: true } as const;
    });
  },
  '/api/disposals/:id': async (p, w, made) => {
    const sample = await made('/api/samples/:id');
    return inserted(
      p,
      'disposal',
      sql`insert into disposal (bureau_id, sample_id, operator_id, opened_on, deliver_due_on, objection_due_on, complete_due_on)
          values (${w.bureauId}, ${sample.id}, ${w.operatorId}, '2026-03-02', '2026-03-06', '2026-03-13', '2026-04-01') returning id`,
    );
  },
  '/api/leads/:id': (p, w) =>
    inserted(
      p,
      'case_lead',
      sql`insert into case_lead (bureau_id, source, summary, discovered_on, operator_id, handling_station_id, assess_due_on)
          values (${w.bureauId}, 'higher_authority', '上级交办线索', '2026-03-02', ${w.operatorId}, ${w.stationId}, '2026-03-17') returning id`,
    ),
  '/api/cases/:id': async (p, w) => {
    const lead = await inserted(
      p,
      'case_lead',
      sql`insert into case_lead (bureau_id, source, summary, discovered_on, operator_id, handling_station_id, status, assessment)
          values (${w.bureauId}, 'higher_authority', '已立案线索', '2026-03-02', ${w.operatorId}, ${w.stationId}, 'assessed', 'file') returning id`,
    );
    return inserted(
      p,
      'enforcement_case',
      sql`insert into enforcement_case (bureau_id, lead_id, operator_id, party_name, party_kind, cause, status, handling_station_id, filed_by)
          values (${w.bureauId}, ${lead.id}, ${w.operatorId}, '外所经营者', 'organisation', '经营不符合食品安全标准的食品', 'investigating', ${w.stationId}, ${w.departmentId}) returning id`,
    );
  },
  '/api/case-notices/:id': (_p, _w, made) => made('/api/cases/:id'),
  '/api/interviews/:id': (p, w) =>
    inserted(
      p,
      'interview',
      sql`insert into interview (bureau_id, operator_id, reason, complaints_from, complaints_to, complaint_counts, scheduled_at, place, legal_basis, attendees, contact_name, contact_phone_encrypted, created_by)
          values (${w.bureauId}, ${w.operatorId}, '投诉较多', '2026-01-01', '2026-03-01', '{}'::jsonb, '2026-03-10T02:00:00Z', '区局三楼', '《食品安全法》第一百一十四条', '负责人',
                  '联系人', ${p.ctx.cipher.encrypt('13800001234')}, ${w.departmentId}) returning id`,
    ),
  '/api/odr/enrolments/:id': (p, w) =>
    inserted(
      p,
      'odr_enrolment',
      sql`insert into odr_enrolment (bureau_id, operator_id, complaints_at_invitation, invited_by) values (${w.bureauId}, ${w.operatorId}, 3, ${w.departmentId}) returning id`,
    ),
  '/api/odr/negotiations/:id': async (p, w, made) => {
    const enrolment = await made('/api/odr/enrolments/:id');
    const complaint = await made('/api/complaints/:id');
    return inserted(
      p,
      'odr_negotiation',
      sql`insert into odr_negotiation (enrolment_id, operator_id, complaint_id, started_on, due_on, created_by)
          values (${enrolment.id}, ${w.operatorId}, ${complaint.id}, '2026-03-02', '2026-03-09', ${w.departmentId}) returning id`,
    );
  },
  '/api/service-stations/:id': (p, w) =>
    inserted(
      p,
      'service_station',
      sql`insert into service_station (bureau_id, operator_id, name, address, contact_name, contact_phone_encrypted, established_on)
          values (${w.bureauId}, ${w.operatorId}, '外所维权服务站', '外所街道 1 号', '联系人', ${p.ctx.cipher.encrypt('13800001234')}, '2026-01-01') returning id`,
    ),
  '/api/complaints/:id': async (p, w) => {
    const [id] = await insertComplaints(p, [{ receivedAt: '2026-03-02', operatorId: w.operatorId }]);
    // Overdue, so that an escalation outside the scope would touch it.
    await p.ctx.db.execute(sql`update complaint set station_id = ${w.stationId}, accept_due_on = '2026-03-04' where id = ${id}`);
    return { table: 'complaint', id };
  },
  '/api/complaint-imports/:id': async (p, w) => ({
    ...(await inserted(
      p,
      'complaint_import',
      sql`insert into complaint_import (bureau_id, user_id, file_name, status) values (${w.bureauId}, ${w.departmentId}, '12315.xlsx', 'uploaded') returning id`,
    )),
    ownedByDepartment: true,
  }),
  '/api/credit/list-entries/:id': (p, w) =>
    inserted(
      p,
      'credit_list_entry',
      sql`insert into credit_list_entry (bureau_id, operator_id, grounds, penalty_decision_no, penalty_decided_on, facts, prior_notice_on, proposed_by, status)
          values (${w.bureauId}, ${w.operatorId}, ARRAY['unlicensed'], '黄市监处罚〔2026〕1号', '2026-03-02', '经营超过保质期的食品', '2026-02-20', ${w.departmentId}, 'proposed') returning id`,
    ),
  '/api/credit/repairs/:id': async (p, w, made) => {
    const entry = await made('/api/credit/list-entries/:id');
    return inserted(
      p,
      'credit_repair',
      sql`insert into credit_repair (bureau_id, entry_id, operator_id, statement, pledge, evidence_file_ids, submitted_by, accept_due_on)
          values (${w.bureauId}, ${entry.id}, ${w.operatorId}, '已整改', true, '{}'::uuid[], ${w.departmentId}, '2026-03-09') returning id`,
    );
  },
  '/api/cadre-visits/:id': (p, w) =>
    inserted(
      p,
      'cadre_visit',
      // A remote visit still waiting for the business (so that an answer out of scope would complete it), with a flag to review.
      sql`insert into cadre_visit (bureau_id, operator_id, cadre_id, recorded_by, mode, status, started_at, ended_at, visited_on, answers, request, flags)
          values (${w.bureauId}, ${w.operatorId}, (select id from cadre where id not in (select cadre_id from app_user where cadre_id is not null) order by id limit 1),
                  ${w.departmentId}, 'remote', 'awaiting_business', '2026-03-02T02:00:00Z', '2026-03-02T02:30:00Z', '2026-03-02', '[]'::jsonb, '请上传进货查验记录',
                  '[{"rule":"many_in_hour","zh":"一小时内 5 次","en":"5 in an hour"}]'::jsonb) returning id`,
    ),
  '/api/cadre-problems/:id': async (p, w, made) => {
    const visit = await made('/api/cadre-visits/:id');
    return inserted(
      p,
      'cadre_problem',
      sql`insert into cadre_problem (bureau_id, operator_id, visit_id, station_id, point_key, description, working_days, handed_on, due_on)
          values (${w.bureauId}, ${w.operatorId}, ${visit.id}, ${w.stationId}, 'hygiene', '后厨地面油污', 10, '2026-03-02', '2026-03-16') returning id`,
    );
  },
  '/api/cadre-duties/:id': async (p, w, made) => {
    const foreignCadre = await made('/api/cadres/:id');
    const template = (kind: string) => sql`(select id from cadre_duty_template where level = 'village' and kind = ${kind} and status = 'published' and bureau_id = ${w.bureauId})`;
    return inserted(
      p,
      'cadre_duty',
      // A pledge not yet signed, so that a signature out of scope would sign it.
      sql`insert into cadre_duty (bureau_id, cadre_id, year, level, unit_code, responsibility_template_id, task_template_id, pledge_template_id, subjects, generated_on, pledge_due_on)
          values (${w.bureauId}, ${foreignCadre.id}, 2026, 'village', ${w.unitCode}, ${template('responsibility')}, ${template('task')}, ${template('pledge')},
                  ${JSON.stringify([{ operatorId: w.operatorId, operatorName: w.operatorName, riskGrade: null, onSite: false }])}::jsonb, '2026-01-04', '2026-01-31') returning id`,
    );
  },
  '/api/risk-control/lists/:id': async (p, w) => {
    // A list is named by its operator's id: the foreign operator, with an adopted list so that an adoption out of scope would change it.
    await p.ctx.db.execute(
      sql`insert into risk_control_list (bureau_id, operator_id, template_kind, template_version, own_points) values (${w.bureauId}, ${w.operatorId}, 'catering', 1, '[]'::jsonb)
          on conflict (operator_id) do nothing`,
    );
    return { table: 'operator', id: w.operatorId };
  },
  '/api/exams/:id': (p, w) =>
    inserted(
      p,
      'exam_attempt',
      // An open online exam of the foreign operator, so that an answer or a submission out of scope would change it.
      sql`insert into exam_attempt (bureau_id, kind, audience, operator_id, candidate_name, unit_code, started_by, question_ids, pass_percent, due_at)
          values (${w.bureauId}, 'online', 'officer', ${w.operatorId}, '外所食品安全员', ${w.unitCode}, ${w.inspectorIds[0] ?? w.departmentId}, '{}'::uuid[], 90, now() + interval '1 hour') returning id`,
    ),
  '/api/notice-letters/:id': (p, w) =>
    inserted(
      p,
      'notice_letter',
      // Issued and awaiting its signature, so that a signature, paper delivery or answer out of scope would change it.
      sql`insert into notice_letter (bureau_id, kind, number, year, seq, operator_id, reason, body, status, issued_by, issued_at, answer_due_on)
          values (${w.bureauId}, 'reminder', '外所市监提醒〔1999〕0001号', 1999, 1, ${w.operatorId}, '未按要求记录每日检查', '请及时整改', 'issued', ${w.departmentId},
                  '2026-03-02T02:00:00Z', '2026-03-16') returning id`,
    ),
  '/api/self-checks/:id': (p, w) =>
    inserted(
      p,
      'self_check',
      // Today's daily check (China date), still editable, so that a change or a correction out of scope would be written.
      sql`insert into self_check (operator_id, kind, period, content, recorded_by, recorder_name)
          values (${w.operatorId}, 'daily', (now() at time zone 'Asia/Shanghai')::date,
                  '{"items":[{"key":"p1","category":"人员管理","text":"从业人员持健康证明上岗","result":"ok","note":"","action":"","photoIds":[]}]}'::jsonb,
                  ${w.departmentId}, '外所食品安全员') returning id`,
    ),
  '/api/staffing/operators/:id': async (_p, w) => ({ table: 'operator', id: w.operatorId }),
  // The foreign operator misses a director a rule requires of it, so that a reminder out of scope would be written.
  '/api/staffing/gaps/:id': async (p, w) => {
    await p.ctx.db.execute(sql`insert into staffing_rule (bureau_id, position, operator_type, entity_kinds, requires_director, requires_officer, basis)
        values (${w.bureauId}, 99, (select type from operator where id = ${w.operatorId}), ARRAY['enterprise', 'individual', 'institution', 'other'], true, false, '越权测试规则')`);
    await p.ctx.db.execute(sql`update personnel set role = 'principal' where operator_id = ${w.operatorId} and role = 'director'`);
    return { table: 'operator', id: w.operatorId };
  },
  '/api/targeting/allocations/:id': (p, w) =>
    inserted(
      p,
      'targeting_allocation',
      sql`insert into targeting_allocation (bureau_id, station_id, week_start, weeks, due_on, capacity, items, created_by)
          values (${w.bureauId}, ${w.stationId}, '2026-03-02', 1, '2026-03-06', 1, '[]'::jsonb, ${w.departmentId}) returning id`,
    ),
};

/** Makes every registry entry once, in order, sharing the objects one entry builds on. */
export async function makeForeignObjects(platform: TTestPlatform, w: TForeignWorld): Promise<Map<string, TForeign>> {
  const made = new Map<string, Promise<TForeign>>();
  const get = (prefix: string): Promise<TForeign> => {
    if (!made.has(prefix)) made.set(prefix, FOREIGN_OBJECTS[prefix](platform, w, get));
    return made.get(prefix)!;
  };
  const objects = new Map<string, TForeign>();
  for (const prefix of Object.keys(FOREIGN_OBJECTS)) objects.set(prefix, await get(prefix));
  return objects;
}

/**
 * Everything stored about the foreign operator: how many rows of each table name it, when the last of them
 * changed, and the foreign objects' own rows. A refused write leaves it as it was.
 */
export async function footprint(platform: TTestPlatform, w: TForeignWorld, objects: Map<string, TForeign>): Promise<string> {
  const tables = rowsOf<{ table_name: string; changes: boolean }>(
    await platform.ctx.db.execute(sql`select c.table_name, exists (select 1 from information_schema.columns u
        where u.table_schema = 'public' and u.table_name = c.table_name and u.column_name = 'updated_at') as changes
      from information_schema.columns c where c.table_schema = 'public' and c.column_name = 'operator_id' order by c.table_name`),
  );
  const counts = sql.join(
    tables.map(
      (t) =>
        sql`select ${t.table_name} as t, count(*)::int as n, ${t.changes ? sql`max(updated_at)` : sql`null`}::text as at from ${sql.identifier(t.table_name)} where operator_id = ${w.operatorId}`,
    ),
    sql` union all `,
  );
  const rows = [rowsOf(await platform.ctx.db.execute(counts))];
  for (const foreign of objects.values()) rows.push([await snapshot(platform, foreign)]);
  return JSON.stringify(rows);
}

/** The stored row of a foreign object, to compare before and after a refused write. */
export async function snapshot(platform: TTestPlatform, foreign: TForeign): Promise<unknown> {
  if (!foreign.table) return null;
  return one(platform, sql`select * from ${sql.identifier(foreign.table)} where id = ${foreign.id}`);
}

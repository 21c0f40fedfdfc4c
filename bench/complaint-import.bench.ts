// 12315 import throughput: a generated 100,000-row export (credit codes, registered names, vague names and
// unknown stalls, as real exports mix them) through upload, dry run and the batched commit with matching,
// against a baseline of registering complaints one at a time through staff entry, in the same run.
// Prints figures; asserts nothing. PGlite by default, PostgreSQL with TEST_DATABASE_URL.
//   npm run bench:complaints [-- ROWS [OPERATORS]]
import { performance } from 'node:perf_hooks';
import { createTestPlatform } from '../apps/server/src/testing/test-platform.ts';
import { toSessionUser } from '../apps/server/src/modules/user/user.presenter.ts';
import { findUserByUsername } from '../apps/server/src/modules/user/user.repository.ts';
import { operator } from '../apps/server/src/modules/operator/operator.schema.ts';
import { waitForBackgroundJobs } from '../apps/server/src/core/jobs.ts';
import { createComplaint } from '../apps/server/src/modules/complaint/complaint.service.ts';
import { commitComplaintImport, dryRunComplaintImport, getComplaintImport, uploadComplaintFile } from '../apps/server/src/modules/complaint/complaint-import.service.ts';
import { seededRandom } from '../apps/server/src/modules/demo/demo-random.ts';

const rows = Number(process.argv[2] ?? 100_000);
const operators = Number(process.argv[3] ?? 14_000);
const baselineRows = 200;

const TEXTS = [
  '在该店购买的牛奶已超过保质期，要求退一赔十。',
  '在该店吃饭后全家腹泻，怀疑食物中毒，要求赔偿医药费。',
  '点的外卖里吃出一根头发，商家拒绝退款。',
  '后厨卫生脏乱，有老鼠出没，请监管部门检查。',
  '买了两斤猪肉回家一称只有一斤六两，缺斤少两。',
];
const cell = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

const platform = await createTestPlatform({ operators });
const user = toSessionUser((await findUserByUsername(platform.ctx.db, 'department'))!);
const registry = await platform.ctx.db.select({ name: operator.name, address: operator.address, uscc: operator.uscc }).from(operator);
const r = seededRandom(12315);

function exportCsv(n: number): Buffer {
  const lines = ['投诉举报编号,登记时间,类型,涉事主体名称,被投诉单位地址,统一社会信用代码,诉求描述,投诉人,联系电话'];
  for (let i = 0; i < n; i++) {
    const o = r.pick(registry);
    const mix = r.next();
    // 30% credit code, 50% the registered name, 10% a shortened name and no house number, 10% an unknown stall.
    const [name, address, uscc] =
      mix < 0.3
        ? [o.name, o.address, o.uscc]
        : mix < 0.8
          ? [o.name, o.address, '']
          : mix < 0.9
            ? [o.name.replace(/^黄陂区/, ''), o.address.replace(/\d+号$/, ''), '']
            : [`无名小吃摊${i % 500}`, '武汉市黄陂区前川街道夜市', ''];
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(
      [`1420116202610${day}${String(i).padStart(6, '0')}`, `2026-10-${day} 10:00`, r.chance(0.8) ? '投诉' : '举报', name, address, uscc, r.pick(TEXTS), '张先生', '13800001234']
        .map(cell)
        .join(','),
    );
  }
  return Buffer.from(lines.join('\n'));
}

let start = performance.now();
for (let i = 0; i < baselineRows; i++) {
  const o = r.pick(registry);
  await createComplaint(platform.ctx, user, {
    kind: 'complaint',
    anonymous: false,
    complainant: { name: '张先生', phone: '13800001234', address: '武汉市黄陂区前川街道' },
    namedBusiness: o.name,
    namedAddress: o.address,
    description: r.pick(TEXTS),
  });
}
const baselineRate = baselineRows / ((performance.now() - start) / 1000);

const file = exportCsv(rows);
start = performance.now();
const uploaded = await uploadComplaintFile(platform.ctx, user, 'bench.csv', file);
const checked = await dryRunComplaintImport(platform.ctx, user, uploaded.id, { mapping: uploaded.suggestedMapping, onExisting: 'skip' }, 'zh-CN');
const dryRunSeconds = (performance.now() - start) / 1000;
start = performance.now();
await commitComplaintImport(platform.ctx, user, checked.id, { mode: 'all' });
await waitForBackgroundJobs();
const commitSeconds = (performance.now() - start) / 1000;
const done = await getComplaintImport(platform.ctx, user, checked.id);
start = performance.now();
const again = await uploadComplaintFile(platform.ctx, user, 'bench.csv', file);
const recheck = await dryRunComplaintImport(platform.ctx, user, again.id, { mapping: again.suggestedMapping, onExisting: 'skip' }, 'zh-CN');
const recheckSeconds = (performance.now() - start) / 1000;
await platform.close();

const commitRate = rows / commitSeconds;
console.log(`database: ${platform.ctx.database.kind}; registry: ${registry.length} operators; file: ${rows} rows (${(file.length / 1e6).toFixed(1)} MB CSV)`);
console.log(`result:   ${done.status}, ${done.created} created, ${done.valid} valid, ${done.invalid} invalid`);
console.log(`dry run:  ${dryRunSeconds.toFixed(1)} s  ${(rows / dryRunSeconds).toFixed(0)} rows/s (read, check every row, look up stored numbers)`);
console.log(`commit:   ${commitSeconds.toFixed(1)} s  ${commitRate.toFixed(0)} rows/s (batches of 500: match, route, clocks, steps, audit, classify event)`);
console.log(`re-check: ${recheckSeconds.toFixed(1)} s  the same file again: ${recheck.existing} of ${rows} already stored`);
console.log(`baseline: ${baselineRate.toFixed(1)} rows/s registering one complaint per call (${baselineRows} rows)`);
console.log(`ratio:    commit is ${(commitRate / baselineRate).toFixed(1)}x the one-by-one baseline`);

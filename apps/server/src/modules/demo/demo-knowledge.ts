// Reference knowledge every demo starts with, history or not: food safety standards, guidance
// documents, the businesses' toolbox (templates generated here, not committed as binaries) and
// food-safety rumours with their rebuttals.
import type { TGuidanceInput } from '@shian/shared/guidance';
import type { TContext } from '../../core/context.ts';
import { foodStandard } from '../food-standard/food-standard.schema.ts';
import { guidanceAttachment, guidanceDocument } from '../guidance/guidance.schema.ts';
import { checkAttachment, storeAttachment } from '../guidance/guidance.public.ts';
import { resolveArticle } from '../law/law.public.ts';
import { citeRumourArticles, insertRumour, rumourIndex } from '../rumour/rumour.public.ts';
import { findUserByUsername } from '../user/user.public.ts';
import { DEMO_STANDARDS } from './demo-knowledge-standards.ts';
import { DEMO_RUMOURS } from './demo-knowledge-rumours.ts';
import { bulkFoodLabel, nearExpirySheet, purchaseInspectionSheet, selfInspectionSheet, staffHealthRules } from './demo-knowledge-templates.ts';

type TDemoGuidance = Omit<TGuidanceInput, 'summary' | 'body'> & { summary: string; body: string; file?: [string, () => Promise<Buffer>] };

const DEMO_GUIDANCE: TDemoGuidance[] = [
  {
    kind: 'guidance',
    topic: 'bulk_food',
    title: '散装食品标识规范指引',
    summary: '散装食品的容器、外包装和价签应当标明的内容，以及分装、陈列的要求。',
    body: [
      '一、标示内容。依据《食品安全法》第六十八条，销售散装食品应当在散装食品的容器、外包装上标明食品的名称、生产日期或者生产批号、保质期以及生产经营者名称、地址、联系方式等内容。',
      '二、一物一签。同一容器内只存放同一品种、同一批次的食品，标签随容器放置在消费者容易看到的位置；更换批次时同步更换标签，不得更改生产日期和保质期。',
      '三、防护陈列。直接入口的散装食品应当有防尘材料遮盖，设置隔离设施，配备专用取货工具，防止消费者直接接触。',
      '四、分装要求。经营者自行分装的，应当保留原包装或原标签信息备查，分装后的标签内容与原标签一致。',
      '附件提供散装食品标签（价签）样式，可直接套用。',
    ].join('\n\n'),
    audiences: ['business', 'public'],
    published: true,
    file: ['散装食品标签样式.docx', bulkFoodLabel],
  },
  {
    kind: 'guidance',
    topic: 'near_expiry',
    title: '临期食品销售管理指引',
    summary: '临期食品的界定、专区陈列、显著提示和超过保质期食品的处置。',
    body: [
      '一、定期检查。依据《食品安全法》第五十四条，经营者应当定期检查库存食品，及时清理变质或者超过保质期的食品。建议按保质期长短设定临期时限（如保质期一年以上的食品到期前 45 天），并逐批登记。',
      '二、专区销售。临期食品应当集中陈列在临期食品专区或专柜，显著标示"临期食品"字样，向消费者明示到期日期，不得与正常食品混放。',
      '三、禁止行为。不得更改、覆盖生产日期和保质期；超过保质期的食品应当立即下架，不得销售，按规定退货或销毁并记录。《食品安全法》第三十四条禁止经营超过保质期的食品。',
      '四、台账记录。附件为临期食品销售台账，记录上架、售出和处置情况，保存备查。',
    ].join('\n\n'),
    audiences: ['business', 'public'],
    published: true,
    file: ['临期食品销售台账.xlsx', nearExpirySheet],
  },
  {
    kind: 'guidance',
    topic: 'food_fair',
    title: '食品展销会食品安全管理指引',
    summary: '展销会举办者的入场审查、现场管理和报告责任，参展食品经营者的义务。',
    body: [
      '一、举办者责任。依据《食品安全法》第六十一条，展销会举办者应当依法审查入场食品经营者的许可证，明确其食品安全管理责任，定期对其经营环境和条件进行检查，发现违法行为的应当及时制止并立即报告所在地市场监管部门。',
      '二、事前报告。举办者应当在展销会举办前向所在地市场监管部门报告展销会的时间、地点、参展食品经营者名单等情况。',
      '三、参展经营者。参展食品经营者应当持有效许可证或备案凭证，索证索票、进货查验，现场制售食品的应当具备相应的设施和条件。',
      '四、现场管理。设置食品安全管理人员，公示投诉举报电话，对冷藏冷冻食品配备相应的冷链设施。',
    ].join('\n\n'),
    audiences: ['business'],
    published: true,
  },
  {
    kind: 'guidance',
    topic: 'online_seller',
    title: '网络食品经营者食品安全管理指引',
    summary: '入网食品经营者的许可与公示、信息发布、贮存配送要求。',
    body: [
      '一、许可公示。网络食品经营者应当依法取得食品经营许可证或办理备案，并依照《电子商务法》第十五条在网店首页显著位置持续公示营业执照信息和与经营业务有关的行政许可信息。',
      '二、平台义务。依据《食品安全法》第六十二条，网络食品交易第三方平台提供者应当对入网食品经营者进行实名登记，明确其食品安全管理责任；依法应当取得许可证的，还应当审查其许可证。',
      '三、信息真实。网上展示的食品名称、配料、生产日期或到期日期、保质期、贮存条件等信息应当与实物一致，不得作虚假宣传。',
      '四、贮存配送。对有温度要求的食品，贮存和配送全程保持相应的温度条件，配送包装应当清洁、无毒，防止食品受到污染。',
    ].join('\n\n'),
    audiences: ['business', 'public'],
    published: true,
  },
  {
    kind: 'guide',
    topic: 'food_fair',
    title: '展销会现场检查要点（执法人员用）',
    summary: '检查人员在展销会现场核查的重点事项。',
    body: [
      '1. 核对举办者事前报告的参展经营者名单与现场是否一致。',
      '2. 抽查参展经营者的许可证或备案凭证、进货查验记录。',
      '3. 检查现场制售区域的防尘、防蝇、冷藏设施和从业人员健康证明。',
      '4. 对散装食品标签、临期食品提示进行检查，发现问题当场责令改正并记录。',
    ].join('\n'),
    audiences: ['staff'],
    published: true,
  },
  {
    kind: 'template',
    topic: 'purchase_inspection',
    title: '食品进货查验记录表',
    summary: '按《食品安全法》第五十三条要求记录进货查验信息的表格，打印或在电脑上填写。',
    body: '每批进货填写一行；随表保存供货者许可证复印件和食品出厂检验合格证或其他合格证明。',
    audiences: ['business', 'public'],
    published: true,
    file: ['食品进货查验记录表.xlsx', purchaseInspectionSheet],
  },
  {
    kind: 'template',
    topic: 'self_inspection',
    title: '食品安全自查表',
    summary: '按《食品安全法》第四十七条定期自查的检查项目，结果栏可下拉选择。',
    body: '建议每月至少自查一次；发现问题的在表中写明整改措施，整改完成后签字确认。',
    audiences: ['business', 'public'],
    published: true,
    file: ['食品安全自查表.xlsx', selfInspectionSheet],
  },
  {
    kind: 'template',
    topic: 'staff_health',
    title: '从业人员健康管理制度（范本）',
    summary: '健康检查、晨检、调离和健康档案的制度范本，附健康证明登记表。',
    body: '结合本单位实际修改后，由负责人签发执行，并在显著位置张贴。',
    audiences: ['business'],
    published: true,
    file: ['从业人员健康管理制度.docx', staffHealthRules],
  },
  {
    kind: 'template',
    topic: 'other',
    title: '食品安全追溯制度（范本）',
    summary: '起草中：进货、生产、销售各环节的追溯记录要求。',
    body: '',
    audiences: ['business'],
    published: false,
  },
];

/**
 * Writes the tables directly in one transaction (the demo seed may; it runs in every test platform, so
 * it must be quick). The rumours stand as the department drafted them, the expert reviewed them and
 * the department published them; the law articles they cite are linked when the library holds them.
 */
export async function seedDemoKnowledge(ctx: TContext) {
  const author = (await findUserByUsername(ctx.db, 'department'))!;
  const expert = (await findUserByUsername(ctx.db, 'expert'))!;
  const bureauId = author.bureauId;
  const guidance = await Promise.all(
    DEMO_GUIDANCE.map(async ({ file, ...document }) => ({ document, attachment: file ? checkAttachment({ filename: file[0], buffer: await file[1]() }) : null })),
  );
  const articleIds = new Map<string, string | null>();
  for (const [law, article] of DEMO_RUMOURS.flatMap((r) => r.articles)) {
    const key = `${law}|${article}`;
    if (!articleIds.has(key)) articleIds.set(key, await resolveArticle(ctx.db, law, article));
  }
  const now = new Date();

  await ctx.db.transaction(async (tx) => {
    const standards = await tx
      .insert(foodStandard)
      .values(DEMO_STANDARDS.map((s) => ({ ...s, bureauId, supersededBy: s.supersededBy ?? null })))
      .returning({ id: foodStandard.id, number: foodStandard.number });
    const standardId = new Map(standards.map((s) => [s.number, s.id]));

    for (const { document, attachment } of guidance) {
      const [row] = await tx
        .insert(guidanceDocument)
        .values({ ...document, bureauId, publishedAt: document.published ? now : null })
        .returning({ id: guidanceDocument.id });
      if (!attachment) continue;
      const fileId = await storeAttachment(tx, ctx.filesDir, { ...attachment, bureauId, uploadedBy: author.id });
      await tx.insert(guidanceAttachment).values({ documentId: row.id, fileId, name: attachment.name, type: attachment.type, size: attachment.buffer.length });
    }

    for (const { standards: numbers, articles, status, ...text } of DEMO_RUMOURS) {
      const reviewed = status !== 'draft';
      const published = status === undefined;
      const { terms, parts } = rumourIndex(text);
      const id = await insertRumour(
        tx,
        {
          ...text,
          bureauId,
          standardIds: numbers.map((n) => standardId.get(n)!),
          status: status ?? 'published',
          createdBy: author.id,
          reviewedBy: reviewed ? expert.id : null,
          reviewedAt: reviewed ? now : null,
          publishedAt: published ? now : null,
          terms,
        },
        parts,
      );
      const cited = [...new Set(articles.map(([law, article]) => articleIds.get(`${law}|${article}`)).filter((a): a is string => !!a))];
      if (cited.length) await citeRumourArticles(tx, id, text.title, cited);
    }
  });
  return { standards: DEMO_STANDARDS.length, guidance: DEMO_GUIDANCE.length, rumours: DEMO_RUMOURS.length };
}

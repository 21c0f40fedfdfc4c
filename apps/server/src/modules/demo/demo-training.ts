// The demo's training: the question bank (demo-training-questions.ts, every question citing an article of the
// demo law library), eight courses built from those articles, the guidance documents and text, and some progress
// of the demo business, cadre and inspector. Runs after seedDemoLaws and seedDemoKnowledge.
import { and, eq, inArray } from 'drizzle-orm';
import type { TExamAudience } from '@shian/shared/exam-question';
import type { TLesson } from '@shian/shared/training';
import type { TContext } from '../../core/context.ts';
import { examQuestion } from '../exam-question/exam-question.schema.ts';
import { guidanceDocument } from '../guidance/guidance.schema.ts';
import { resolveArticle } from '../law/law.public.ts';
import { course, courseProgress } from '../training/training.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { demoQuestions } from './demo-training-questions.ts';

const FSL = '中华人民共和国食品安全法';

type TDemoLesson = { title: string } & ({ article: [string, string] } | { guidance: string } | { text: string });
type TDemoCourse = { title: string; audiences: TExamAudience[]; summary: string; lessons: TDemoLesson[] };

const art = (title: string, n: string, law = FSL): TDemoLesson => ({ title, article: [law, n] });

const DEMO_COURSES: TDemoCourse[] = [
  {
    title: '企业落实食品安全主体责任入门',
    audiences: ['principal', 'director', 'officer'],
    summary: '主要负责人、食品安全总监和食品安全员的职责分工，日管控、周排查、月调度的工作机制。',
    lessons: [
      {
        title: '“两个责任”与主体责任',
        text: '食品生产经营者对其生产经营食品的安全负责。企业主要负责人对本企业食品安全工作全面负责，食品安全总监、食品安全员按职责协助主要负责人做好食品安全管理工作。\n\n企业应当建立基于食品安全风险防控的动态管理机制，结合实际制定《食品安全风险管控清单》，建立健全日管控、周排查、月调度工作制度和机制。',
      },
      art('食品安全管理制度与人员', '第四十四条'),
      art('食品安全自查制度', '第四十七条'),
      {
        title: '日管控、周排查、月调度怎么做',
        text: '日管控：食品安全员每日根据风险管控清单进行检查，形成《每日食品安全检查记录》，发现问题立即采取防范措施。\n\n周排查：食品安全总监或者食品安全员每周至少组织一次风险隐患排查，形成《每周食品安全排查治理报告》。\n\n月调度：主要负责人每月至少听取一次食品安全总监管理工作情况汇报，对当月食品安全日常管理和风险隐患排查治理情况进行工作总结，形成《每月食品安全调度会议纪要》。',
      },
    ],
  },
  {
    title: '禁止生产经营的食品',
    audiences: ['principal', 'director', 'officer', 'cadre', 'supervisor'],
    summary: '《食品安全法》第三十四条列明的十三类禁止生产经营的食品及其法律责任。',
    lessons: [art('禁止生产经营的食品', '第三十四条'), art('违法生产经营的法律责任', '第一百二十四条'), art('消费者的赔偿请求', '第一百四十八条')],
  },
  {
    title: '进货查验与食品贮存',
    audiences: ['principal', 'director', 'officer'],
    summary: '进货查验记录的内容和保存期限，库存食品和散装食品的贮存要求。',
    lessons: [
      art('食品生产者的进货查验', '第五十条'),
      art('食品经营者的进货查验', '第五十三条'),
      art('食品贮存', '第五十四条'),
      { title: '食品进货查验记录表', guidance: '食品进货查验记录表' },
    ],
  },
  {
    title: '从业人员健康管理',
    audiences: ['principal', 'director', 'officer'],
    summary: '健康检查、健康证明和有碍食品安全疾病的管理。',
    lessons: [art('从业人员健康管理制度', '第四十五条'), { title: '从业人员健康管理制度（范本）', guidance: '从业人员健康管理制度（范本）' }],
  },
  {
    title: '餐饮服务食品安全要求',
    audiences: ['principal', 'director', 'officer', 'supervisor'],
    summary: '餐饮服务提供者的原料控制、设施维护、餐饮具清洗消毒和集中用餐单位的要求。',
    lessons: [
      art('生产经营条件', '第三十三条'),
      art('原料控制', '第五十五条'),
      art('设施维护与餐饮具清洗消毒', '第五十六条'),
      art('集中用餐单位', '第五十七条'),
      art('集中用餐单位食堂', '第二十八条', '中华人民共和国食品安全法实施条例'),
    ],
  },
  {
    title: '标签标识与召回',
    audiences: ['principal', 'director', 'officer', 'supervisor'],
    summary: '预包装食品和散装食品的标签要求，不安全食品的召回和停止经营。',
    lessons: [
      art('预包装食品标签', '第六十七条'),
      art('散装食品标识', '第六十八条'),
      art('标签、说明书不得虚假', '第七十一条'),
      art('食品召回', '第六十三条'),
      { title: '散装食品标识规范指引', guidance: '散装食品标识规范指引' },
    ],
  },
  {
    title: '包保干部履职要点',
    audiences: ['cadre'],
    summary: '包保干部督导包保主体落实主体责任的要点：许可、人员、自查和风险管控。',
    lessons: [
      {
        title: '包保干部的职责',
        text: '包保干部按照“三张清单加一项承诺书”履行包保责任：熟悉包保主体的基本情况和主要风险，按督导频次开展督导，填写督查清单；发现问题及时交办属地市场监管所，跟踪整改销号。',
      },
      art('食品经营许可', '第三十五条'),
      art('企业的食品安全管理', '第四十四条'),
      art('食品安全自查', '第四十七条'),
    ],
  },
  {
    title: '监督检查要点与法律责任',
    audiences: ['supervisor'],
    summary: '食品销售和餐饮服务环节的监督检查要点，常见违法行为的处罚依据。',
    lessons: [
      art('食品销售环节检查要点', '第十七条', '食品生产经营监督检查管理办法'),
      art('餐饮服务环节检查要点', '第二十条', '食品生产经营监督检查管理办法'),
      art('无证经营的法律责任', '第一百二十二条'),
      art('违法生产经营的法律责任', '第一百二十四条'),
    ],
  },
];

export async function seedDemoTraining(ctx: TContext, bureauId: string) {
  const db = ctx.db;
  const resolved = new Map<string, string | null>();
  const articleOf = async ([law, n]: readonly [string, string]) => {
    const key = `${law}${n}`;
    if (!resolved.has(key)) resolved.set(key, await resolveArticle(db, law, n));
    const id = resolved.get(key);
    if (!id) throw new Error(`demo training: 《${law}》${n} is not in the demo law library`);
    return id;
  };

  const questions = [];
  for (const q of demoQuestions()) {
    questions.push({
      bureauId,
      audiences: q.audiences,
      category: q.category,
      kind: q.kind,
      stem: q.stem,
      options: q.options,
      answer: q.answer,
      articleId: await articleOf(q.cite),
      explanation: q.explanation,
    });
  }
  for (let i = 0; i < questions.length; i += 200) await db.insert(examQuestion).values(questions.slice(i, i + 200));

  const guidanceTitles = DEMO_COURSES.flatMap((c) => c.lessons.flatMap((l) => ('guidance' in l ? [l.guidance] : [])));
  const guidance = new Map(
    (
      await db
        .select({ id: guidanceDocument.id, title: guidanceDocument.title })
        .from(guidanceDocument)
        .where(and(eq(guidanceDocument.bureauId, bureauId), inArray(guidanceDocument.title, guidanceTitles)))
    ).map((g) => [g.title, g.id]),
  );
  const [admin] = await db.select({ id: appUser.id }).from(appUser).where(eq(appUser.username, 'admin'));
  const courseRows = [];
  for (const c of DEMO_COURSES) {
    const lessons: TLesson[] = [];
    for (const [i, l] of c.lessons.entries()) {
      const key = `l${i + 1}`;
      if ('article' in l) lessons.push({ key, title: l.title, kind: 'article', articleId: await articleOf(l.article) });
      else if ('guidance' in l) {
        const id = guidance.get(l.guidance);
        if (id) lessons.push({ key, title: l.title, kind: 'guidance', guidanceId: id });
      } else lessons.push({ key, title: l.title, kind: 'text', body: l.text });
    }
    courseRows.push({ bureauId, title: c.title, audiences: c.audiences, summary: c.summary, lessons, published: true, createdBy: admin?.id ?? null });
  }
  const courses = await db.insert(course).values(courseRows).returning({ id: course.id, audiences: course.audiences, lessons: course.lessons });

  // Progress: the business has finished one course and started another; the cadre and the inspector one each.
  const users = await db
    .select({ id: appUser.id, username: appUser.username })
    .from(appUser)
    .where(inArray(appUser.username, ['business', 'cadre', 'inspector']));
  const userId = new Map(users.map((u) => [u.username, u.id]));
  const progress: (typeof courseProgress.$inferInsert)[] = [];
  const read = (username: string, courseIndex: number, lessons: number, day: number) => {
    const uid = userId.get(username);
    const c = courses[courseIndex];
    if (!uid || !c) return;
    for (const [i, l] of c.lessons.slice(0, lessons).entries()) progress.push({ userId: uid, courseId: c.id, lessonKey: l.key, doneAt: new Date(Date.UTC(2026, 0, day, 2 + i)) });
  };
  read('business', 0, 4, 8);
  read('business', 2, 2, 12);
  read('cadre', 6, 2, 9);
  read('inspector', 7, 3, 10);
  if (progress.length) await db.insert(courseProgress).values(progress);
  return { examQuestions: questions.length, courses: courses.length };
}

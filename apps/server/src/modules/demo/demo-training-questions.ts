// The demo's question bank: every question follows the text of an article of the demo law library
// (demo-laws.ts) and cites it. Hand-written questions state one fact each; the lists of an article (what is
// prohibited, what a label names, what an inspection covers) are turned into variants: a true statement per
// item, a false one per thing the list does not name, and single and multiple choices mixing the two.
import { JUDGE_OPTIONS, type TExamAudience, type TQuestionKind } from '@shian/shared/exam-question';

/** A cited article: the statute as the library names it and the article number. */
export type TDemoCitation = readonly [law: string, article: string];
export type TDemoQuestion = {
  cite: TDemoCitation;
  category: string;
  audiences: TExamAudience[];
  kind: TQuestionKind;
  stem: string;
  options: string[];
  answer: number[];
  explanation: string;
};

const FSL = '中华人民共和国食品安全法';
const RULES = '食品生产经营监督检查管理办法';
const REG = '中华人民共和国食品安全法实施条例';
const fsl = (n: string): TDemoCitation => [FSL, n];

const BUSINESS: TExamAudience[] = ['principal', 'director', 'officer'];
const MANAGERS: TExamAudience[] = ['principal', 'director'];
const ALL: TExamAudience[] = ['principal', 'director', 'officer', 'cadre', 'supervisor'];
const STAFF: TExamAudience[] = ['supervisor', 'cadre'];
const SUPERVISOR: TExamAudience[] = ['supervisor'];

const judge = (cite: TDemoCitation, category: string, audiences: TExamAudience[], stem: string, truth: boolean, explanation = ''): TDemoQuestion => ({
  cite,
  category,
  audiences,
  kind: 'judge',
  stem,
  options: [...JUDGE_OPTIONS],
  answer: [truth ? 0 : 1],
  explanation,
});
const single = (cite: TDemoCitation, category: string, audiences: TExamAudience[], stem: string, right: string, wrong: string[], explanation = '', at = 0): TDemoQuestion => {
  const options = [...wrong];
  const index = at % (wrong.length + 1);
  options.splice(index, 0, right);
  return { cite, category, audiences, kind: 'single', stem, options, answer: [index], explanation };
};
const multiple = (
  cite: TDemoCitation,
  category: string,
  audiences: TExamAudience[],
  stem: string,
  right: string[],
  wrong: string[],
  explanation = '',
  shift = 0,
): TDemoQuestion => {
  const all = [...right.map((t) => ({ t, ok: true })), ...wrong.map((t) => ({ t, ok: false }))];
  const turn = shift % all.length;
  const options = [...all.slice(turn), ...all.slice(0, turn)];
  return {
    cite,
    category,
    audiences,
    kind: 'multiple',
    stem,
    options: options.map((o) => o.t),
    answer: options.flatMap((o, i) => (o.ok ? [i] : [])),
    explanation,
  };
};

/**
 * An article's list as questions: a true statement per item, a false one per thing outside the list, a single
 * choice per item against three outsiders, and multiple choices of two or three items and one or two outsiders.
 */
function fromList(
  cite: TDemoCitation,
  category: string,
  audiences: TExamAudience[],
  items: string[],
  outside: string[],
  say: { is: (item: string) => string; pick: string; pickAll: string },
  explanation: string,
): TDemoQuestion[] {
  const out: TDemoQuestion[] = [];
  for (const item of items) out.push(judge(cite, category, audiences, say.is(item), true, explanation));
  for (const item of outside) out.push(judge(cite, category, audiences, say.is(item), false, explanation));
  items.forEach((item, i) => {
    const wrong = [0, 1, 2].map((k) => outside[(i + k) % outside.length]!);
    out.push(single(cite, category, audiences, say.pick, item, wrong, explanation, i));
  });
  for (let i = 0; i + 1 < items.length; i += 2) {
    const right = items.slice(i, i + (i % 4 === 0 ? 3 : 2));
    const wrong = [outside[i % outside.length]!, ...(i % 4 === 0 ? [] : [outside[(i + 1) % outside.length]!])];
    if (right.length >= 2) out.push(multiple(cite, category, audiences, say.pickAll, right, wrong, explanation, i));
  }
  return out;
}

// 第三十四条: what may not be produced or sold.
const PROHIBITED = [
  '用非食品原料生产的食品',
  '用回收食品作为原料生产的食品',
  '农药残留、兽药残留超过食品安全标准限量的食品',
  '致病性微生物含量超过食品安全标准限量的食品',
  '用超过保质期的食品原料生产的食品',
  '超范围、超限量使用食品添加剂的食品',
  '营养成分不符合食品安全标准的专供婴幼儿的主辅食品',
  '腐败变质、油脂酸败、霉变生虫的食品',
  '病死、毒死或者死因不明的禽、畜、兽、水产动物肉类及其制品',
  '未按规定进行检疫或者检疫不合格的肉类',
  '被包装材料、容器、运输工具等污染的食品',
  '标注虚假生产日期、保质期或者超过保质期的食品',
  '无标签的预包装食品',
];
const ALLOWED = [
  '符合食品安全标准、在保质期内的预包装食品',
  '经检疫合格的新鲜猪肉',
  '按照食品安全国家标准使用食品添加剂的食品',
  '符合食品安全标准的散装食品',
  '符合食品安全标准的食用农产品',
  '标签真实、齐全且在保质期内的饮料',
];

// 第六十七条: what a prepackaged food's label states.
const LABEL_ITEMS = [
  '名称、规格、净含量、生产日期',
  '成分或者配料表',
  '生产者的名称、地址、联系方式',
  '保质期',
  '产品标准代号',
  '贮存条件',
  '所使用的食品添加剂在国家标准中的通用名称',
  '生产许可证编号',
];
const NOT_LABEL = ['零售价格', '经销商的营业额', '销售人员的姓名', '产品的广告宣传语', '门店的营业时间'];

// 第五十三条 and 第五十条: what the purchase inspection record holds.
const RECORD_ITEMS = ['食品的名称、规格、数量', '生产日期或者生产批号', '保质期', '进货日期', '供货者名称、地址、联系方式'];
const NOT_RECORD = ['供货者的年营业额', '采购人员的身份证号码', '食品的零售价格', '供货者法定代表人的学历'];

// 检查办法第二十条: what an inspection of catering covers.
const CATERING_POINTS = [
  '餐饮服务提供者资质',
  '从业人员健康管理',
  '原料控制',
  '加工制作过程',
  '食品添加剂使用管理',
  '场所和设备设施清洁维护',
  '餐饮具清洗消毒',
  '食品安全事故处置',
];
const NOT_CATERING = ['进口食品销售', '网络食品销售', '食用农产品销售', '经营者的纳税情况'];

// 检查办法第十七条: what an inspection of food sales covers.
const SALES_POINTS = [
  '食品销售者资质',
  '进货查验',
  '食品贮存',
  '食品召回',
  '温度控制及记录',
  '过期及其他不符合食品安全标准食品处置',
  '标签和说明书',
  '食品安全自查',
  '从业人员管理',
  '进口食品销售',
  '食用农产品销售',
  '网络食品销售',
];
const NOT_SALES = ['餐饮具清洗消毒', '加工制作过程', '经营者的广告投放', '门店装修风格'];

// 第一百二十四条: the situations punished under it.
const ART124 = [
  '生产经营农药残留、兽药残留超过食品安全标准限量的食品',
  '用超过保质期的食品原料生产食品',
  '经营用超过保质期的食品原料生产的食品',
  '生产经营超范围、超限量使用食品添加剂的食品',
  '生产经营腐败变质、霉变生虫、混有异物的食品',
  '生产经营标注虚假生产日期、保质期或者超过保质期的食品',
  '以分装方式生产婴幼儿配方乳粉',
  '利用新的食品原料生产食品，未通过安全性评估',
  '在食品安全监督管理部门责令召回后，仍拒不召回',
];
const NOT_124 = ['未取得食品生产经营许可从事食品生产经营活动', '未取得食品添加剂生产许可从事食品添加剂生产活动', '明知他人未取得许可仍为其提供生产经营场所'];

// 第三十三条: what food production and sale must meet (some of the items, in short).
const REQUIREMENTS_33 = [
  '保持场所环境整洁，并与有毒、有害场所以及其他污染源保持规定的距离',
  '有专职或者兼职的食品安全专业技术人员、食品安全管理人员和保证食品安全的规章制度',
  '具有合理的设备布局和工艺流程',
  '餐具、饮具和盛放直接入口食品的容器，使用前洗净、消毒',
  '用水符合国家规定的生活饮用水卫生标准',
  '使用的洗涤剂、消毒剂对人体安全、无害',
  '生产经营人员保持个人卫生',
  '直接入口的食品使用无毒、清洁的包装材料',
];
const NOT_33 = ['经营场所面积不小于五百平方米', '每月投放电视广告', '全部员工具有大学学历', '使用进口生产设备'];

// 第四十六条: what a food producer controls.
const CONTROLS_46 = ['原料采购、原料验收、投料等原料控制', '生产工序、设备、贮存、包装等生产关键环节控制', '原料检验、半成品检验、成品出厂检验等检验控制', '运输和交付控制'];
const NOT_46 = ['产品广告投放控制', '产品销售价格控制', '员工考勤控制'];

// 第六十八条: what a container of bulk food states.
const BULK_68 = ['食品的名称', '生产日期或者生产批号', '保质期', '生产经营者名称、地址、联系方式'];
const NOT_68 = ['进货价格', '销售人员姓名', '顾客评价'];

// 实施条例第二十八条: the rules a collective canteen carries out.
const CANTEEN_28 = ['原料控制', '餐具饮具清洗消毒', '食品留样'];
const NOT_28 = ['员工聚餐', '菜品定价', '广告宣传'];

// 第三十三条第一款第二项: the facilities a food business has.
const FACILITIES = ['消毒', '更衣', '盥洗', '采光', '照明', '通风', '防腐', '防尘', '防蝇', '防鼠', '防虫', '洗涤'];

export function demoQuestions(): TDemoQuestion[] {
  const q: TDemoQuestion[] = [];
  const e34 = '《食品安全法》第三十四条列明了禁止生产经营的食品、食品添加剂、食品相关产品。';
  q.push(
    ...fromList(
      fsl('第三十四条'),
      '禁止性规定',
      ALL,
      PROHIBITED,
      ALLOWED,
      {
        is: (item) => `依照《食品安全法》，${item}属于禁止生产经营的食品。`,
        pick: '依照《食品安全法》第三十四条，下列属于禁止生产经营的食品的是（）。',
        pickAll: '依照《食品安全法》第三十四条，下列哪些属于禁止生产经营的食品？',
      },
      e34,
    ),
  );
  q.push(
    ...fromList(
      fsl('第六十七条'),
      '标签标识',
      BUSINESS.concat('supervisor'),
      LABEL_ITEMS,
      NOT_LABEL,
      {
        is: (item) => `预包装食品的标签应当标明${item}。`,
        pick: '依照《食品安全法》第六十七条，预包装食品的标签应当标明的事项是（）。',
        pickAll: '依照《食品安全法》第六十七条，预包装食品的标签应当标明下列哪些事项？',
      },
      '《食品安全法》第六十七条规定了预包装食品标签应当标明的事项。',
    ),
  );
  q.push(
    ...fromList(
      fsl('第五十三条'),
      '进货查验',
      BUSINESS,
      RECORD_ITEMS,
      NOT_RECORD,
      {
        is: (item) => `食品经营企业的进货查验记录应当如实记录${item}。`,
        pick: '依照《食品安全法》第五十三条，食品进货查验记录应当如实记录的内容是（）。',
        pickAll: '依照《食品安全法》第五十三条，食品进货查验记录应当如实记录下列哪些内容？',
      },
      '《食品安全法》第五十三条第二款规定了进货查验记录的内容。',
    ),
  );
  q.push(
    ...fromList(
      [RULES, '第二十条'],
      '监督检查',
      STAFF,
      CATERING_POINTS,
      NOT_CATERING,
      {
        is: (item) => `餐饮服务环节监督检查要点包括${item}情况。`,
        pick: '依照《食品生产经营监督检查管理办法》第二十条，属于餐饮服务环节监督检查要点的是（）。',
        pickAll: '依照《食品生产经营监督检查管理办法》第二十条，餐饮服务环节监督检查要点包括下列哪些？',
      },
      '《食品生产经营监督检查管理办法》第二十条规定了餐饮服务环节的监督检查要点。',
    ),
  );
  q.push(
    ...fromList(
      [RULES, '第十七条'],
      '监督检查',
      SUPERVISOR,
      SALES_POINTS,
      NOT_SALES,
      {
        is: (item) => `食品销售环节监督检查要点包括${item}情况。`,
        pick: '依照《食品生产经营监督检查管理办法》第十七条，属于食品销售环节监督检查要点的是（）。',
        pickAll: '依照《食品生产经营监督检查管理办法》第十七条，食品销售环节监督检查要点包括下列哪些？',
      },
      '《食品生产经营监督检查管理办法》第十七条规定了食品销售环节的监督检查要点。',
    ),
  );
  q.push(
    ...fromList(
      fsl('第一百二十四条'),
      '法律责任',
      ['supervisor', 'principal', 'director'],
      ART124,
      NOT_124,
      {
        is: (item) => `${item}，尚不构成犯罪的，依照《食品安全法》第一百二十四条处罚。`,
        pick: '下列违法情形中，依照《食品安全法》第一百二十四条处罚的是（）。',
        pickAll: '下列违法情形中，哪些依照《食品安全法》第一百二十四条处罚？',
      },
      '《食品安全法》第一百二十四条第一款列明了九种情形；未取得许可经营适用第一百二十二条，消费者赔偿适用第一百四十八条。',
    ),
  );
  q.push(
    ...fromList(
      fsl('第三十三条'),
      '生产经营条件',
      BUSINESS.concat('cadre'),
      REQUIREMENTS_33,
      NOT_33,
      {
        is: (item) => `依照《食品安全法》第三十三条，食品生产经营应当符合的要求包括：${item}。`,
        pick: '依照《食品安全法》第三十三条，食品生产经营应当符合的要求是（）。',
        pickAll: '依照《食品安全法》第三十三条，食品生产经营应当符合下列哪些要求？',
      },
      '《食品安全法》第三十三条第一款列明了食品生产经营应当符合的要求。',
    ),
  );
  q.push(
    ...fromList(
      fsl('第四十六条'),
      '生产过程控制',
      ['principal', 'director', 'supervisor'],
      CONTROLS_46,
      NOT_46,
      {
        is: (item) => `食品生产企业应当就${item}制定并实施控制要求。`,
        pick: '依照《食品安全法》第四十六条，食品生产企业应当制定并实施控制要求的事项是（）。',
        pickAll: '依照《食品安全法》第四十六条，食品生产企业应当就下列哪些事项制定并实施控制要求？',
      },
      '《食品安全法》第四十六条列明了食品生产企业应当控制的四类事项。',
    ),
  );
  q.push(
    ...fromList(
      fsl('第六十八条'),
      '标签标识',
      BUSINESS,
      BULK_68,
      NOT_68,
      {
        is: (item) => `食品经营者销售散装食品，应当在散装食品的容器、外包装上标明${item}。`,
        pick: '依照《食品安全法》第六十八条，销售散装食品应当在容器、外包装上标明的是（）。',
        pickAll: '依照《食品安全法》第六十八条，销售散装食品应当在容器、外包装上标明下列哪些内容？',
      },
      '《食品安全法》第六十八条规定了散装食品应当标明的内容。',
    ),
  );
  q.push(
    ...fromList(
      [REG, '第二十八条'],
      '集中用餐',
      ALL,
      CANTEEN_28,
      NOT_28,
      {
        is: (item) => `学校、托幼机构等集中用餐单位的食堂应当执行${item}制度。`,
        pick: '依照《食品安全法实施条例》第二十八条，集中用餐单位的食堂应当执行的制度是（）。',
        pickAll: '依照《食品安全法实施条例》第二十八条，集中用餐单位的食堂应当执行下列哪些制度？',
      },
      '《食品安全法实施条例》第二十八条第一款。',
    ),
  );
  FACILITIES.forEach((f, i) => {
    if (i % 3 === 0)
      q.push(
        multiple(
          fsl('第三十三条'),
          '生产经营条件',
          BUSINESS,
          '依照《食品安全法》第三十三条，食品生产经营者应当具有相应的哪些设备或者设施？',
          FACILITIES.slice(i, i + 3).map((x) => `${x}设备或者设施`),
          ['装修装饰设施', '广告宣传设施'],
          '第三十三条第一款第二项列明了消毒、更衣、盥洗、采光、照明、通风、防腐、防尘、防蝇、防鼠、防虫、洗涤等设备或者设施。',
          i,
        ),
      );
    q.push(judge(fsl('第三十三条'), '生产经营条件', BUSINESS, `食品生产经营者应当具有与生产经营的食品品种、数量相适应的${f}设备或者设施。`, true));
  });
  q.push(...handWritten());
  return q;
}

function handWritten(): TDemoQuestion[] {
  const c33 = fsl('第三十三条');
  const c35 = fsl('第三十五条');
  const c44 = fsl('第四十四条');
  const c45 = fsl('第四十五条');
  const c47 = fsl('第四十七条');
  const c50 = fsl('第五十条');
  const c53 = fsl('第五十三条');
  const c54 = fsl('第五十四条');
  const c55 = fsl('第五十五条');
  const c56 = fsl('第五十六条');
  const c57 = fsl('第五十七条');
  const c58 = fsl('第五十八条');
  const c63 = fsl('第六十三条');
  const c68 = fsl('第六十八条');
  const c71 = fsl('第七十一条');
  const c122 = fsl('第一百二十二条');
  const c124 = fsl('第一百二十四条');
  const c148 = fsl('第一百四十八条');
  const reg28: TDemoCitation = [REG, '第二十八条'];
  return [
    // 第三十三条
    judge(c33, '生产经营条件', BUSINESS, '餐具、饮具和盛放直接入口食品的容器，使用前应当洗净、消毒。', true),
    judge(c33, '生产经营条件', BUSINESS, '炊具、用具用后只需存放整齐，不需要洗净。', false, '第三十三条第一款第五项：炊具、用具用后应当洗净，保持清洁。'),
    judge(c33, '生产经营条件', BUSINESS, '食品可以与有毒、有害物品一同贮存、运输，只要分开包装即可。', false, '第三十三条第一款第六项：不得将食品与有毒、有害物品一同贮存、运输。'),
    judge(c33, '生产经营条件', BUSINESS, '直接入口的食品应当使用无毒、清洁的包装材料、餐具、饮具和容器。', true),
    judge(c33, '生产经营条件', BUSINESS, '销售无包装的直接入口食品时，应当使用无毒、清洁的容器、售货工具和设备。', true),
    judge(c33, '生产经营条件', BUSINESS, '食品生产经营用水应当符合国家规定的生活饮用水卫生标准。', true),
    judge(c33, '生产经营条件', BUSINESS, '食品生产经营使用的洗涤剂、消毒剂应当对人体安全、无害。', true),
    judge(c33, '生产经营条件', BUSINESS, '食品生产经营人员生产经营食品时，应当将手洗净，穿戴清洁的工作衣、帽等。', true),
    judge(
      c33,
      '生产经营条件',
      BUSINESS,
      '非食品生产经营者从事食品贮存、运输和装卸的，不受《食品安全法》第三十三条的约束。',
      false,
      '第三十三条第二款：非食品生产经营者从事食品贮存、运输和装卸的，应当符合前款第六项的规定。',
    ),
    single(
      c33,
      '生产经营条件',
      BUSINESS,
      '合理的设备布局和工艺流程是为了防止（）。',
      '待加工食品与直接入口食品、原料与成品交叉污染',
      ['食品价格波动', '员工工作量过大', '设备采购成本过高'],
      '第三十三条第一款第四项。',
    ),
    single(
      c33,
      '生产经营条件',
      MANAGERS,
      '依照《食品安全法》第三十三条，食品生产经营者应当有（）和保证食品安全的规章制度。',
      '专职或者兼职的食品安全专业技术人员、食品安全管理人员',
      ['专职的财务会计人员', '专职的营销策划人员', '专职的法律顾问'],
      '第三十三条第一款第三项。',
      1,
    ),
    // 第三十五条
    judge(c35, '许可管理', ALL, '从事食品生产、食品销售、餐饮服务，应当依法取得许可。', true),
    judge(c35, '许可管理', ALL, '销售食用农产品，需要取得食品经营许可。', false, '第三十五条：销售食用农产品和仅销售预包装食品的，不需要取得许可。'),
    judge(c35, '许可管理', ALL, '仅销售预包装食品的，应当报所在地县级以上地方人民政府食品安全监督管理部门备案。', true),
    single(
      c35,
      '许可管理',
      ALL,
      '依照《食品安全法》第三十五条，下列不需要取得食品经营许可的是（）。',
      '仅销售预包装食品',
      ['开办餐馆', '从事食品生产', '经营现制现售的奶茶店'],
      '仅销售预包装食品的应当备案。',
      2,
    ),
    single(
      c35,
      '许可管理',
      SUPERVISOR,
      '审核食品生产经营许可申请时，对不符合规定条件的，应当（）。',
      '不予许可并书面说明理由',
      ['口头告知即可', '先行发证后补材料', '转交上级部门决定'],
      '第三十五条第二款。',
      3,
    ),
    // 第四十四条
    judge(c44, '主体责任', ALL, '食品生产经营企业的主要负责人应当落实企业食品安全管理制度，对本企业的食品安全工作全面负责。', true),
    judge(c44, '主体责任', ALL, '食品安全管理人员经考核不具备食品安全管理能力的，可以先上岗再培训。', false, '第四十四条第三款：经考核不具备食品安全管理能力的，不得上岗。'),
    judge(
      c44,
      '主体责任',
      STAFF.concat(MANAGERS),
      '食品安全监督管理部门对企业食品安全管理人员随机进行监督抽查考核，可以收取适当费用。',
      false,
      '第四十四条第三款：监督抽查考核不得收取费用。',
    ),
    judge(c44, '主体责任', ALL, '食品生产经营企业应当对职工进行食品安全知识培训。', true),
    single(
      c44,
      '主体责任',
      ALL,
      '对食品生产经营企业的食品安全工作全面负责的是（）。',
      '企业的主要负责人',
      ['企业的财务负责人', '企业的普通员工', '企业的供货者'],
      '第四十四条第二款。',
      1,
    ),
    single(
      c44,
      '主体责任',
      SUPERVISOR,
      '食品安全监督管理部门对企业食品安全管理人员随机监督抽查考核后，应当（）。',
      '公布考核情况',
      ['向企业收取考核费', '对考核结果保密', '由企业自行决定是否公布'],
      '第四十四条第三款。',
      2,
    ),
    multiple(
      c44,
      '主体责任',
      ALL,
      '依照《食品安全法》第四十四条，食品生产经营企业应当做到哪些？',
      ['建立健全食品安全管理制度', '对职工进行食品安全知识培训', '配备食品安全管理人员'],
      ['聘请外部律师常驻企业'],
      '',
      1,
    ),
    // 第四十五条
    judge(c45, '从业人员管理', BUSINESS, '从事接触直接入口食品工作的食品生产经营人员应当每年进行健康检查。', true),
    judge(c45, '从业人员管理', BUSINESS, '从事接触直接入口食品工作的人员可以先上岗，一年内补办健康证明即可。', false, '第四十五条第二款：取得健康证明后方可上岗工作。'),
    judge(c45, '从业人员管理', BUSINESS, '患有国务院卫生行政部门规定的有碍食品安全疾病的人员，不得从事接触直接入口食品的工作。', true),
    single(
      c45,
      '从业人员管理',
      BUSINESS.concat('supervisor'),
      '从事接触直接入口食品工作的食品生产经营人员应当（）进行健康检查。',
      '每年',
      ['每三年', '每五年', '仅入职时'],
      '第四十五条第二款。',
    ),
    single(
      c45,
      '从业人员管理',
      BUSINESS,
      '食品生产经营者应当建立并执行（）。',
      '从业人员健康管理制度',
      ['员工考勤奖惩制度', '客户积分制度', '广告审核制度'],
      '第四十五条第一款。',
      3,
    ),
    // 第四十七条
    judge(c47, '自查与报告', ALL, '食品生产经营者应当建立食品安全自查制度，定期对食品安全状况进行检查评价。', true),
    judge(c47, '自查与报告', BUSINESS, '生产经营条件发生变化，不再符合食品安全要求的，食品生产经营者应当立即采取整改措施。', true),
    judge(
      c47,
      '自查与报告',
      BUSINESS,
      '有发生食品安全事故潜在风险的，食品生产经营者可以继续经营，待事故发生后再报告。',
      false,
      '第四十七条：应当立即停止食品生产经营活动，并向所在地县级人民政府食品安全监督管理部门报告。',
    ),
    single(
      c47,
      '自查与报告',
      ALL,
      '食品生产经营者自查发现有发生食品安全事故潜在风险的，应当立即停止生产经营活动，并向（）报告。',
      '所在地县级人民政府食品安全监督管理部门',
      ['所在地村民委员会', '行业协会', '供货者'],
      '第四十七条。',
      2,
    ),
    // 第五十条
    judge(c50, '进货查验', BUSINESS, '进货查验记录和凭证保存期限不得少于产品保质期满后六个月。', true),
    judge(c50, '进货查验', BUSINESS, '没有明确保质期的食品原料，进货查验记录和凭证保存期限不得少于一年。', false, '第五十条第二款：没有明确保质期的，保存期限不得少于二年。'),
    single(
      c50,
      '进货查验',
      BUSINESS.concat('supervisor'),
      '没有明确保质期的，进货查验记录和凭证的保存期限不得少于（）。',
      '二年',
      ['六个月', '一年', '三年'],
      '第五十条第二款。',
      1,
    ),
    single(
      c50,
      '进货查验',
      BUSINESS.concat('supervisor'),
      '有明确保质期的，进货查验记录和凭证的保存期限不得少于（）。',
      '产品保质期满后六个月',
      ['产品保质期满后一个月', '产品保质期满后三个月', '产品生产日期后六个月'],
      '第五十条第二款。',
      3,
    ),
    judge(c50, '进货查验', BUSINESS, '食品生产者对无法提供合格证明的食品原料，应当按照食品安全标准进行检验。', true),
    // 第五十三条
    judge(c53, '进货查验', BUSINESS, '食品经营者采购食品，应当查验供货者的许可证和食品出厂检验合格证或者其他合格证明。', true),
    judge(c53, '进货查验', BUSINESS, '实行统一配送经营方式的食品经营企业，可以由企业总部统一查验供货者的许可证和食品合格证明文件。', true),
    judge(c53, '进货查验', BUSINESS, '从事食品批发业务的经营企业应当建立食品销售记录制度。', true),
    single(
      c53,
      '进货查验',
      BUSINESS,
      '食品经营者采购食品，应当查验供货者的（）。',
      '许可证和食品出厂检验合格证或者其他合格证明',
      ['营业额证明', '纳税证明', '广告审批文件'],
      '第五十三条第一款。',
      2,
    ),
    // 第五十四条
    judge(c54, '食品贮存', BUSINESS, '食品经营者应当定期检查库存食品，及时清理变质或者超过保质期的食品。', true),
    judge(
      c54,
      '食品贮存',
      BUSINESS,
      '食品经营者贮存散装食品，可以不在贮存位置标明保质期。',
      false,
      '第五十四条第二款：应当在贮存位置标明食品的名称、生产日期或者生产批号、保质期、生产者名称及联系方式等内容。',
    ),
    single(c54, '食品贮存', BUSINESS, '食品经营者对库存中超过保质期的食品，应当（）。', '及时清理', ['降价销售', '重新包装后销售', '更改保质期后销售'], '第五十四条第一款。', 1),
    multiple(
      c54,
      '食品贮存',
      BUSINESS,
      '食品经营者贮存散装食品，应当在贮存位置标明哪些内容？',
      ['食品的名称', '生产日期或者生产批号', '保质期', '生产者名称及联系方式'],
      ['进货价格'],
      '第五十四条第二款。',
      2,
    ),
    // 第五十五、五十六条
    judge(c55, '餐饮服务', BUSINESS, '餐饮服务提供者应当制定并实施原料控制要求，不得采购不符合食品安全标准的食品原料。', true),
    judge(
      c55,
      '餐饮服务',
      BUSINESS,
      '餐饮服务提供者在加工过程中发现原料感官性状异常，经加热处理后可以继续使用。',
      false,
      '第五十五条第二款：发现有第三十四条第六项规定情形的，不得加工或者使用。',
    ),
    judge(c55, '餐饮服务', ALL, '国家倡导餐饮服务提供者公开加工过程，公示食品原料及其来源等信息。', true),
    judge(c56, '餐饮服务', BUSINESS, '餐饮服务提供者应当定期清洗、校验保温设施及冷藏、冷冻设施。', true),
    judge(c56, '餐饮服务', BUSINESS, '餐饮服务提供者在客流高峰时可以使用未经清洗消毒的餐具、饮具。', false, '第五十六条第二款：不得使用未经清洗消毒的餐具、饮具。'),
    single(
      c56,
      '餐饮服务',
      BUSINESS,
      '餐饮服务提供者委托清洗消毒餐具、饮具的，应当委托（）。',
      '符合《食品安全法》规定条件的餐具、饮具集中消毒服务单位',
      ['任意一家保洁公司', '本单位员工家属', '价格最低的服务单位'],
      '第五十六条第二款。',
      2,
    ),
    // 第五十七条、实施条例第二十八条
    judge(c57, '集中用餐', ALL, '学校、托幼机构、养老机构、建筑工地等集中用餐单位从供餐单位订餐的，应当从取得食品生产经营许可的企业订购。', true),
    judge(c57, '集中用餐', ALL, '供餐单位应当当餐加工，确保食品安全。', true),
    single(c57, '集中用餐', STAFF, '加强对集中用餐单位的食品安全教育和日常管理的是（）。', '集中用餐单位的主管部门', ['供餐单位', '就餐人员', '行业协会'], '第五十七条第二款。', 0),
    judge(reg28, '集中用餐', ALL, '集中用餐单位的食堂应当执行原料控制、餐具饮具清洗消毒、食品留样等制度。', true),
    judge(
      reg28,
      '集中用餐',
      ALL,
      '承包经营集中用餐单位食堂的，由集中用餐单位对食堂的食品安全负全部责任，承包方不承担责任。',
      false,
      '《食品安全法实施条例》第二十八条第二款：承包方应当依法取得食品经营许可，并对食堂的食品安全负责。',
    ),
    single(
      reg28,
      '集中用餐',
      STAFF.concat(MANAGERS),
      '承包经营集中用餐单位食堂的，应当依法取得（）。',
      '食品经营许可',
      ['建筑施工许可', '餐饮具消毒许可', '广告经营许可'],
      '《食品安全法实施条例》第二十八条第二款。',
      1,
    ),
    // 第五十八条
    judge(c58, '餐饮服务', STAFF, '餐具、饮具集中消毒服务单位应当对消毒餐具、饮具进行逐批检验，检验合格后方可出厂。', true),
    multiple(
      c58,
      '餐饮服务',
      STAFF,
      '消毒后的餐具、饮具应当在独立包装上标注哪些内容？',
      ['单位名称、地址、联系方式', '消毒日期', '使用期限'],
      ['消毒人员姓名'],
      '第五十八条第二款。',
      1,
    ),
    // 第六十三条
    judge(c63, '食品召回', BUSINESS, '食品生产者发现其生产的食品不符合食品安全标准的，应当立即停止生产，召回已经上市销售的食品。', true),
    judge(c63, '食品召回', BUSINESS, '食品经营者发现其经营的食品不符合食品安全标准的，可以继续销售完库存后再停止经营。', false, '第六十三条第二款：应当立即停止经营。'),
    judge(c63, '食品召回', BUSINESS, '因标签不符合食品安全标准而被召回的食品，在采取补救措施且能保证食品安全的情况下可以继续销售，销售时应当向消费者明示补救措施。', true),
    single(
      c63,
      '食品召回',
      BUSINESS.concat('supervisor'),
      '食品生产经营者对召回的食品，应当采取（）等措施，防止其再次流入市场。',
      '无害化处理、销毁',
      ['降价促销', '更换包装后出售', '赠送顾客'],
      '第六十三条第三款。',
      3,
    ),
    single(
      c63,
      '食品召回',
      SUPERVISOR,
      '食品生产经营者未依照规定召回或者停止经营的，县级以上人民政府食品安全监督管理部门可以（）。',
      '责令其召回或者停止经营',
      ['仅作口头提醒', '不予处理', '由消费者自行处理'],
      '第六十三条第五款。',
      0,
    ),
    // 第六十八、七十一条
    judge(c68, '标签标识', BUSINESS, '食品经营者销售散装食品，应当在容器、外包装上标明食品的名称、生产日期或者生产批号、保质期等内容。', true),
    judge(c71, '标签标识', ALL, '食品标签、说明书可以宣传产品具有疾病预防功能。', false, '第七十一条第一款：不得涉及疾病预防、治疗功能。'),
    judge(c71, '标签标识', ALL, '食品与其标签、说明书的内容不符的，不得上市销售。', true),
    single(c71, '标签标识', ALL, '对食品标签、说明书的内容负责的是（）。', '生产经营者', ['消费者', '行业协会', '广告公司'], '第七十一条第一款。', 1),
    // 第一百零二条
    judge(fsl('第一百零二条'), '事故处置', BUSINESS, '食品生产经营企业应当制定食品安全事故处置方案，定期检查各项食品安全防范措施的落实情况。', true),
    judge(fsl('第一百零二条'), '事故处置', STAFF, '县级以上地方人民政府制定的食品安全事故应急预案，应当报上一级人民政府备案。', true),
    // 第一百二十二条
    single(
      c122,
      '法律责任',
      SUPERVISOR,
      '未取得食品经营许可从事食品经营活动，违法经营的食品货值金额不足一万元的，并处（）罚款。',
      '五万元以上十万元以下',
      ['二千元以上五万元以下', '一万元以上五万元以下', '十万元以上二十万元以下'],
      '第一百二十二条第一款。',
      1,
    ),
    single(
      c122,
      '法律责任',
      SUPERVISOR,
      '未取得食品经营许可从事食品经营活动，违法经营的食品货值金额一万元以上的，并处（）罚款。',
      '货值金额十倍以上二十倍以下',
      ['货值金额五倍以上十倍以下', '货值金额一倍以上五倍以下', '货值金额二十倍以上三十倍以下'],
      '第一百二十二条第一款。',
      2,
    ),
    judge(c122, '法律责任', ALL, '明知他人未取得食品经营许可，仍为其提供生产经营场所的，使消费者的合法权益受到损害的，应当承担连带责任。', true),
    // 第一百二十四条
    single(
      c124,
      '法律责任',
      SUPERVISOR,
      '经营超过保质期的食品，尚不构成犯罪，货值金额不足一万元的，并处（）罚款。',
      '五万元以上十万元以下',
      ['五千元以上五万元以下', '二千元以上二万元以下', '一万元以上三万元以下'],
      '第一百二十四条第一款。',
      0,
    ),
    judge(c124, '法律责任', SUPERVISOR.concat(MANAGERS), '经营超过保质期的食品，情节严重的，可以吊销许可证。', true),
    // 第一百四十八条
    judge(c148, '消费者权益', ALL, '消费者因不符合食品安全标准的食品受到损害的，可以向经营者要求赔偿损失，也可以向生产者要求赔偿损失。', true),
    judge(c148, '消费者权益', ALL, '接到消费者赔偿要求的生产经营者，应当实行首负责任制，先行赔付，不得推诿。', true),
    single(
      c148,
      '消费者权益',
      ALL,
      '经营明知是不符合食品安全标准的食品，消费者除要求赔偿损失外，还可以要求支付（）的赔偿金。',
      '价款十倍或者损失三倍',
      ['价款三倍或者损失十倍', '价款两倍', '损失五倍'],
      '第一百四十八条第二款。',
      3,
    ),
    single(
      c148,
      '消费者权益',
      ALL,
      '依照《食品安全法》第一百四十八条，增加赔偿的金额不足（）的，为该金额。',
      '一千元',
      ['五百元', '二千元', '一万元'],
      '第一百四十八条第二款。',
      2,
    ),
  ];
}

// The built-in training set: short complaints written from phrase lists, one set per trade and per issue
// type, so that the classifier works before anyone has corrected anything (and without any data file).
// Every trade is crossed with every issue type; a fixed random seed picks the phrases, so the set (and
// the model trained on it) is the same on every start.
import { COMPLAINT_ISSUE_TYPES, COMPLAINT_TRADES, type TComplaintIssueType, type TComplaintTrade } from '@shian/shared/complaint';
import type { TTrainingExample } from './classifier-training.ts';

type TTradeContext = { places: string[]; foods: string[]; openers: string[] };

/** Where and what: {place}, {food} and {date} are filled in. */
const TRADES: Record<TComplaintTrade, TTradeContext> = {
  catering: {
    places: ['前川街道的一家火锅店', '盘龙城的一家餐厅', '滠口一家小面馆', '武湖的农家乐', '横店街一家烧烤店', '祁家湾的快餐店', '汉口北的酒楼', '小区门口的饭馆'],
    foods: ['毛肚', '米饭', '牛肉面', '烤串', '炒青菜', '鱼汤', '热干面', '豆皮', '酸菜鱼', '宫保鸡丁'],
    openers: [
      '今天中午在{place}吃饭，点的{food}',
      '昨晚和朋友在{place}聚餐，{food}',
      '{date}在{place}就餐，点的{food}',
      '本人在{place}用餐时，{food}',
      '{date}我们一家在{place}堂食，上的{food}',
    ],
  },
  food_sales: {
    places: ['家门口的便利店', '一家连锁超市', '小区里的小卖部', '商场负一楼的超市', '学校门口的零食店', '一家副食店', '街边的食杂店'],
    foods: ['酸奶', '面包', '火腿肠', '方便面', '饮料', '饼干', '牛奶', '月饼', '辣条', '速冻水饺'],
    openers: ['在{place}买的{food}', '{date}在{place}购买了{food}', '我从{place}的货架上拿了一盒{food}', '{date}去{place}买了两袋{food}', '{place}卖的{food}'],
  },
  food_production: {
    places: ['一家食品厂', '一家豆制品加工厂', '村里的食品作坊', '一家酒厂', '一家糕点生产企业', '一家面条加工厂', '一家肉制品加工厂'],
    foods: ['豆腐', '挂面', '白酒', '糕点', '腐竹', '辣椒酱', '鱼丸', '米粉', '香肠'],
    openers: ['{place}生产的{food}', '买到{place}生产的{food}', '反映{place}，生产{food}时', '{place}的生产车间里做{food}', '举报{place}，厂家生产的{food}'],
  },
  online_food: {
    places: ['美团上的一家外卖店', '饿了么上的商家', '一家网店', '抖音直播间', '拼多多上的店铺', '淘宝上的店', '外卖平台的一家店'],
    foods: ['炸鸡', '麻辣烫', '奶茶', '盖浇饭', '螺蛳粉', '坚果', '牛肉干', '蛋糕', '黄焖鸡'],
    openers: [
      '在{place}点了一份{food}外卖',
      '通过{place}下单买了{food}',
      '{date}在{place}网购了{food}，快递送到后',
      '骑手送来的{food}（{place}）',
      '{date}在{place}订的{food}外卖，送到后',
    ],
  },
  canteen: {
    places: ['孩子学校的食堂', '公司员工食堂', '一所小学的食堂', '幼儿园的厨房', '工地食堂', '单位职工食堂', '大学二食堂'],
    foods: ['午餐', '学生餐', '米饭', '炒菜', '营养餐', '早餐包子', '员工餐'],
    openers: ['{place}的{food}', '孩子说{place}今天的{food}', '我们单位{place}的{food}', '反映{place}的问题：{food}', '{date}{place}供应的{food}'],
  },
  farm_produce: {
    places: ['前川农贸市场', '菜市场的一个摊位', '早市的肉摊', '路边的水果摊', '批发市场的水产摊', '滠口菜场', '农贸市场的菜摊'],
    foods: ['猪肉', '豇豆', '苹果', '活鱼', '鸡蛋', '韭菜', '西瓜', '牛肉', '虾', '芹菜'],
    openers: ['在{place}买的{food}', '{date}在{place}称了两斤{food}', '在{place}买{food}时', '{date}从{place}买回的{food}', '{place}卖的{food}'],
  },
  other: {
    places: ['保健品会销现场', '景区的小卖点', '一家民宿', 'KTV包厢', '高铁上', '电影院柜台', '社区里的推销会', '体检中心'],
    foods: ['保健品', '饮料', '盒饭', '零食', '爆米花', '蜂蜜', '保健食品'],
    openers: ['在{place}买的{food}', '{place}卖的{food}', '{date}在{place}，{food}', '{date}在{place}花钱买了{food}', '老人在{place}买的{food}'],
  },
};

/** What went wrong: {food} is filled in. */
const ISSUES: Record<TComplaintIssueType, string[]> = {
  expired_spoiled: [
    '已经过期三天了',
    '打开发现已经发霉变质',
    '有一股馊味，明显变质了',
    '一看日期早就超过保质期',
    '是臭的，已经腐烂了',
    '包装胀袋，里面都坏了',
    '吃起来发酸，很不新鲜',
    '上面长了一层白毛',
    '过期了还摆出来卖',
  ],
  foreign_matter: [
    '吃出一根头发',
    '里面有一只苍蝇',
    '吃出了一截钢丝球的钢丝',
    '发现一块塑料片',
    '咬到一颗石子，牙都崩了',
    '里面有虫子在爬',
    '吃出一个创可贴',
    '发现了半截烟头',
    '里面夹着一块玻璃渣',
  ],
  illness: [
    '吃完之后全家拉肚子',
    '当晚上吐下泻去医院挂水',
    '孩子吃了以后肚子疼、发烧',
    '吃完半小时开始呕吐，怀疑食物中毒',
    '第二天胃痛去急诊',
    '吃了以后全身过敏起疹子',
    '吃完头晕恶心，一直不舒服',
    '好几个人吃了都腹泻住院',
  ],
  hygiene: [
    '后厨很脏，地上全是污水',
    '看到老鼠在厨房里跑',
    '餐具没有消毒，碗上还有油污',
    '员工没有健康证，徒手抓菜',
    '生熟不分，切生肉的刀直接切凉菜',
    '店里卫生很差，苍蝇乱飞',
    '没煮熟，里面还是生的',
    '操作间里蟑螂到处爬',
    '加工环境脏乱，垃圾桶就在灶台边',
  ],
  labels_claims: [
    '包装上没有中文标签',
    '没有生产日期和厂名厂址，是三无产品',
    '宣传能降血糖治病，完全是虚假宣传',
    '标签上的配料表和实际不符',
    '说是有机食品，其实是假冒的',
    '生产日期是手写贴上去的',
    '和宣传图片完全不符，以次充好',
    '进口食品没有中文标签',
    '标注的产地是假的',
  ],
  unlicensed: [
    '店家没有营业执照，也没有食品经营许可证',
    '是一个无证经营的黑作坊',
    '在居民楼里无证生产，环境很差',
    '是流动摊贩无照经营',
    '一直没有办理许可证就在营业',
    '门口没有张贴许可证，怀疑无证经营',
    '证照不全，没有取得食品经营许可',
  ],
  short_weight: [
    '说是两斤，回家一称只有一斤六两',
    '缺斤少两，秤有问题',
    '用公平秤复称少了三两',
    '净含量标500克，实际只有420克',
    '商家扣秤，一斤少了一两多',
    '电子秤被做了手脚，短斤少两',
    '重量不足，差了一百多克',
  ],
  illegal_additives: [
    '怀疑用了罂粟壳',
    '用的是地沟油',
    '颜色特别鲜艳，怀疑加了色素',
    '怀疑添加了非法添加剂',
    '怀疑猪肉有瘦肉精',
    '农药残留超标',
    '是用药水催熟的',
    '用硫磺熏过漂白',
    '防腐剂超标，放一个月都不坏',
  ],
  price_service: [
    '结账时多收了二十块钱',
    '没有明码标价，乱收费',
    '服务员态度很差还骂人',
    '超时一个多小时，饭都凉了',
    '要求退款，商家一直不处理',
    '办了预付卡，现在店关门了',
    '强制收取开瓶费',
    '不给开发票',
    '少送了一份米饭，客服不理',
  ],
  other: ['油烟扰民，晚上噪音很大', '占道经营，影响通行', '味道太难吃，口感很差', '太咸了根本没法吃', '排队很久，店里太挤', '菜量和以前不一样了，口味也变了', '想咨询一下怎么维权'],
};

const DATES = ['3月5日', '昨天', '上周六', '今天上午', '前天晚上', '5月1日', '上个月'];
const DEMANDS = ['，要求退款赔偿。', '，请市场监管部门查处。', '，希望尽快处理。', '。', '，要求十倍赔偿。', '，向商家反映无果。', '，请核实处理。', '！'];

/** Texts per trade × issue type pair. */
const PER_PAIR = 6;

// mulberry32: a tiny deterministic generator, so the seed set never changes between starts.
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedExamples(): TTrainingExample[] {
  const next = random(20260315);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const seen = new Set<string>();
  const examples: TTrainingExample[] = [];
  for (const trade of COMPLAINT_TRADES) {
    const context = TRADES[trade];
    for (const issueType of COMPLAINT_ISSUE_TYPES) {
      for (let i = 0, tries = 0; i < PER_PAIR && tries < 50; tries++) {
        const opener = pick(context.openers).replace('{place}', pick(context.places)).replace('{food}', pick(context.foods)).replace('{date}', pick(DATES));
        const text = `${opener}，${pick(ISSUES[issueType])}${pick(DEMANDS)}`.replace(/，，/g, '，');
        if (seen.has(text)) continue;
        seen.add(text);
        examples.push({ text, trade, issueType, source: 'seed' });
        i += 1;
      }
    }
  }
  return examples;
}

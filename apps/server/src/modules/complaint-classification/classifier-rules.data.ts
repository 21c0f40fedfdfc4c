// The keyword and phrase rules of the complaint classifier, as data: staff and reviewers read (and amend)
// this list, not code. A rule fires when one of its `any` phrases occurs in the normalised text (full-width
// folded, lower case), one of its `also` phrases too when it has them, and none of its `unless`. An
// occurrence right after a negation (没, 没有, 未, 不是, 并非) does not count: "没有拉肚子" is no illness.
// A phrase that itself starts with the negation ("没有营业执照") is matched as a whole.
//
// weight: log-odds added to the rule's label when it fires (each rule counts once per text):
//   3 = decisive on its own (≈ ×20 the odds), 2 = strong (×7), 1 = a hint (×2.7).
// The trained classifier adds its own evidence; the calibration step scales both (see classifier-model.ts).
import type { TComplaintIssueType, TComplaintTrade } from '@shian/shared/complaint';

export type TClassificationRule = ({ head: 'trade'; label: TComplaintTrade } & TRuleBody) | ({ head: 'issueType'; label: TComplaintIssueType } & TRuleBody);

type TRuleBody = { id: string; weight: number; any: string[]; also?: string[]; unless?: string[] };

// biome-ignore format: one rule a line reads as a table
export const CLASSIFICATION_RULES: TClassificationRule[] = [
  // ── Trades (行业) ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'trade.online_food.platform',
    head: 'trade',
    label: 'online_food',
    weight: 3,
    any: ['外卖', '美团', '饿了么', '骑手', '送餐员', '网店', '网购', '网上买', '直播间', '淘宝', '京东', '拼多多', '抖音', '电商', '团购', '小程序'],
  },
  {
    id: 'trade.online_food.delivery',
    head: 'trade',
    label: 'online_food',
    weight: 1.5,
    any: ['送餐', '配送', '快递', '物流', '下单', '订单', '收到货', '发货', '卖家', '收货', '包邮', '送来', '送到'],
  },
  {
    id: 'trade.catering.venue',
    head: 'trade',
    label: 'catering',
    weight: 2,
    any: ['餐厅', '饭店', '酒楼', '餐馆', '火锅店', '烧烤店', '面馆', '小吃店', '大排档', '快餐店', '奶茶店', '饭馆', '农家乐', '宴席', '酒席'],
  },
  {
    id: 'trade.catering.dining',
    head: 'trade',
    label: 'catering',
    weight: 1.5,
    any: ['堂食', '就餐', '用餐', '聚餐', '点菜', '服务员', '上菜', '包厢', '结账', '买单'],
  },
  {
    id: 'trade.food_sales.shop',
    head: 'trade',
    label: 'food_sales',
    weight: 2,
    any: ['超市', '便利店', '小卖部', '商店', '商场', '副食店', '食杂店', '零食店', '母婴店', '烟酒店', '专卖店', '批发部', '商行'],
  },
  {
    id: 'trade.food_sales.shelf',
    head: 'trade',
    label: 'food_sales',
    weight: 1,
    any: ['货架', '收银', '柜台', '促销'],
  },
  {
    id: 'trade.food_production.maker',
    head: 'trade',
    label: 'food_production',
    weight: 2,
    any: ['生产厂家', '食品厂', '厂家', '加工厂', '生产企业', '作坊', '生产车间', '加工点', '代工', '灌装'],
  },
  {
    id: 'trade.canteen.institution',
    head: 'trade',
    label: 'canteen',
    weight: 3,
    any: ['食堂', '学生餐', '员工餐', '营养餐', '养老院', '托管班', '工地餐'],
  },
  {
    id: 'trade.canteen.school',
    head: 'trade',
    label: 'canteen',
    weight: 1.5,
    any: ['学校', '幼儿园', '小学', '中学', '孩子在校'],
    unless: ['学校门口', '学校旁边', '学校附近'],
  },
  {
    id: 'trade.farm_produce.market',
    head: 'trade',
    label: 'farm_produce',
    weight: 3,
    any: ['农贸市场', '菜市场', '菜场', '水果摊', '肉摊', '菜摊', '鱼摊', '批发市场', '早市'],
  },
  {
    id: 'trade.farm_produce.goods',
    head: 'trade',
    label: 'farm_produce',
    weight: 1,
    any: ['蔬菜', '水果', '猪肉', '牛肉', '羊肉', '活鱼', '鸡蛋', '水产', '海鲜', '苹果', '豇豆', '韭菜', '芹菜'],
  },
  {
    id: 'trade.other.venue',
    head: 'trade',
    label: 'other',
    weight: 2,
    any: ['保健品', '保健食品', '会销', '景区', '民宿', 'ktv', '电影院', '高铁', '火车上', '自动售货机', '体检'],
  },

  // ── Issue types (问题类型) ───────────────────────────────────────────────────────────────────
  {
    id: 'issue.expired_spoiled.expired',
    head: 'issueType',
    label: 'expired_spoiled',
    weight: 3,
    any: ['过期', '超过保质期', '超出保质期', '变质', '发霉', '霉变', '长毛', '馊', '腐烂', '发臭', '臭了', '胀袋', '胀包', '酸败', '哈喇味'],
    unless: ['过期退', '过期不候', '许可证过期', '许可证已过期', '许可证早就过期', '执照过期'],
  },
  {
    id: 'issue.expired_spoiled.stale',
    head: 'issueType',
    label: 'expired_spoiled',
    weight: 2,
    any: ['不新鲜', '异味', '怪味', '发酸', '变味', '有股味', '霉斑', '蔫', '临期', '臭味'],
  },
  {
    // 烂/坏 is rot in fruit and meat, but a broken box or bag in a takeaway.
    id: 'issue.expired_spoiled.rotten',
    head: 'issueType',
    label: 'expired_spoiled',
    weight: 2,
    any: ['烂了', '烂的', '烂掉', '坏了', '坏的', '坏掉'],
    unless: ['盒烂', '盒都烂', '盒子烂', '盒子都烂', '袋子烂', '袋子都烂', '袋子坏', '袋子都坏', '盒坏', '盒子坏'],
  },
  {
    id: 'issue.foreign_matter.object',
    head: 'issueType',
    label: 'foreign_matter',
    weight: 3,
    any: ['异物', '头发', '毛发', '苍蝇', '虫子', '钢丝', '铁丝', '塑料片', '玻璃渣', '石子', '沙子', '指甲', '创可贴', '烟头', '蛆', '蟑螂', '小强', '纸屑', '线头', '不明物'],
    // A cockroach in the kitchen is hygiene, one in the dish is foreign matter.
    unless: ['蟑螂到处', '厨房里', '后厨', '操作间'],
  },
  {
    id: 'issue.foreign_matter.found',
    head: 'issueType',
    label: 'foreign_matter',
    weight: 2,
    any: ['吃出', '吃到', '里面有', '里面还有', '里有', '里还有', '发现', '夹着', '混有'],
    also: ['虫', '毛', '丝', '渣', '石', '塑料', '蟑螂', '苍蝇', '东西', '不明物'],
  },
  {
    id: 'issue.illness.symptoms',
    head: 'issueType',
    label: 'illness',
    weight: 3,
    any: ['拉肚子', '腹泻', '呕吐', '上吐下泻', '食物中毒', '中毒', '肚子疼', '肚子痛', '胃疼', '胃痛', '吃坏', '住院', '急诊', '发烧', '过敏', '恶心想吐', '恶心呕吐', '头晕', '挂水', '输液'],
  },
  {
    id: 'issue.illness.after',
    head: 'issueType',
    label: 'illness',
    weight: 1.5,
    any: ['医院', '不舒服', '难受', '看病', '就医'],
    unless: ['医院食堂'],
  },
  {
    id: 'issue.hygiene.premises',
    head: 'issueType',
    label: 'hygiene',
    weight: 3,
    any: ['卫生差', '不卫生', '卫生条件', '卫生状况', '脏乱', '很脏', '太脏', '老鼠', '生熟不分', '健康证', '不消毒', '未消毒', '没消毒', '没有消毒', '污水', '油污', '卫生很差'],
  },
  {
    id: 'issue.hygiene.hints',
    head: 'issueType',
    label: 'hygiene',
    weight: 1.5,
    any: ['脏', '蟑螂', '后厨', '不熟', '没熟', '夹生', '没煮熟', '没洗', '洗不干净', '没洗干净', '是生的', '半生'],
  },
  {
    id: 'issue.labels_claims.label',
    head: 'issueType',
    label: 'labels_claims',
    weight: 3,
    any: ['标签', '生产日期', '没有日期', '无日期', '三无', '虚假宣传', '夸大宣传', '疗效', '治病', '假冒', '假货', '冒充', '山寨', '以次充好', '货不对板', '与描述不符', '与图片不符', '图片不符', '名不副实', '不是正品', '配料表', '标注', '产地'],
  },
  {
    id: 'issue.labels_claims.claim',
    head: 'issueType',
    label: 'labels_claims',
    weight: 1.5,
    any: ['宣传', '广告', '商标', '描述', '欺骗', '骗人', '正宗', '冒牌', '说明书'],
  },
  {
    id: 'issue.unlicensed.licence',
    head: 'issueType',
    label: 'unlicensed',
    weight: 3,
    any: ['无证', '无照', '没有营业执照', '没有执照', '没有许可证', '没有食品经营许可', '无营业执照', '未取得', '未办理', '黑作坊', '黑窝点', '证照不全', '无许可'],
  },
  {
    id: 'issue.unlicensed.hints',
    head: 'issueType',
    label: 'unlicensed',
    weight: 1.5,
    any: ['营业执照', '许可证', '家庭作坊', '私人作坊', '流动摊贩', '摊贩', '证照'],
  },
  {
    id: 'issue.short_weight.scale',
    head: 'issueType',
    label: 'short_weight',
    weight: 3,
    any: ['缺斤少两', '缺斤短两', '短斤少两', '少秤', '称不准', '秤有问题', '鬼秤', '重量不足', '分量不足', '净含量', '不足一斤', '实际只有', '复称', '公平秤', '扣秤', '斤两不足', '秤砣'],
  },
  {
    id: 'issue.short_weight.hints',
    head: 'issueType',
    label: 'short_weight',
    weight: 1.5,
    any: ['称了', '一称', '称重', '重量', '秤', '斤数', '斤两', '克数'],
  },
  {
    id: 'issue.illegal_additives.substance',
    head: 'issueType',
    label: 'illegal_additives',
    weight: 3,
    any: ['添加剂', '非法添加', '违规添加', '罂粟壳', '地沟油', '瘦肉精', '苏丹红', '吊白块', '硼砂', '工业盐', '甲醛', '色素', '防腐剂', '漂白', '激素', '农药残留', '农残', '兽药', '催熟', '打蜡', '增白剂', '工业明胶', '孔雀石绿', '敌敌畏', '禁用药'],
  },
  {
    id: 'issue.illegal_additives.hints',
    head: 'issueType',
    label: 'illegal_additives',
    weight: 1.5,
    any: ['勾兑', '化学', '香精', '泡药', '药水'],
  },
  {
    id: 'issue.price_service.price',
    head: 'issueType',
    label: 'price_service',
    weight: 1.5,
    any: ['价格', '收费', '多收', '乱收费', '明码标价', '价格欺诈', '标价', '涨价', '退款', '退钱', '不退', '退货', '预付卡', '办卡', '充值', '最低消费', '开瓶费', '餐位费', '强制消费', '发票', '打包费', '配送费'],
  },
  {
    id: 'issue.price_service.service',
    head: 'issueType',
    label: 'price_service',
    weight: 1.5,
    any: ['态度', '服务差', '服务很差', '太慢', '超时', '迟到', '漏送', '送错', '少送', '没送', '餐具', '洒了', '撒了', '凉了', '取消订单', '客服', '不理', '不接电话', '等了', '小时才'],
  },
  {
    id: 'issue.price_service.value',
    head: 'issueType',
    label: 'price_service',
    weight: 0.5,
    any: ['贵', '量少', '分量少', '份量少', '太少', '不值', '性价比', '坑人', '慢'],
  },
  {
    id: 'issue.other.nuisance',
    head: 'issueType',
    label: 'other',
    weight: 2,
    any: ['油烟', '噪音', '扰民', '占道', '排烟'],
  },
  {
    id: 'issue.other.taste',
    head: 'issueType',
    label: 'other',
    weight: 1,
    any: ['难吃', '不好吃', '味道一般', '口感', '太咸', '太辣', '太油', '油腻', '太甜', '没味'],
  },
];

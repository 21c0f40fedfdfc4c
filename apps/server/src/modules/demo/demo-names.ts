// Plausible Huangpi business and person names for the demo data.
import type { TOperatorType } from '@shian/shared/operator';
import type { TRandom } from './demo-random.ts';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文斌志红玉兰海波鹏飞辉琴云凤春梅林峰雪宇浩晨俊欣怡佳'.split('');
const DISHES = [
  '热干面',
  '豆皮',
  '汤包',
  '牛肉粉',
  '鱼丸',
  '藕汤',
  '烧烤',
  '小龙虾',
  '家常菜',
  '土菜',
  '火锅',
  '卤味',
  '面馆',
  '米粉',
  '快餐',
  '饺子',
  '包子',
  '烤鸭',
  '煲仔饭',
  '糕点',
];
const CATERER_SUFFIX = ['馆', '店', '酒楼', '餐馆', '小吃店', '饭庄', '大排档', '食府'];
const SHOP_BRAND = ['好又多', '惠民', '万家', '百姓', '诚信', '佳佳', '鑫鑫', '福满', '旺旺', '家家乐', '邻里', '兴隆', '永辉', '中百', '乐购'];
const SHOP_SUFFIX = ['超市', '便利店', '副食店', '生鲜店', '粮油店', '烟酒副食', '水果店', '冷冻食品店', '调味品店'];
const PRODUCT = ['米酒', '豆腐', '面条', '糍粑', '腊肉', '豆干', '米粉', '麻糖', '粑粑', '榨菜', '酱菜', '香油'];
const PRODUCER_CORE = ['木兰', '黄陂', '楚天', '盘龙', '荆楚', '汉北', '武湖', '滠水', '云雾山', '姚家山'];
const PRODUCER_KIND = ['食品', '粮油', '饮品', '调味品', '肉制品', '豆制品', '乳业', '酒业', '米业', '糕点'];
const SCHOOL = ['第一中学', '第二中学', '第三中学', '实验中学', '中心小学', '实验小学', '幼儿园', '职业技术学校'];
const INSTITUTION = ['养老院', '卫生院', '人民医院', '敬老院', '建筑工地', '物流园', '工业园', '机关'];

export function personName(r: TRandom): string {
  return r.pick(SURNAMES) + r.pick(GIVEN) + (r.chance(0.6) ? r.pick(GIVEN) : '');
}

export function mobile(r: TRandom): string {
  return `1${r.pick(['3', '5', '7', '8', '9'])}${String(r.int(0, 999_999_999)).padStart(9, '0')}`;
}

/** A name for an operator of `type` in the unit named `place` (e.g. 前川街道 -> 前川). */
export function operatorName(r: TRandom, type: TOperatorType, place: string, serial: number): string {
  const short = place.replace(/(街道|乡|管理处|办事处|经济开发区|商贸物流枢纽区管委会)$/, '');
  const surname = r.pick(SURNAMES);
  switch (type) {
    case 'caterer':
      return `黄陂区${short}${surname}记${r.pick(DISHES)}${r.pick(CATERER_SUFFIX)}`;
    case 'small_eatery':
      return `${short}${surname}${r.pick(['姐', '哥', '嫂', '师傅'])}${r.pick(DISHES)}店`;
    case 'seller':
      return `黄陂区${short}${r.pick(SHOP_BRAND)}${r.pick(SHOP_SUFFIX)}`;
    case 'online_seller':
      return `黄陂区${r.pick(SHOP_BRAND)}${r.pick(PRODUCT)}网店（${serial}）`;
    case 'street_vendor':
      return `${short}${surname}${r.pick(PRODUCT)}摊点`;
    case 'small_workshop':
      return `黄陂区${short}${surname}氏${r.pick(PRODUCT)}加工作坊`;
    case 'producer':
      return `武汉${r.pick(PRODUCER_CORE)}${r.pick(PRODUCER_KIND)}有限公司（${serial}）`;
    case 'canteen':
      return `黄陂区${short}${r.chance(0.6) ? r.pick(SCHOOL) : r.pick(INSTITUTION)}食堂`;
  }
}

export function streetAddress(r: TRandom, place: string): string {
  const road = r.pick(['大道', '路', '街', '巷', '村']);
  return `武汉市黄陂区${place}${r.pick(PRODUCER_CORE)}${road}${r.int(1, 399)}号`;
}

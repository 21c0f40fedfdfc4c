// Demo food safety standards: real GB numbers, titles and dates, as reference data every deployment starts with.
import type { TFoodStandardInput } from '@shian/shared/food-standard';

type TDemoStandard = Omit<TFoodStandardInput, 'supersededBy' | 'summary'> & { supersededBy?: string; summary: string };

// biome-ignore format: one standard a line reads as a table
export const DEMO_STANDARDS: TDemoStandard[] = [
  { number: 'GB 2760-2024', title: '食品安全国家标准 食品添加剂使用标准', category: 'general', status: 'in_force', issuedOn: '2024-02-08', implementedOn: '2025-02-08', summary: '规定食品添加剂的使用原则、允许使用的品种、使用范围及最大使用量或残留量。' },
  { number: 'GB 2760-2014', title: '食品安全国家标准 食品添加剂使用标准', category: 'general', status: 'superseded', issuedOn: '2014-12-24', implementedOn: '2015-05-24', supersededBy: 'GB 2760-2024', summary: '已被 GB 2760-2024 代替。' },
  { number: 'GB 2762-2022', title: '食品安全国家标准 食品中污染物限量', category: 'general', status: 'in_force', issuedOn: '2022-06-30', implementedOn: '2023-06-30', summary: '规定铅、镉、汞、砷、锡、镍、铬、亚硝酸盐、硝酸盐、苯并[a]芘、N-二甲基亚硝胺、多氯联苯、3-氯-1,2-丙二醇等污染物在食品中的限量。' },
  { number: 'GB 2762-2017', title: '食品安全国家标准 食品中污染物限量', category: 'general', status: 'superseded', issuedOn: '2017-03-17', implementedOn: '2017-09-17', supersededBy: 'GB 2762-2022', summary: '已被 GB 2762-2022 代替。' },
  { number: 'GB 2763-2021', title: '食品安全国家标准 食品中农药最大残留限量', category: 'general', status: 'in_force', issuedOn: '2021-03-03', implementedOn: '2021-09-03', summary: '规定食品中农药的最大残留限量，覆盖蔬菜、水果、谷物、茶叶等。' },
  { number: 'GB 2761-2017', title: '食品安全国家标准 食品中真菌毒素限量', category: 'general', status: 'in_force', issuedOn: '2017-03-17', implementedOn: '2017-09-17', summary: '规定黄曲霉毒素 B1、M1，脱氧雪腐镰刀菌烯醇，展青霉素，赭曲霉毒素 A 和玉米赤霉烯酮的限量。' },
  { number: 'GB 31650-2019', title: '食品安全国家标准 食品中兽药最大残留限量', category: 'general', status: 'in_force', issuedOn: '2019-09-06', implementedOn: '2020-04-01', summary: '规定动物性食品中兽药的最大残留限量，以及允许使用而不需要制定残留限量的兽药。' },
  { number: 'GB 29921-2021', title: '食品安全国家标准 预包装食品中致病菌限量', category: 'general', status: 'in_force', issuedOn: '2021-09-07', implementedOn: '2021-11-22', summary: '规定沙门氏菌、金黄色葡萄球菌、单核细胞增生李斯特氏菌等致病菌在预包装食品中的限量。' },
  { number: 'GB 7718-2011', title: '食品安全国家标准 预包装食品标签通则', category: 'general', status: 'in_force', issuedOn: '2011-04-20', implementedOn: '2012-04-20', supersededBy: 'GB 7718-2025', summary: '预包装食品标签的基本要求和标示内容；GB 7718-2025 实施后废止。' },
  { number: 'GB 7718-2025', title: '食品安全国家标准 预包装食品标签通则', category: 'general', status: 'to_be_implemented', issuedOn: '2025-03-16', implementedOn: '2027-03-16', summary: '代替 GB 7718-2011：保质期标示为到期日期、过敏原强制标示、数字标签等。' },
  { number: 'GB 28050-2011', title: '食品安全国家标准 预包装食品营养标签通则', category: 'general', status: 'in_force', issuedOn: '2011-10-12', implementedOn: '2013-01-01', supersededBy: 'GB 28050-2025', summary: '营养成分表、营养声称和营养成分功能声称；GB 28050-2025 实施后废止。' },
  { number: 'GB 28050-2025', title: '食品安全国家标准 预包装食品营养标签通则', category: 'general', status: 'to_be_implemented', issuedOn: '2025-03-16', implementedOn: '2027-03-16', summary: '代替 GB 28050-2011：强制标示饱和脂肪（酸）和糖等。' },
  { number: 'GB 14881-2013', title: '食品安全国家标准 食品生产通用卫生规范', category: 'hygiene_practice', status: 'in_force', issuedOn: '2013-05-24', implementedOn: '2014-06-01', summary: '食品生产过程中原料采购、加工、包装、贮存和运输等环节的场所、设施、人员的基本要求和管理准则。' },
  { number: 'GB 31621-2014', title: '食品安全国家标准 食品经营过程卫生规范', category: 'hygiene_practice', status: 'in_force', issuedOn: '2014-12-24', implementedOn: '2015-05-24', summary: '食品采购、运输、验收、贮存、分装与包装、销售等经营过程中的食品安全要求。' },
  { number: 'GB 31654-2021', title: '食品安全国家标准 餐饮服务通用卫生规范', category: 'hygiene_practice', status: 'in_force', issuedOn: '2021-02-22', implementedOn: '2022-02-22', summary: '餐饮服务活动中食品采购、贮存、加工、供应、配送和餐（饮）具、食品容器及工具清洗、消毒等环节的要求。' },
  { number: 'GB 2733-2015', title: '食品安全国家标准 鲜、冻动物性水产品', category: 'product', status: 'in_force', issuedOn: '2015-11-13', implementedOn: '2016-11-13', summary: '鲜、冻动物性水产品的感官要求、挥发性盐基氮、组胺等理化指标。' },
  { number: 'GB 2726-2016', title: '食品安全国家标准 熟肉制品', category: 'product', status: 'in_force', issuedOn: '2016-12-23', implementedOn: '2017-06-23', summary: '包括酱卤肉、熏烧烤肉、肉灌制品、熟肉干制品（肉松、肉干、肉脯）等。' },
  { number: 'GB 2720-2015', title: '食品安全国家标准 味精', category: 'product', status: 'in_force', issuedOn: '2015-09-22', implementedOn: '2016-09-22', summary: '以谷氨酸钠为主要成分的味精的原料、感官和理化要求。' },
  { number: 'GB 2716-2018', title: '食品安全国家标准 植物油', category: 'product', status: 'in_force', issuedOn: '2018-06-21', implementedOn: '2019-12-21', summary: '植物原油、食用植物油、食用植物调和油和食品煎炸过程中的各种食用植物油的酸价、过氧化值等指标。' },
  { number: 'GB 2715-2016', title: '食品安全国家标准 粮食', category: 'product', status: 'in_force', issuedOn: '2016-12-23', implementedOn: '2017-06-23', summary: '供人食用的原粮和成品粮的感官、有毒有害菌类及植物种子等要求。' },
  { number: 'GB 2749-2015', title: '食品安全国家标准 蛋与蛋制品', category: 'product', status: 'in_force', issuedOn: '2015-09-22', implementedOn: '2016-09-22', summary: '鲜蛋和液蛋、干蛋、冰蛋、再制蛋等蛋制品的要求。' },
  { number: 'GB 19301-2010', title: '食品安全国家标准 生乳', category: 'product', status: 'in_force', issuedOn: '2010-03-26', implementedOn: '2010-06-01', summary: '从健康奶畜挤下的常乳的感官、理化和微生物要求。' },
  { number: 'GB 17400-2015', title: '食品安全国家标准 方便面', category: 'product', status: 'in_force', issuedOn: '2015-09-22', implementedOn: '2016-09-22', summary: '油炸和非油炸方便面的酸价、过氧化值和微生物要求。' },
  { number: 'GB 26687-2011', title: '食品安全国家标准 复配食品添加剂通则', category: 'additive_spec', status: 'in_force', issuedOn: '2011-07-05', implementedOn: '2011-09-05', summary: '复配食品添加剂的命名、要求（含砷、铅限量）和标识。' },
  { number: 'GB 4806.1-2016', title: '食品安全国家标准 食品接触材料及制品通用安全要求', category: 'food_contact', status: 'in_force', issuedOn: '2016-10-19', implementedOn: '2017-10-19', summary: '食品接触材料及制品的基本要求、限量要求、符合性原则和标签标识。' },
  { number: 'GB 5009.33-2016', title: '食品安全国家标准 食品中亚硝酸盐与硝酸盐的测定', category: 'test_method', status: 'in_force', issuedOn: '2016-12-23', implementedOn: '2017-06-23', summary: '离子色谱法、分光光度法等测定食品中亚硝酸盐与硝酸盐。' },
  { number: 'GB 4789.2-2022', title: '食品安全国家标准 食品微生物学检验 菌落总数测定', category: 'test_method', status: 'in_force', issuedOn: '2022-06-30', implementedOn: '2022-12-30', summary: '食品中菌落总数的测定方法。' },
];

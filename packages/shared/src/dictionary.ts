// Display names of the enumerations, used by the web app, the .xlsx export and the import
// (which accepts either the code or the Chinese name in a cell).
import type { TOperatorCategory, TOperatorScale, TOperatorStatus, TOperatorTag, TOperatorType, TPersonnelRole } from './operator.ts';
import type { TLicenceKind } from './licence.ts';
import type { TRole } from './access.ts';
import type { TAdjustmentReason, TCadreLevel } from './cadre.ts';
import type { TLang } from './messages.ts';

type Names<K extends string> = Record<K, { zh: string; en: string }>;

export const OPERATOR_TYPE_NAMES: Names<TOperatorType> = {
  producer: { zh: '食品生产企业', en: 'Producer' },
  seller: { zh: '食品销售者', en: 'Seller' },
  caterer: { zh: '餐饮服务提供者', en: 'Caterer' },
  canteen: { zh: '单位食堂', en: 'Canteen' },
  small_workshop: { zh: '小作坊', en: 'Small workshop' },
  small_eatery: { zh: '小餐饮', en: 'Small eatery' },
  street_vendor: { zh: '食品摊贩', en: 'Street vendor' },
  online_seller: { zh: '网络食品经营者', en: 'Online seller' },
};

export const OPERATOR_STATUS_NAMES: Names<TOperatorStatus> = {
  active: { zh: '在营', en: 'Active' },
  suspended: { zh: '停业', en: 'Suspended' },
  deactivated: { zh: '已注销', en: 'Deactivated' },
};

export const OPERATOR_CATEGORY_NAMES: Names<TOperatorCategory> = {
  prepackaged_food: { zh: '预包装食品', en: 'Prepackaged food' },
  bulk_food: { zh: '散装食品', en: 'Bulk food' },
  special_food: { zh: '特殊食品', en: 'Special food' },
  farm_produce: { zh: '食用农产品', en: 'Edible farm produce' },
  hot_food: { zh: '热食类食品', en: 'Hot food' },
  cold_food: { zh: '冷食类食品', en: 'Cold food' },
  raw_food: { zh: '生食类食品', en: 'Raw food' },
  pastry: { zh: '糕点类食品', en: 'Pastry' },
  beverage: { zh: '自制饮品/饮料', en: 'Beverages' },
  grain_products: { zh: '粮食加工品', en: 'Grain products' },
  edible_oil: { zh: '食用油、油脂及其制品', en: 'Edible oil' },
  meat_products: { zh: '肉制品', en: 'Meat products' },
  dairy_products: { zh: '乳制品', en: 'Dairy products' },
  condiments: { zh: '调味品', en: 'Condiments' },
  alcohol: { zh: '酒类', en: 'Alcoholic drinks' },
  soy_products: { zh: '豆制品', en: 'Soy products' },
  frozen_food: { zh: '速冻食品', en: 'Frozen food' },
  food_additives: { zh: '食品添加剂', en: 'Food additives' },
};

export const OPERATOR_TAG_NAMES: Names<TOperatorTag> = {
  school_canteen: { zh: '学校食堂', en: 'School canteen' },
  kindergarten_canteen: { zh: '幼儿园食堂', en: 'Kindergarten canteen' },
  elderly_care_canteen: { zh: '养老机构食堂', en: 'Elderly-care canteen' },
  hospital_canteen: { zh: '医疗机构食堂', en: 'Hospital canteen' },
  construction_site_canteen: { zh: '工地食堂', en: 'Construction-site canteen' },
  central_kitchen: { zh: '中央厨房', en: 'Central kitchen' },
  group_meal_delivery: { zh: '集体用餐配送', en: 'Group meal delivery' },
  farmers_market: { zh: '农贸市场', en: "Farmers' market" },
  supermarket: { zh: '商超', en: 'Supermarket' },
  cold_chain: { zh: '冷链食品', en: 'Cold chain' },
  open_kitchen: { zh: '明厨亮灶', en: 'Open kitchen' },
  chain_headquarters: { zh: '连锁总部', en: 'Chain headquarters' },
};

/** For canteens, large and medium mean 300 or more diners (operator.ts). */
export const OPERATOR_SCALE_NAMES: Names<TOperatorScale> = {
  large: { zh: '大型', en: 'Large' },
  medium: { zh: '中型', en: 'Medium' },
  small: { zh: '小型', en: 'Small' },
  micro: { zh: '微型', en: 'Micro' },
};

export const PERSONNEL_ROLE_NAMES: Names<TPersonnelRole> = {
  principal: { zh: '主要负责人', en: 'Principal' },
  director: { zh: '食品安全总监', en: 'Food safety director' },
  officer: { zh: '食品安全员', en: 'Food safety officer' },
};

export const LICENCE_KIND_NAMES: Names<TLicenceKind> = {
  production: { zh: '食品生产许可证', en: 'Production licence' },
  trade: { zh: '食品经营许可证', en: 'Trade licence' },
};

export const ROLE_NAMES: Names<TRole> = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  leader: { zh: '局领导', en: 'Bureau leader' },
  department: { zh: '科室人员', en: 'Department staff' },
  station: { zh: '监管所负责人', en: 'Station head' },
  inspector: { zh: '监管所检查员', en: 'Station inspector' },
  enforcement: { zh: '执法队员', en: 'Enforcement officer' },
  cadre: { zh: '包保干部', en: 'Assigned cadre' },
  business: { zh: '企业用户', en: 'Business user' },
  expert: { zh: '专家', en: 'Expert' },
};

export const CADRE_LEVEL_NAMES: Names<TCadreLevel> = {
  city: { zh: '市级', en: 'City' },
  district: { zh: '区级', en: 'District' },
  township: { zh: '乡镇（街道）级', en: 'Township' },
  village: { zh: '村（社区）级', en: 'Village' },
};

export const ADJUSTMENT_REASON_NAMES: Names<TAdjustmentReason> = {
  new: { zh: '新增主体未包保', en: 'New subject not assigned' },
  regraded: { zh: '风险等级变化，包保层级不符', en: 'Re-graded: wrong cadre level' },
  closed: { zh: '主体停业或注销', en: 'Subject closed' },
  cadre_inactive: { zh: '包保干部已停用', en: 'Cadre inactive' },
};

export function nameOf<K extends string>(names: Names<K>, key: K, lang: TLang): string {
  return lang === 'en' ? names[key].en : names[key].zh;
}

/** Reads a cell that may hold the code ("caterer") or either display name ("餐饮服务提供者"). */
export function codeOf<K extends string>(names: Names<K>, cell: string): K | undefined {
  const value = cell.trim();
  for (const key of Object.keys(names) as K[]) {
    const n = names[key];
    if (key === value || n.zh === value || n.en.toLowerCase() === value.toLowerCase()) return key;
  }
  return undefined;
}

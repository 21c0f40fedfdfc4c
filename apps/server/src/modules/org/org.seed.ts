// Huangpi District's organisation. The 20 township-level units and their codes come from the
// National Bureau of Statistics 2023 division codes (9-digit code + "000" = 12 digits).
import type { TUnitKind } from '@shian/shared/org';

export const HUANGPI_BUREAU = { name: '武汉市黄陂区市场监督管理局', divisionCode: '420116' };

export const HUANGPI_DEPARTMENTS: { code: string; name: string }[] = [
  { code: 'regulation', name: '法规科' },
  { code: 'general', name: '综合科' },
  { code: 'enforcement_inspection', name: '执法稽查科' },
  { code: 'consumer_protection', name: '消保科' },
  { code: 'credit', name: '信用监管科' },
  { code: 'metrology', name: '计量科' },
  { code: 'ip_protection', name: '知识产权保护科' },
  { code: 'food_production', name: '食品生产科' },
  { code: 'food_distribution', name: '流通科' },
  { code: 'catering', name: '餐饮科' },
  { code: 'quality', name: '质量监管科' },
  { code: 'office', name: '办公室' },
];

export const HUANGPI_UNITS: { code: string; name: string; kind: TUnitKind; station: string }[] = [
  { code: '420116001000', name: '前川街道', kind: 'street', station: '前川市场监督管理所' },
  { code: '420116002000', name: '祁家湾街道', kind: 'street', station: '祁家湾市场监督管理所' },
  { code: '420116003000', name: '横店街道', kind: 'street', station: '横店市场监督管理所' },
  { code: '420116004000', name: '罗汉寺街道', kind: 'street', station: '罗汉寺市场监督管理所' },
  { code: '420116005000', name: '滠口街道', kind: 'street', station: '滠口市场监督管理所' },
  { code: '420116006000', name: '六指街道', kind: 'street', station: '六指市场监督管理所' },
  { code: '420116007000', name: '天河街道', kind: 'street', station: '天河市场监督管理所' },
  { code: '420116008000', name: '王家河街道', kind: 'street', station: '王家河市场监督管理所' },
  { code: '420116009000', name: '长轩岭街道', kind: 'street', station: '长轩岭市场监督管理所' },
  { code: '420116010000', name: '李集街道', kind: 'street', station: '李集市场监督管理所' },
  { code: '420116011000', name: '姚集街道', kind: 'street', station: '姚集市场监督管理所' },
  { code: '420116012000', name: '蔡榨街道', kind: 'street', station: '蔡榨市场监督管理所' },
  { code: '420116013000', name: '武湖街道', kind: 'street', station: '武湖市场监督管理所' },
  { code: '420116014000', name: '三里桥街道', kind: 'street', station: '三里桥市场监督管理所' },
  { code: '420116015000', name: '蔡店街道', kind: 'street', station: '蔡店市场监督管理所' },
  { code: '420116201000', name: '木兰乡', kind: 'town', station: '木兰市场监督管理所' },
  { code: '420116401000', name: '木兰山风景区管理处', kind: 'zone', station: '木兰市场监督管理所' },
  { code: '420116402000', name: '大潭办事处', kind: 'zone', station: '大潭市场监督管理所' },
  { code: '420116403000', name: '盘龙城经济开发区', kind: 'zone', station: '盘龙城市场监督管理所' },
  { code: '420116404000', name: '汉口北商贸物流枢纽区管委会', kind: 'zone', station: '汉口北市场监督管理所' },
];

export const HUANGPI_ENFORCEMENT_TEAM = '黄陂区市场监督管理综合执法大队';

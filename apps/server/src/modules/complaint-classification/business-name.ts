// The business a complaint's text names ("在老王火锅店吃饭", "举报“好再来超市”"), and an address in it
// ("解放大道123号"), read heuristically so that the registry can be searched for the operator.
import { normaliseText } from './classifier-text.ts';

// Longest first, so that "火锅店" wins over "店".
const SUFFIXES = [
  '食品有限公司',
  '餐饮有限公司',
  '有限公司',
  '食品厂',
  '加工厂',
  '火锅店',
  '烧烤店',
  '小吃店',
  '快餐店',
  '奶茶店',
  '蛋糕店',
  '面包店',
  '便利店',
  '水果店',
  '超市',
  '商店',
  '商行',
  '小卖部',
  '餐厅',
  '饭店',
  '酒店',
  '酒楼',
  '饭馆',
  '餐馆',
  '面馆',
  '食堂',
  '大排档',
  '作坊',
  '公司',
  '店',
];
const NAME_CHARS = '[\\u4e00-\\u9fa5a-z0-9（）()·]';
const suffix = `(?:${SUFFIXES.join('|')})`;
const QUOTED = /[“"「『《]([^”"」』》]{2,30})[”"」』》]/;
const AFTER_VERB = new RegExp(`(?:在|去|到|从|于|向|对|举报|投诉|反映)(${NAME_CHARS}{1,24}?${suffix})`);
// An area before the name ("前川街道", "解放大道", "汉口北") says where, not who.
const AREA_PREFIX = /^.*(?:街道|大道|街|路|镇|乡|村|区|市场|广场|小区)(?:的)?/;
const DETERMINERS = /^(?:的|一家|这家|那家|该|某个?|附近的?|门口的?|楼下的?|小区里的?)+/;
const GENERIC = new Set(SUFFIXES.concat(['饭馆', '外卖店', '网店', '小店', '门店', '商家']));

const LAST_OF = /^.*(?:一家|这家|那家|的)/;

function clean(name: string): string | null {
  let core = name.replace(DETERMINERS, '');
  // "美团上的一家外卖店", "123号的李记餐馆": the name is what follows.
  const tail = core.replace(LAST_OF, '');
  if (tail !== core) {
    if (GENERIC.has(tail)) return null;
    if ([...tail].length >= 3) core = tail;
  }
  const withoutArea = core.replace(AREA_PREFIX, '').replace(DETERMINERS, '');
  if ([...withoutArea].length >= 3) core = withoutArea;
  if ([...core].length < 3 || GENERIC.has(core) || /^[这那]/.test(core)) return null;
  return core;
}

export function businessNameIn(text: string): string | null {
  const normalised = normaliseText(text);
  const quoted = QUOTED.exec(normalised);
  if (quoted) {
    const name = clean(quoted[1].trim());
    if (name) return name;
  }
  const named = AFTER_VERB.exec(normalised);
  return named ? clean(named[1]) : null;
}

const ADDRESS = /([\u4e00-\u9fa5]{2,16}(?:路|街|大道|巷)[0-9一二三四五六七八九十]+号)/;

export function addressIn(text: string): string | null {
  const found = ADDRESS.exec(normaliseText(text))?.[1];
  return found ? found.replace(/^.*?(?:位于|地址是|地址|在|去|到|从|于)/, '') : null;
}

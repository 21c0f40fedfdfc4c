import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { TLang } from '@shian/shared/messages';
import { zhCN, type TMessages } from './zh-CN.ts';
import { en } from './en.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: TMessages };
  }
}

const STORAGE_KEY = 'shian.lang';

function storedLang(): TLang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

function applyLang(lang: TLang): void {
  document.documentElement.lang = lang;
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
}

const initial = storedLang();
void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'zh-CN',
  // React escapes text itself; escaping here would show &lt; in operator names.
  interpolation: { escapeValue: false },
  initAsync: false,
});
applyLang(initial);

export function toLang(language: string | undefined): TLang {
  return language === 'en' ? 'en' : 'zh-CN';
}

/** The UI language outside React (the API client sends it as Accept-Language). */
export function currentLang(): TLang {
  return toLang(i18n.language);
}

export async function setLang(lang: TLang): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode may refuse storage; the switch still works for this visit.
  }
  applyLang(lang);
  await i18n.changeLanguage(lang);
}

export function useLang(): TLang {
  return toLang(useTranslation().i18n.language);
}

export { i18n };

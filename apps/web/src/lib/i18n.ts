import i18n, { type Resource } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { TLang } from '@shian/shared/messages';

// The i18n machinery, shared by every layer. It imports no texts: locales/messages.ts assembles the
// bundles of every feature and starts i18next with them, so that features depend on this file only.

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

/** Starts i18next with the app's bundles, in the language stored by the last visit. */
export function startI18n(resources: Resource): void {
  const initial = storedLang();
  void i18n.use(initReactI18next).init({
    resources,
    lng: initial,
    fallbackLng: 'zh-CN',
    // React escapes text itself; escaping here would show &lt; in operator names.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  applyLang(initial);
}

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

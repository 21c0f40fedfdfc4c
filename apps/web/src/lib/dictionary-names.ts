import type { TLang } from '@shian/shared/messages';

/** A shared dictionary entry in the UI language. */
export const nameIn = (names: Record<string, { zh: string; en: string }>, key: string | null | undefined, lang: TLang) =>
  key ? (names[key]?.[lang === 'en' ? 'en' : 'zh'] ?? key) : '—';

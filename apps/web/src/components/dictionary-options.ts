import type { TLang } from '@shian/shared/messages';

type TNames<K extends string> = Record<K, { zh: string; en: string }>;

/** Select options from a shared dictionary, labelled in the UI language. */
export function dictionaryOptions<K extends string>(names: TNames<K>, lang: TLang): { value: K; label: string }[] {
  return (Object.keys(names) as K[]).map((value) => ({
    value,
    label: lang === 'en' ? names[value].en : names[value].zh,
  }));
}

import { Fragment } from 'react';

/** The text with each search word marked; the words come from the server's segmentation of the query. */
export function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  const words = [...new Set(terms)].filter(Boolean).sort((a, b) => b.length - a.length);
  if (words.length === 0) return <>{text}</>;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parts = text.split(new RegExp(`(${escaped.join('|')})`, 'gi'));
  return <>{parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : <Fragment key={i}>{part}</Fragment>))}</>;
}

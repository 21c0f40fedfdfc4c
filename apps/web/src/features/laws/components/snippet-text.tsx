import { snippetParts } from '@shian/shared/law';

/** A search snippet with its matched words marked, rendered as text (never as HTML). */
export function SnippetText({ snippet }: { snippet: string }) {
  return (
    <>
      {snippetParts(snippet).map((part, i) =>
        part.highlight ? (
          <mark key={i} style={{ background: '#fff1b8', padding: 0 }}>
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

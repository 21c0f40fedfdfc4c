import { Typography } from 'antd';

/** Before/after snapshots as plain text: server data is never rendered as markup. */
export function JsonBlock({ title, value }: { title: string; value: unknown }) {
  const text = value === undefined || value === null ? '—' : JSON.stringify(value, null, 2);
  return (
    <div style={{ minWidth: 0 }}>
      <Typography.Text strong>{title}</Typography.Text>
      <pre
        style={{
          margin: '4px 0 0',
          padding: 8,
          maxHeight: 360,
          overflow: 'auto',
          background: '#fafafa',
          border: '1px solid #f0f0f0',
          borderRadius: 4,
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-all',
          fontSize: 12,
        }}
      >
        {text}
      </pre>
    </div>
  );
}

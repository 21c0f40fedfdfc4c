import type { CSSProperties } from 'react';
import { Alert } from 'antd';

/** What a form's schema check or the server found wrong (lib/use-schema-submit.ts `problems`); nothing when all is well. */
export function FormProblems({ problems, style = { marginBottom: 12 } }: { problems: string[]; style?: CSSProperties }) {
  if (problems.length === 0) return null;
  return <Alert type="error" showIcon message={problems.join('；')} style={style} />;
}

import type { ReactNode } from 'react';
import { Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useAction } from '../use-action.ts';

/** A list's export: `run` downloads the file (api/client.ts `download`) for the list's current filters. */
export function ExportButton({ run, children, testId }: { run: () => Promise<void>; children: ReactNode; testId?: string }) {
  const { busy, run: start } = useAction();
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void start(run)} data-testid={testId}>
      {children}
    </Button>
  );
}

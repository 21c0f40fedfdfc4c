import { useRef } from 'react';
import { Button } from 'antd';
import { CameraOutlined } from '@ant-design/icons';

type TProps = { label: string; loading?: boolean; onFile: (file: File) => void; testId?: string };

/** Opens the phone's rear camera (or the file picker on a desktop). */
export function PhotoInput({ label, loading, onFile, testId }: TProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept="image/*"
        capture="environment"
        hidden
        data-testid={testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = '';
        }}
      />
      <Button size="small" icon={<CameraOutlined />} loading={loading} onClick={() => input.current?.click()}>
        {label}
      </Button>
    </>
  );
}

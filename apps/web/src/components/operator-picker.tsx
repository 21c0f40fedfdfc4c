import { useState } from 'react';
import { Select } from 'antd';
import type { TOperatorSummary } from '@shian/shared/operator';
import type { TPage } from '@shian/shared/http';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';

/** Finds an operator of the user's scope by name (the server's fragment search). */
export function OperatorPicker({ value, onChange, placeholder, testId }: { value?: string; onChange?: (id: string) => void; placeholder: string; testId?: string }) {
  const [q, setQ] = useState('');
  const { data, loading } = useApi((signal) => api.get<TPage<TOperatorSummary>>('/api/operators', { q, pageSize: 20 }, signal), [q]);
  return (
    <Select
      showSearch
      value={value}
      onChange={onChange}
      filterOption={false}
      onSearch={setQ}
      loading={loading}
      placeholder={placeholder}
      data-testid={testId}
      options={(data?.items ?? []).map((o) => ({ value: o.id, label: `${o.name}（${o.unitName}）` }))}
    />
  );
}

import { useState } from 'react';
import { Select } from 'antd';
import { searchOperators, type TOperatorOption } from '../api/leads-api.ts';

/** Picks an operator by name or credit code (searched on the server, in the user's scope). */
export function OperatorSelect({ value, onChange, placeholder }: { value?: string; onChange?: (id: string | undefined) => void; placeholder?: string }) {
  const [options, setOptions] = useState<TOperatorOption[]>([]);
  async function search(q: string) {
    if (q.trim().length < 2) return;
    setOptions(await searchOperators(q.trim()));
  }
  return (
    <Select
      showSearch
      allowClear
      value={value}
      placeholder={placeholder}
      filterOption={false}
      onSearch={(q) => void search(q)}
      onChange={(id: string | undefined) => onChange?.(id)}
      options={options.map((o) => ({ value: o.id, label: `${o.name}（${o.uscc}）` }))}
      data-testid="lead-operator"
    />
  );
}

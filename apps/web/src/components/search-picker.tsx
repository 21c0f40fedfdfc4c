import { useState } from 'react';
import { Select } from 'antd';
import { useApi } from '../api/use-api.ts';

export type TPickerOption = { value: string; label: string; disabled?: boolean };

type TProps = {
  value?: string | null;
  onChange?: (id: string) => void;
  /** The server's search for what the user typed (empty: the first page). */
  search: (q: string, signal: AbortSignal) => Promise<TPickerOption[]>;
  placeholder: string;
  testId?: string;
};

/** One record (an operator, a cadre …) found by the server's search as the user types. */
export function SearchPicker({ value, onChange, search, placeholder, testId }: TProps) {
  const [q, setQ] = useState('');
  const { data, loading } = useApi((signal) => search(q, signal), [q]);
  return (
    <Select
      showSearch
      value={value ?? undefined}
      onChange={onChange}
      filterOption={false}
      onSearch={setQ}
      loading={loading}
      placeholder={placeholder}
      data-testid={testId}
      options={data ?? []}
    />
  );
}

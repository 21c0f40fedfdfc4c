import { useEffect, useRef, useState } from 'react';
import { Select } from 'antd';

export type TOption = { value: string; label: string };

type TProps = {
  value?: string[];
  onChange?: (value: string[]) => void;
  /** Labels of the values already chosen (an edited rumour's standards and articles). */
  initialOptions: TOption[];
  search: (q: string) => Promise<TOption[]>;
  placeholder: string;
  testId?: string;
};

/** A multiple select whose options come from a server search as the user types. */
export function SearchSelect({ value, onChange, initialOptions, search, placeholder, testId }: TProps) {
  const [options, setOptions] = useState<TOption[]>(initialOptions);
  const [chosen, setChosen] = useState<TOption[]>(initialOptions);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  function onSearch(q: string) {
    clearTimeout(timer.current);
    if (!q.trim()) return;
    timer.current = setTimeout(() => {
      search(q.trim()).then(setOptions, () => setOptions([]));
    }, 300);
  }

  const known = new Map([...chosen, ...options].map((o) => [o.value, o]));
  return (
    <Select
      mode="multiple"
      showSearch
      filterOption={false}
      value={value}
      placeholder={placeholder}
      onSearch={onSearch}
      onChange={(next: string[]) => {
        setChosen(next.map((v) => known.get(v)!).filter(Boolean));
        onChange?.(next);
      }}
      options={[...known.values()]}
      data-testid={testId}
    />
  );
}

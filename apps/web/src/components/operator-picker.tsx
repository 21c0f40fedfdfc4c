import type { TOperatorSummary } from '@shian/shared/operator';
import type { TPage } from '@shian/shared/http';
import { api } from '../api/client.ts';
import { SearchPicker } from './search-picker.tsx';

/** Finds an operator of the user's scope by name (the server's fragment search). */
export function OperatorPicker({ value, onChange, placeholder, testId }: { value?: string; onChange?: (id: string) => void; placeholder: string; testId?: string }) {
  return (
    <SearchPicker
      value={value}
      onChange={onChange}
      placeholder={placeholder}
      testId={testId}
      search={async (q, signal) =>
        (await api.get<TPage<TOperatorSummary>>('/api/operators', { q, pageSize: 20 }, signal)).items.map((o) => ({ value: o.id, label: `${o.name}（${o.unitName}）` }))
      }
    />
  );
}

import { useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/use-api.ts';
import { listCadres } from '../api/users-api.ts';

/** Finds a cadre record of the bureau by name; one that already has an account cannot be chosen. */
export function CadrePicker({ value, onChange, selfId }: { value?: string | null; onChange?: (id: string) => void; selfId?: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const { data, loading } = useApi((signal) => listCadres(q, signal), [q]);
  return (
    <Select
      showSearch
      value={value ?? undefined}
      onChange={onChange}
      filterOption={false}
      onSearch={setQ}
      loading={loading}
      placeholder={t('users.cadreSearch')}
      data-testid="user-cadre"
      options={(data ?? []).map((c) => ({
        value: c.id,
        disabled: c.userId !== null && c.userId !== selfId,
        label: `${c.name}（${c.unitName} ${c.post}）${c.userId && c.userId !== selfId ? ` · ${t('users.cadreTaken')}` : ''}`,
      }))}
    />
  );
}

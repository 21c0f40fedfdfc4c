import { useTranslation } from 'react-i18next';
import { SearchPicker } from '../../../components/search-picker.tsx';
import { listCadres } from '../api/users-api.ts';

/** Finds a cadre record of the bureau by name; one that already has an account cannot be chosen. */
export function CadrePicker({ value, onChange, selfId }: { value?: string | null; onChange?: (id: string) => void; selfId?: string }) {
  const { t } = useTranslation();
  return (
    <SearchPicker
      value={value}
      onChange={onChange}
      placeholder={t('users.cadreSearch')}
      testId="user-cadre"
      search={async (q, signal) =>
        (await listCadres(q, signal)).map((c) => ({
          value: c.id,
          disabled: c.userId !== null && c.userId !== selfId,
          label: `${c.name}（${c.unitName} ${c.post}）${c.userId && c.userId !== selfId ? ` · ${t('users.cadreTaken')}` : ''}`,
        }))
      }
    />
  );
}

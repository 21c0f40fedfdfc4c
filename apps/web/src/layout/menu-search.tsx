import { useState } from 'react';
import { AutoComplete, Input, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

/** groupName is empty for an entry above the groups (the workbench). */
export type TMenuSearchEntry = { path: string; name: string; groupName: string };

/**
 * The quick search at the top of the side menu: typing filters the entries of every group by their name in
 * the current language; Enter opens the first match (or the one chosen with the arrow keys), as does a click.
 */
export function MenuSearch({ entries, onNavigate }: { entries: TMenuSearchEntry[]; onNavigate: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const query = text.trim().toLowerCase();
  const matches = query ? entries.filter((entry) => entry.name.toLowerCase().includes(query)) : [];

  function open(path: string) {
    setText('');
    navigate(path);
    onNavigate();
  }

  return (
    <AutoComplete
      value={text}
      onChange={setText}
      onSelect={open}
      defaultActiveFirstOption
      // Wider than the 200 px side menu, so that each result shows its group too.
      popupMatchSelectWidth={280}
      style={{ width: '100%' }}
      notFoundContent={query ? t('menuSearch.empty') : null}
      options={matches.map((entry) => ({
        value: entry.path,
        label: (
          <span data-testid="menu-search-option">
            {entry.name} {entry.groupName && <Typography.Text type="secondary">· {entry.groupName}</Typography.Text>}
          </span>
        ),
      }))}
    >
      <Input allowClear prefix={<SearchOutlined />} placeholder={t('menuSearch.placeholder')} aria-label={t('menuSearch.placeholder')} data-testid="menu-search" />
    </AutoComplete>
  );
}

import { Button, Tooltip } from 'antd';
import { TranslationOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { setLang, useLang } from '../lib/i18n.ts';

export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Tooltip title={t('header.switchLangTitle')}>
      <Button
        type="text"
        icon={<TranslationOutlined />}
        data-testid="lang-switch"
        aria-label={t('header.switchLangTitle')}
        onClick={() => void setLang(lang === 'en' ? 'zh-CN' : 'en')}
      >
        {compact ? null : t('header.switchLang')}
      </Button>
    </Tooltip>
  );
}

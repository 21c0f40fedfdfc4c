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
        // Only the icon alone needs a name; a visible "English" is the name (WCAG 2.5.3).
        aria-label={compact ? t('header.switchLangTitle') : undefined}
        onClick={() => void setLang(lang === 'en' ? 'zh-CN' : 'en')}
      >
        {compact ? null : t('header.switchLang')}
      </Button>
    </Tooltip>
  );
}

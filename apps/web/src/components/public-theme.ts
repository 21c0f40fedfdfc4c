import type { ThemeConfig } from 'antd';

/**
 * The public pages' colours: antd's defaults (links and primary buttons #1677ff, secondary text at 45% black,
 * green and orange tags) fall short of WCAG AA's 4.5:1 on white, which citizens reading on a phone outdoors
 * need more than staff at a desk. One step darker each (antd's palette 7-8), checked by axe-core in the e2e suite.
 */
export const PUBLIC_THEME: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.56)',
    colorSuccess: '#237804',
    colorError: '#cf1322',
    colorWarning: '#ad4e00',
    green: '#237804',
    orange: '#ad4e00',
  },
};

// The shell's texts and the words every page shares; locales/messages.ts adds the bundle of each
// feature.
export const zhCN = {
  app: {
    title: '食安 · 黄陂区食品安全智慧监管平台',
    shortTitle: '食安',
    loading: '正在加载…',
  },
  menu: {
    operators: '经营主体',
    myOperator: '本企业',
    audit: '审计日志',
    password: '修改密码',
  },
  header: {
    switchLang: 'English',
    switchLangTitle: '切换语言',
    changePassword: '修改密码',
    logout: '退出登录',
  },
  common: {
    search: '搜索',
    reset: '重置',
    cancel: '取消',
    save: '保存',
    back: '返回',
    reload: '刷新',
    add: '添加',
    remove: '删除',
    yes: '是',
    no: '否',
    empty: '—',
    total: '共 {{total}} 条',
    selectPlaceholder: '请选择',
  },
  errors: {
    network: '网络错误，请检查网络后重试',
    unexpected: '发生错误，请稍后重试',
    loadFailed: '加载失败',
    forbiddenTitle: '无权访问',
    forbidden: '您的角色没有访问此页面的权限。',
    notFoundTitle: '页面不存在',
    notFound: '您访问的页面不存在或已被移除。',
    backHome: '返回首页',
  },
};

export type TAppMessages = typeof zhCN;

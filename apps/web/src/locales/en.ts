import type { TAppMessages } from './zh-CN.ts';

export const en: TAppMessages = {
  app: {
    title: "Shi'an · Huangpi District Food Safety Supervision Platform",
    shortTitle: "Shi'an",
    loading: 'Loading…',
  },
  menu: {
    operators: 'Operators',
    myOperator: 'My business',
    audit: 'Audit log',
    password: 'Change password',
  },
  header: {
    switchLang: '中文',
    switchLangTitle: 'Switch language',
    changePassword: 'Change password',
    logout: 'Log out',
  },
  common: {
    search: 'Search',
    reset: 'Reset',
    cancel: 'Cancel',
    save: 'Save',
    back: 'Back',
    reload: 'Reload',
    add: 'Add',
    remove: 'Remove',
    yes: 'Yes',
    no: 'No',
    empty: '—',
    total: '{{total}} in total',
    selectPlaceholder: 'Select',
  },
  errors: {
    network: 'Network error. Check your connection and try again.',
    unexpected: 'Something went wrong. Please try again later.',
    loadFailed: 'Could not load',
    forbiddenTitle: 'Access denied',
    forbidden: 'Your role may not open this page.',
    notFoundTitle: 'Page not found',
    notFound: 'The page you asked for does not exist.',
    backHome: 'Back to start',
  },
};

// One error shape for every response: { error: { code, message, fields? } }, the message in
// the request's language. Services throw AppError; the handler in http-errors.ts renders it.
import type { TLang } from '@shian/shared/messages';

export type TErrorCode =
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'INVALID_CREDENTIALS'
  | 'ACCOUNT_DISABLED'
  | 'ACCOUNT_LOCKED'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'OWN_ACCOUNT'
  | 'CSRF_HEADER_MISSING'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VERSION_CONFLICT'
  | 'CONFLICT'
  | 'ALREADY_DONE'
  | 'WRONG_STATE'
  | 'PERIOD_CLOSED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_FILE'
  | 'RATE_LIMITED'
  | 'INTERNAL';

type Text = { zh: string; en: string };

const MESSAGES: Record<TErrorCode, Text> = {
  VALIDATION_FAILED: { zh: '提交的内容有误', en: 'The request is invalid' },
  UNAUTHENTICATED: { zh: '请先登录', en: 'Please sign in' },
  // Also the answer while sign-in is paused after repeated failures: no answer tells which user names exist.
  INVALID_CREDENTIALS: {
    zh: '用户名或密码错误；连续失败 {failures} 次后需等待 {minutes} 分钟再试',
    en: 'Wrong username or password; after {failures} failures, wait {minutes} minutes before trying again',
  },
  ACCOUNT_DISABLED: { zh: '账号已停用', en: 'This account is disabled' },
  ACCOUNT_LOCKED: { zh: '账号已被管理员锁定，请联系管理员解锁', en: 'This account is locked by an administrator; ask one to unlock it' },
  PASSWORD_CHANGE_REQUIRED: {
    zh: '请先修改密码（管理员重置或设置的密码须在首次登录后修改）',
    en: 'Change your password first (a password set by an administrator must be changed)',
  },
  // Nobody raises their own role, locks or disables themselves: another administrator does it.
  OWN_ACCOUNT: { zh: '不能对自己的账号执行“{what}”，请由其他管理员操作', en: 'You cannot {what} your own account; another administrator must do it' },
  CSRF_HEADER_MISSING: {
    zh: '请求缺少 X-Requested-With 头，已拒绝',
    en: 'The request lacks the X-Requested-With header and was refused',
  },
  FORBIDDEN: { zh: '没有权限执行此操作', en: 'You are not allowed to do this' },
  NOT_FOUND: { zh: '未找到该记录', en: 'Not found' },
  VERSION_CONFLICT: {
    zh: '该记录已被他人修改，请刷新后重试',
    en: 'Someone else changed this record; reload and try again',
  },
  // {what} ends with a space where the language needs one ("Credit code X ").
  CONFLICT: { zh: '{what}已存在', en: '{what}already exists' },
  ALREADY_DONE: { zh: '{what}已经执行，不能重复提交', en: '{what} was already done and cannot be repeated' },
  // A step taken out of order (signing a letter not yet issued): {what} says where the record is and what the step needs.
  WRONG_STATE: { zh: '{what}', en: '{what}' },
  // A record kept for a period (a day's self-check) is closed once the period is over: later changes are appended.
  PERIOD_CLOSED: { zh: '{what}已过填报期（{period}），不能再修改；如需更正，请“追加更正”', en: '{what} is closed ({period}); append a correction instead' },
  PAYLOAD_TOO_LARGE: { zh: '提交的内容过大（上限 {limit}）', en: 'The request is too large (limit {limit})' },
  UNSUPPORTED_FILE: { zh: '不支持的文件：{reason}', en: 'Unsupported file: {reason}' },
  RATE_LIMITED: { zh: '操作过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  INTERNAL: { zh: '服务器内部错误，请稍后再试', en: 'Internal error; please try again later' },
};

const STATUS: Record<TErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_DISABLED: 403,
  ACCOUNT_LOCKED: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  OWN_ACCOUNT: 403,
  CSRF_HEADER_MISSING: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  CONFLICT: 409,
  ALREADY_DONE: 409,
  WRONG_STATE: 409,
  PERIOD_CLOSED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_FILE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export type TFieldError = { path: string; message: string };

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: TErrorCode,
    readonly params: Record<string, string | Text> = {},
    readonly fields: TFieldError[] | ((lang: TLang) => TFieldError[]) = [],
  ) {
    super(code);
    this.status = STATUS[code];
  }

  render(lang: TLang): { code: TErrorCode; message: string; fields?: TFieldError[] } {
    let message = lang === 'en' ? MESSAGES[this.code].en : MESSAGES[this.code].zh;
    for (const [key, value] of Object.entries(this.params)) {
      const text = typeof value === 'string' ? value : lang === 'en' ? value.en : value.zh;
      message = message.replace(`{${key}}`, text);
    }
    const fields = typeof this.fields === 'function' ? this.fields(lang) : this.fields;
    if (fields.length === 0) return { code: this.code, message };
    // The first field's reason joins the headline, so a client that shows only the message still says why.
    const headline = this.code === 'VALIDATION_FAILED' ? `${message}${lang === 'en' ? ': ' : '：'}${fields[0].message}` : message;
    return { code: this.code, message: headline, fields };
  }
}

export const notFound = () => new AppError('NOT_FOUND');
export const forbidden = () => new AppError('FORBIDDEN');

import { samplingZh } from '../features/sampling/sampling.locales.ts';
import { disposalsZh } from '../features/disposals/disposals.locales.ts';
import { publicTestsZh } from '../features/public-tests/public-tests.locales.ts';
import { consumerNoticesZh } from '../features/consumer-notices/consumer-notices.locales.ts';
import { leadsZh } from '../features/leads/leads.locales.ts';
import { enforcementCasesZh } from '../features/enforcement-cases/enforcement-cases.locales.ts';
import { calendarZh } from '../features/calendar/calendar.locales.ts';
import { checklistsZh } from '../features/checklists/checklists.locales.ts';
import { inspectionsZh } from '../features/inspections/inspections.locales.ts';
import { rectificationsZh } from '../features/rectifications/rectifications.locales.ts';
import { publicProfileZh } from '../features/public-profile/public-profile.locales.ts';
import { riskGradesZh } from '../features/risk-grades/risk-grades.locales.ts';
import { plansZh } from '../features/plans/plans.locales.ts';
import { drawsZh } from '../features/draws/draws.locales.ts';
import { dashboardsZh } from '../features/dashboards/dashboards.locales.ts';
import { complaintHotspotsZh } from '../features/complaint-hotspots/complaint-hotspots.locales.ts';
import { complaintClassificationZh } from '../features/complaint-classification/complaint-classification.locales.ts';
import { complaintsZh } from '../features/complaints/complaints.locales.ts';
import { interviewsZh } from '../features/interviews/interviews.locales.ts';
import { odrZh } from '../features/odr/odr.locales.ts';
import { serviceStationsZh } from '../features/service-stations/service-stations.locales.ts';
import { foodStandardsZh } from '../features/food-standards/food-standards.locales.ts';
import { guidanceZh } from '../features/guidance/guidance.locales.ts';
import { rumoursZh } from '../features/rumours/rumours.locales.ts';
import { targetingZh } from '../features/targeting/targeting.locales.ts';
import { lawsZh } from '../features/laws/laws.locales.ts';
import { creditZh } from '../features/credit/credit.locales.ts';

export const zhCN = {
  credit: creditZh,
  laws: lawsZh,
  sampling: samplingZh,
  disposals: disposalsZh,
  publicTests: publicTestsZh,
  consumerNotices: consumerNoticesZh,
  leads: leadsZh,
  enforcementCases: enforcementCasesZh,
  calendar: calendarZh,
  checklists: checklistsZh,
  inspections: inspectionsZh,
  rectifications: rectificationsZh,
  publicProfile: publicProfileZh,
  riskGrades: riskGradesZh,
  plans: plansZh,
  draws: drawsZh,
  dashboards: dashboardsZh,
  complaintHotspots: complaintHotspotsZh,
  complaintClassification: complaintClassificationZh,
  complaints: complaintsZh,
  interviews: interviewsZh,
  odr: odrZh,
  serviceStations: serviceStationsZh,
  foodStandards: foodStandardsZh,
  guidance: guidanceZh,
  rumours: rumoursZh,
  targeting: targetingZh,
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
  login: {
    subtitle: '请使用您的账号登录',
    username: '用户名',
    password: '密码',
    submit: '登录',
  },
  operators: {
    listTitle: '经营主体',
    searchPlaceholder: '名称、统一社会信用代码或许可证编号',
    create: '新增',
    import: '导入',
    export: '导出',
    exportStarted: '正在生成导出文件…',
    filters: {
      type: '主体类型',
      unit: '街道（乡镇）',
      station: '市场监管所',
      status: '状态',
      licence: '许可证',
      licenceExpiring: '90 天内到期',
      licenceExpired: '已过期',
      reset: '清除筛选',
    },
    fields: {
      name: '名称',
      uscc: '统一社会信用代码',
      type: '主体类型',
      categories: '经营类别',
      address: '地址',
      unit: '所属街道（乡镇）',
      station: '市场监管所',
      longitude: '经度',
      latitude: '纬度',
      tags: '标签',
      status: '状态',
      createdAt: '创建时间',
      updatedAt: '更新时间',
      version: '版本号',
    },
    detail: {
      title: '经营主体详情',
      profile: '基本信息',
      licences: '许可证',
      personnel: '三类人员',
      edit: '编辑',
      deactivate: '注销',
      deactivateConfirm: '确定注销该经营主体吗？',
      deactivateHint: '注销后记录仍会保留，状态变为“已注销”。',
      deactivated: '已注销',
      noLicences: '暂无许可证',
      noPersonnel: '暂无人员信息',
    },
    licence: {
      kind: '许可证类型',
      number: '许可证编号',
      scope: '许可范围',
      issuedOn: '发证日期',
      expiresOn: '有效期至',
      state: '状态',
      states: {
        valid: '有效',
        expiring: '即将到期',
        expired: '已过期',
      },
    },
    personnel: {
      role: '人员类别',
      name: '姓名',
      phone: '联系电话',
      masked: '已脱敏',
    },
    form: {
      createTitle: '新增经营主体',
      editTitle: '编辑经营主体',
      basics: '基本信息',
      addLicence: '添加许可证',
      addPersonnel: '添加人员',
      licenceN: '许可证 {{n}}',
      personnelN: '人员 {{n}}',
      created: '已创建',
      saved: '已保存',
      usccFixed: '统一社会信用代码创建后不可修改',
      personnelMasked: '部分联系电话已脱敏显示，本次保存不会修改三类人员信息。',
      fixErrors: '请修正以下问题：',
    },
    conflict: {
      title: '该记录已被他人修改，请刷新后重试',
      content: '刷新会加载最新数据，您本次未保存的修改将丢失。',
      reload: '刷新',
    },
  },
  imports: {
    title: '批量导入经营主体',
    steps: {
      file: '选择文件',
      report: '校验结果',
      run: '导入',
    },
    template: '下载导入模板',
    uploadHint: '点击或拖拽文件到此处上传',
    uploadSubHint: '支持 .xlsx 或 .csv，不超过 20 MB。上传后先校验，不会立即写入。',
    tooLarge: '文件超过 20 MB',
    badType: '仅支持 .xlsx 或 .csv 文件',
    uploading: '正在上传并校验…',
    fileName: '文件：{{name}}',
    total: '总行数',
    valid: '有效行',
    invalid: '无效行',
    errorsTitle: '问题行',
    row: '行号',
    field: '字段',
    message: '问题',
    noErrors: '所有行均通过校验。',
    importAll: '全部导入',
    importValid: '仅导入有效行',
    allDisabled: '存在无效行时不能全部导入',
    restart: '重新选择文件',
    running: '正在导入…',
    done: '导入完成',
    doneDetail: '新增 {{created}} 条，更新 {{updated}} 条。',
    failed: '导入失败',
    backToList: '返回列表',
    again: '继续导入',
  },
  audit: {
    title: '审计日志',
    seq: '序号',
    at: '时间',
    user: '用户',
    action: '操作',
    entity: '对象类型',
    entityId: '对象编号',
    before: '修改前',
    after: '修改后',
    system: '系统',
    verify: '校验审计链',
    verifyOk: '审计链完整：已校验 {{checked}} 条记录。',
    verifyBroken: '审计链在第 {{seq}} 条记录处断裂（已校验 {{checked}} 条）。',
  },
  account: {
    passwordTitle: '修改密码',
    currentPassword: '当前密码',
    newPassword: '新密码',
    confirmPassword: '确认新密码',
    mismatch: '两次输入的新密码不一致',
    rule: '至少 8 位，且包含大写字母、小写字母、数字、符号中的三类。',
    changed: '密码已修改',
  },
};

export type TMessages = typeof zhCN;

import type { TMessages } from './zh-CN.ts';
import { samplingEn } from '../features/sampling/sampling.locales.ts';
import { disposalsEn } from '../features/disposals/disposals.locales.ts';
import { publicTestsEn } from '../features/public-tests/public-tests.locales.ts';
import { consumerNoticesEn } from '../features/consumer-notices/consumer-notices.locales.ts';
import { leadsEn } from '../features/leads/leads.locales.ts';
import { enforcementCasesEn } from '../features/enforcement-cases/enforcement-cases.locales.ts';
import { calendarEn } from '../features/calendar/calendar.locales.ts';
import { checklistsEn } from '../features/checklists/checklists.locales.ts';
import { inspectionsEn } from '../features/inspections/inspections.locales.ts';
import { rectificationsEn } from '../features/rectifications/rectifications.locales.ts';
import { publicProfileEn } from '../features/public-profile/public-profile.locales.ts';
import { riskGradesEn } from '../features/risk-grades/risk-grades.locales.ts';
import { plansEn } from '../features/plans/plans.locales.ts';
import { drawsEn } from '../features/draws/draws.locales.ts';
import { dashboardsEn } from '../features/dashboards/dashboards.locales.ts';
import { complaintHotspotsEn } from '../features/complaint-hotspots/complaint-hotspots.locales.ts';
import { complaintClassificationEn } from '../features/complaint-classification/complaint-classification.locales.ts';
import { complaintsEn } from '../features/complaints/complaints.locales.ts';
import { interviewsEn } from '../features/interviews/interviews.locales.ts';
import { odrEn } from '../features/odr/odr.locales.ts';
import { serviceStationsEn } from '../features/service-stations/service-stations.locales.ts';
import { foodStandardsEn } from '../features/food-standards/food-standards.locales.ts';
import { guidanceEn } from '../features/guidance/guidance.locales.ts';
import { rumoursEn } from '../features/rumours/rumours.locales.ts';
import { targetingEn } from '../features/targeting/targeting.locales.ts';
import { lawsEn } from '../features/laws/laws.locales.ts';
import { creditEn } from '../features/credit/credit.locales.ts';

export const en: TMessages = {
  credit: creditEn,
  laws: lawsEn,
  sampling: samplingEn,
  disposals: disposalsEn,
  publicTests: publicTestsEn,
  consumerNotices: consumerNoticesEn,
  leads: leadsEn,
  enforcementCases: enforcementCasesEn,
  calendar: calendarEn,
  checklists: checklistsEn,
  inspections: inspectionsEn,
  rectifications: rectificationsEn,
  publicProfile: publicProfileEn,
  riskGrades: riskGradesEn,
  plans: plansEn,
  draws: drawsEn,
  dashboards: dashboardsEn,
  complaintHotspots: complaintHotspotsEn,
  complaintClassification: complaintClassificationEn,
  complaints: complaintsEn,
  interviews: interviewsEn,
  odr: odrEn,
  serviceStations: serviceStationsEn,
  foodStandards: foodStandardsEn,
  guidance: guidanceEn,
  rumours: rumoursEn,
  targeting: targetingEn,
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
  login: {
    subtitle: 'Sign in with your account',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
  },
  operators: {
    listTitle: 'Operators',
    searchPlaceholder: 'Name, credit code or licence number',
    create: 'New',
    import: 'Import',
    export: 'Export',
    exportStarted: 'Preparing the export…',
    filters: {
      type: 'Type',
      unit: 'Township unit',
      station: 'Station',
      status: 'Status',
      licence: 'Licence',
      licenceExpiring: 'Expiring within 90 days',
      licenceExpired: 'Expired',
      reset: 'Clear filters',
    },
    fields: {
      name: 'Name',
      uscc: 'Credit code',
      type: 'Type',
      categories: 'Categories',
      address: 'Address',
      unit: 'Township unit',
      station: 'Station',
      longitude: 'Longitude',
      latitude: 'Latitude',
      tags: 'Tags',
      status: 'Status',
      createdAt: 'Created',
      updatedAt: 'Updated',
      version: 'Version',
    },
    detail: {
      title: 'Operator',
      profile: 'Profile',
      licences: 'Licences',
      personnel: 'Key personnel',
      edit: 'Edit',
      deactivate: 'Deactivate',
      deactivateConfirm: 'Deactivate this operator?',
      deactivateHint: 'The record is kept; its status becomes "Deactivated".',
      deactivated: 'Deactivated',
      noLicences: 'No licences',
      noPersonnel: 'No key personnel',
    },
    licence: {
      kind: 'Licence kind',
      number: 'Licence number',
      scope: 'Licence scope',
      issuedOn: 'Issue date',
      expiresOn: 'Expiry date',
      state: 'State',
      states: {
        valid: 'Valid',
        expiring: 'Expiring',
        expired: 'Expired',
      },
    },
    personnel: {
      role: 'Personnel role',
      name: 'Name',
      phone: 'Phone',
      masked: 'masked',
    },
    form: {
      createTitle: 'New operator',
      editTitle: 'Edit operator',
      basics: 'Profile',
      addLicence: 'Add licence',
      addPersonnel: 'Add person',
      licenceN: 'Licence {{n}}',
      personnelN: 'Person {{n}}',
      created: 'Created',
      saved: 'Saved',
      usccFixed: 'The credit code cannot be changed after creation',
      personnelMasked: 'Some phone numbers are masked, so saving leaves the key personnel unchanged.',
      fixErrors: 'Please correct the following:',
    },
    conflict: {
      title: 'Someone else changed this record. Reload and try again.',
      content: 'Reloading shows the latest data; your unsaved changes will be lost.',
      reload: 'Reload',
    },
  },
  imports: {
    title: 'Import operators',
    steps: {
      file: 'Choose file',
      report: 'Check',
      run: 'Import',
    },
    template: 'Download template',
    uploadHint: 'Click or drag a file here to upload',
    uploadSubHint: '.xlsx or .csv, up to 20 MB. The file is checked first; nothing is written yet.',
    tooLarge: 'The file is larger than 20 MB',
    badType: 'Only .xlsx or .csv files are accepted',
    uploading: 'Uploading and checking…',
    fileName: 'File: {{name}}',
    total: 'Rows',
    valid: 'Valid rows',
    invalid: 'Invalid rows',
    errorsTitle: 'Problems',
    row: 'Row',
    field: 'Field',
    message: 'Problem',
    noErrors: 'Every row passed the checks.',
    importAll: 'Import all',
    importValid: 'Import valid rows only',
    allDisabled: 'Cannot import all while some rows are invalid',
    restart: 'Choose another file',
    running: 'Importing…',
    done: 'Import finished',
    doneDetail: '{{created}} created, {{updated}} updated.',
    failed: 'Import failed',
    backToList: 'Back to the list',
    again: 'Import another file',
  },
  audit: {
    title: 'Audit log',
    seq: 'Seq',
    at: 'Time',
    user: 'User',
    action: 'Action',
    entity: 'Entity',
    entityId: 'Entity id',
    before: 'Before',
    after: 'After',
    system: 'System',
    verify: 'Verify audit chain',
    verifyOk: 'The audit chain is intact: {{checked}} entries checked.',
    verifyBroken: 'The audit chain is broken at entry {{seq}} ({{checked}} entries checked).',
  },
  account: {
    passwordTitle: 'Change password',
    currentPassword: 'Current password',
    newPassword: 'New password',
    confirmPassword: 'Confirm new password',
    mismatch: 'The two new passwords differ',
    rule: '8+ characters with three of: upper case, lower case, digits, symbols.',
    changed: 'Password changed',
  },
};

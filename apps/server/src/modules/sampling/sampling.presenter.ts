import type { TSample, TSampleSummary, TSamplingPlan, TSamplingTask, TTestingInstitution, TTestReport } from '@shian/shared/sampling';
import type { TItemRow, TPlanRow, TReportRow, TSampleListRow, TTaskRow } from './sampling.repository.ts';
import type { testingInstitution } from './sampling.schema.ts';

export function presentPlan(row: TPlanRow): TSamplingPlan {
  return {
    id: row.id,
    name: row.name,
    year: row.year,
    kind: row.kind,
    publishPolicy: row.publishPolicy,
    status: row.status,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentTask(row: TTaskRow): TSamplingTask {
  return {
    id: row.id,
    planId: row.planId,
    stationId: row.stationId,
    stationName: row.stationName,
    foodCategory: row.foodCategory,
    month: row.month,
    quantity: row.quantity,
    version: row.version,
  };
}

export function presentInstitution(row: typeof testingInstitution.$inferSelect): TTestingInstitution {
  return { id: row.id, name: row.name, qualificationNo: row.qualificationNo, contact: row.contact };
}

export function presentSampleSummary(row: TSampleListRow): TSampleSummary {
  return {
    id: row.id,
    sampleNo: row.sampleNo,
    planId: row.planId,
    planName: row.planName,
    operatorId: row.operatorId,
    operatorName: row.operatorName,
    productName: row.productName,
    brand: row.brand,
    foodCategory: row.foodCategory,
    sampledOn: row.sampledOn,
    status: row.status,
    verdict: row.verdict,
    published: row.published,
  };
}

export function presentReport(row: TReportRow, items: TItemRow[]): TTestReport {
  return {
    id: row.id,
    reportNo: row.reportNo,
    institutionId: row.institutionId,
    issuedOn: row.issuedOn,
    verdict: row.verdict,
    importedFrom: row.importedFrom,
    items: items.map((i) => ({
      id: i.id,
      name: i.name,
      value: i.value,
      unit: i.unit,
      limitText: i.limitText,
      limitMin: i.limitMin,
      limitMax: i.limitMax,
      standard: i.standard,
      verdict: i.verdict,
    })),
  };
}

export function presentSample(row: TSampleListRow, report: TTestReport | null): TSample {
  return {
    ...presentSampleSummary(row),
    taskId: row.taskId,
    specification: row.specification,
    batchNo: row.batchNo,
    productionDate: row.productionDate,
    shelfLife: row.shelfLife,
    manufacturerOperatorId: row.manufacturerOperatorId,
    manufacturerName: row.manufacturerName,
    manufacturerAddress: row.manufacturerAddress,
    quantity: row.quantity,
    samplerName: row.samplerName,
    institutionId: row.institutionId,
    accompaniedBy: row.accompaniedBy,
    photoFileIds: row.photoFileIds,
    version: row.version,
    report,
  };
}

// The toolbox's built-in templates, generated rather than committed as binaries: Excel record sheets
// (exceljs) and Word rule texts (docx) a food business prints or fills in.
import ExcelJS from 'exceljs';
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

type TSheetSpec = { title: string; note: string; columns: { header: string; width: number }[]; blankRows: number };

async function recordSheet(spec: TSheetSpec, decorate?: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '食安平台';
  const sheet = workbook.addWorksheet(spec.title, { pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = spec.columns.map((c) => ({ width: c.width }));
  const last = spec.columns.length;
  sheet.mergeCells(1, 1, 1, last);
  sheet.getCell(1, 1).value = spec.title;
  sheet.getCell(1, 1).font = { bold: true, size: 16 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.mergeCells(2, 1, 2, last);
  sheet.getCell(2, 1).value = spec.note;
  sheet.getCell(2, 1).alignment = { wrapText: true };
  sheet.getRow(2).height = 32;
  const header = sheet.getRow(3);
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F4FF' } };
  });
  header.height = 30;
  for (let r = 3; r < 4 + spec.blankRows; r++) {
    for (let c = 1; c <= last; c++) {
      sheet.getCell(r, c).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
    }
  }
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  decorate?.(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** 进货查验记录表: the fields 《食品安全法》第五十三条 asks a seller to record. */
export function purchaseInspectionSheet(): Promise<Buffer> {
  return recordSheet({
    title: '食品进货查验记录表',
    note: '依据《食品安全法》第五十三条：如实记录并保存相关凭证；记录和凭证保存期限不得少于产品保质期满后六个月，没有明确保质期的不得少于二年。',
    columns: [
      { header: '进货日期', width: 12 },
      { header: '食品名称', width: 18 },
      { header: '规格', width: 10 },
      { header: '数量', width: 8 },
      { header: '生产日期或批号', width: 14 },
      { header: '保质期', width: 10 },
      { header: '供货者名称', width: 20 },
      { header: '供货者地址', width: 20 },
      { header: '联系方式', width: 14 },
      { header: '许可证编号', width: 18 },
      { header: '合格证明（检验报告）', width: 14 },
      { header: '查验人', width: 10 },
    ],
    blankRows: 40,
  });
}

const SELF_INSPECTION: [string, string][] = [
  ['资质管理', '营业执照、食品经营许可证在有效期内并在经营场所醒目位置公示'],
  ['资质管理', '实际经营项目与许可范围一致'],
  ['人员管理', '配备食品安全管理人员，从业人员持有效健康证明'],
  ['人员管理', '从业人员上岗前和在岗期间接受食品安全培训'],
  ['场所环境', '经营场所整洁，远离污染源，防蝇、防鼠、防虫设施有效'],
  ['进货查验', '查验供货者资质和食品合格证明，如实记录进货查验信息'],
  ['贮存管理', '食品与非食品分区存放，离地离墙，冷藏冷冻温度符合标签要求'],
  ['贮存管理', '定期检查库存，及时清理变质或者超过保质期的食品'],
  ['临期食品', '临期食品集中陈列并显著标示，向消费者明示到期日期'],
  ['散装食品', '散装食品容器或外包装标明名称、生产日期或批号、保质期及生产经营者信息'],
  ['标签标识', '预包装食品标签内容完整，无虚假、夸大宣传'],
  ['食品添加剂', '食品添加剂专人专柜保管，使用记录完整（如有使用）'],
  ['问题处置', '发现不符合食品安全标准的食品立即停止经营并记录处置情况'],
];

/** 食品安全自查表 (《食品安全法》第四十七条), with a drop-down for each item's result. */
export function selfInspectionSheet(): Promise<Buffer> {
  return recordSheet(
    {
      title: '食品安全自查表',
      note: '依据《食品安全法》第四十七条，定期对食品安全状况进行检查评价；发现问题立即整改，存在食品安全事故潜在风险的应当立即停止经营并向所在地市场监管部门报告。',
      columns: [
        { header: '序号', width: 6 },
        { header: '检查环节', width: 12 },
        { header: '检查内容', width: 60 },
        { header: '结果', width: 10 },
        { header: '发现的问题及整改措施', width: 36 },
      ],
      blankRows: SELF_INSPECTION.length,
    },
    (sheet) => {
      SELF_INSPECTION.forEach(([section, content], i) => {
        const row = sheet.getRow(4 + i);
        row.getCell(1).value = i + 1;
        row.getCell(2).value = section;
        row.getCell(3).value = content;
        row.getCell(3).alignment = { wrapText: true };
        row.getCell(4).dataValidation = { type: 'list', allowBlank: true, formulae: ['"符合,不符合,不适用"'] };
      });
      const foot = 5 + SELF_INSPECTION.length;
      sheet.getCell(foot, 1).value = '自查人：';
      sheet.getCell(foot, 3).value = '自查日期：        年    月    日';
    },
  );
}

/** 临期食品销售台账: what goes to the near-expiry shelf and what happens to it. */
export function nearExpirySheet(): Promise<Buffer> {
  return recordSheet({
    title: '临期食品销售台账',
    note: '临期食品应集中陈列于临期食品专区（专柜），显著标示"临期食品"并明示到期日期；超过保质期的食品应立即下架并记录处置情况，不得销售。',
    columns: [
      { header: '登记日期', width: 12 },
      { header: '食品名称', width: 18 },
      { header: '规格', width: 10 },
      { header: '生产日期', width: 12 },
      { header: '到期日期', width: 12 },
      { header: '数量', width: 8 },
      { header: '上架专区日期', width: 12 },
      { header: '处置（售出／退货／销毁）', width: 20 },
      { header: '经办人', width: 10 },
    ],
    blankRows: 40,
  });
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder };

function table(headers: string[], rows: string[][]): Table {
  const row = (cells: string[], bold: boolean) =>
    new TableRow({ children: cells.map((text) => new TableCell({ borders, children: [new Paragraph({ children: [new TextRun({ text, bold })] })] })) });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(headers, true), ...rows.map((r) => row(r, false))] });
}

const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });
const paragraph = (text: string) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun(text)] });

async function wordDocument(title: string, children: (Paragraph | Table)[]): Promise<Buffer> {
  const doc = new Document({
    creator: '食安平台',
    title,
    styles: { default: { document: { run: { font: 'SimSun', size: 24 } } } },
    sections: [{ children: [new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(title)] }), ...children] }],
  });
  return Packer.toBuffer(doc);
}

/** 从业人员健康管理制度（范本）: 《食品安全法》第四十五条, with a register to fill in. */
export function staffHealthRules(): Promise<Buffer> {
  return wordDocument('从业人员健康管理制度（范本）', [
    heading('一、目的和依据'),
    paragraph('为防止患有有碍食品安全疾病的人员接触直接入口食品，依据《中华人民共和国食品安全法》第四十五条，制定本制度。'),
    heading('二、健康检查'),
    paragraph('1. 从事接触直接入口食品工作的从业人员，上岗前应当进行健康检查，取得健康证明后方可上岗。'),
    paragraph('2. 在岗人员每年进行一次健康检查，健康证明到期前一个月由食品安全管理人员提醒复检。'),
    heading('三、晨检与调离'),
    paragraph('1. 每日上岗前由食品安全管理人员进行晨检，询问并查看有无发热、腹泻、呕吐、手部化脓性伤口等症状，并记录。'),
    paragraph(
      '2. 患有国务院卫生行政部门规定的有碍食品安全疾病的人员，不得从事接触直接入口食品的工作；出现上述症状的，应当立即暂停接触直接入口食品的工作，待查明原因、排除有碍食品安全的病症或治愈后方可重新上岗。',
    ),
    heading('四、个人卫生'),
    paragraph('工作时穿戴清洁的工作衣帽，不佩戴饰物，不留长指甲、不涂指甲油；处理食品前、如厕后、接触可能污染食品的物品后应洗手消毒。'),
    heading('五、档案管理'),
    paragraph('建立从业人员健康档案，保存健康证明复印件和晨检记录，保存期限不少于两年。'),
    heading('附：从业人员健康证明登记表'),
    table(
      ['姓名', '岗位', '健康证明编号', '发证日期', '有效期至', '备注'],
      Array.from({ length: 10 }, () => ['', '', '', '', '', '']),
    ),
  ]);
}

/** 散装食品标签（价签）样式: the items 《食品安全法》第六十八条 asks for on the container or its label. */
export function bulkFoodLabel(): Promise<Buffer> {
  return wordDocument('散装食品标签（价签）样式', [
    paragraph('依据《中华人民共和国食品安全法》第六十八条，销售散装食品应当在散装食品的容器、外包装上标明以下内容。可按本样式制作标签，放置在贮存容器或货架的显著位置。'),
    table(
      ['项目', '填写示例'],
      [
        ['食品名称', '桃酥'],
        ['配料', '小麦粉、白砂糖、植物油、鸡蛋、食用盐、食品添加剂（碳酸氢钠）'],
        ['生产日期或生产批号', '2026-11-20'],
        ['保质期', '60 天（或：到期日期 2027-01-18）'],
        ['贮存条件', '常温、阴凉干燥处'],
        ['生产经营者名称', '××食品有限公司'],
        ['地址', '武汉市黄陂区××路××号'],
        ['联系方式', '027-××××××××'],
      ],
    ),
    paragraph('提示：生产日期和保质期应与实际一致，不得更改；同一容器内不得混放不同批次的食品。'),
  ]);
}

// The complaint classifier as staff use it: the model's least confident classification is corrected on the
// page, the model is retrained with a progress bar and becomes the active version; the page reads on a phone.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { pick, signIn, startE2E, type TE2E } from './support/browser.ts';
import { bureau } from '../apps/server/src/modules/org/org.schema.ts';
import { complaint } from '../apps/server/src/modules/complaint/complaint.schema.ts';
import { complaintLabel } from '../apps/server/src/modules/complaint-classification/complaint-classification.schema.ts';
import { classifyUnclassified } from '../apps/server/src/modules/complaint-classification/complaint-classification.service.ts';

let e2e: TE2E;
let complaintId: string;

beforeAll(async () => {
  e2e = await startE2E();
  const db = e2e.platform.ctx.db;
  const [{ id: bureauId }] = await db.select({ id: bureau.id }).from(bureau);
  const texts = ['在超市买的月饼礼盒过度包装，盒子比月饼大好几倍', '外卖送来的麻辣烫里吃出一根头发'];
  const rows = await db
    .insert(complaint)
    .values(
      texts.map((description, i) => ({ bureauId, registrationNo: `E2E-CLS-${i + 1}`, kind: 'complaint' as const, channel: 'staff' as const, receivedAt: new Date(), description })),
    )
    .returning();
  complaintId = rows[0].id;
  await classifyUnclassified(e2e.platform.ctx, bureauId);
});
afterAll(() => e2e.close());

it('corrects a classification on the page, retrains, and shows the new version active', async () => {
  const page = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 } });
  await signIn(page, e2e.baseUrl, 'department');
  await page.goto(`${e2e.baseUrl}/complaint-classification`);
  await expect.poll(() => page.getByTestId('classifier-active').innerText()).toContain('内置种子模型');
  await expect.poll(() => page.getByTestId('classifier-confusion').locator('canvas').count()).toBeGreaterThan(0);

  const item = page.getByTestId('classification-review-item').filter({ hasText: 'E2E-CLS-1' });
  await item.getByTestId('classification-correct').click();
  await pick(page, 'classification-trade', '食品销售');
  await pick(page, 'classification-issue-type', '标签标识与虚假宣传');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /保\s*存/ })
    .click();
  await expect.poll(() => page.locator('.ant-message').innerText()).toContain('已保存');
  await expect.poll(() => page.getByTestId('classification-correction').first().innerText()).toContain('E2E-CLS-1');
  const [label] = await e2e.platform.ctx.db.select().from(complaintLabel).where(eq(complaintLabel.complaintId, complaintId));
  expect(label).toMatchObject({ trade: 'food_sales', issueType: 'labels_claims' });
  const [stored] = await e2e.platform.ctx.db.select().from(complaint).where(eq(complaint.id, complaintId));
  expect(stored).toMatchObject({ classifiedBy: 'staff', trade: 'food_sales', issueType: 'labels_claims' });

  await page.getByTestId('classifier-retrain').click();
  await expect.poll(() => page.getByTestId('classifier-trained').innerText(), { timeout: 30_000 }).toContain('版本 1 训练完成');
  await expect.poll(() => page.getByTestId('classifier-active').innerText()).toContain('版本 1');
  await expect.poll(() => page.getByTestId('classifier-active').innerText()).toContain('人工更正 1 条');

  await page.getByTestId('classify-text').fill('昨天在饭店吃饭，吃完全家拉肚子');
  await page.getByTestId('classify-submit').click();
  await expect.poll(() => page.getByTestId('classify-result').innerText()).toContain('食用后不适');
});

it('reads on a phone without sideways scrolling', async () => {
  const phone = await e2e.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await signIn(phone, e2e.baseUrl, 'department');
  await phone.goto(`${e2e.baseUrl}/complaint-classification`);
  await expect.poll(() => phone.getByTestId('classifier-evaluation').count()).toBe(1);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
});

// Steps of the inspection form that more than one spec takes, online and on the device alike.
import { expect } from 'vitest';
import sharp from 'sharp';
import type { Locator, Page } from 'playwright-core';

/** Attaches a small JPEG to the first item, then has the business's representative sign on the pad; answers the JPEG. */
export async function photographAndSign(page: Page, items: Locator, representative: string, colour: string) {
  const photo = await sharp({ create: { width: 80, height: 60, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();
  await items.first().locator('input[type=file]').setInputFiles({ name: 'kitchen.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect.poll(() => items.first().locator('img').count()).toBe(1);

  await page.getByTestId('inspection-representativeName').fill(representative);
  await page.getByTestId('inspection-representativeName').blur();
  const pad = page.getByTestId('signature-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + 100);
  await page.mouse.down();
  for (let x = 30; x < 250; x += 20) await page.mouse.move(box.x + x, box.y + 100 - (x % 40));
  await page.mouse.up();
  await page.getByTestId('signature-save').click();
  await expect.poll(() => page.getByAltText('已签名').count()).toBe(1);
  return photo;
}

// The fields a refused request names: how the tests of input checks read a 400.
import { expect } from 'vitest';
import type { TTestPlatform } from './test-platform.ts';

type TRequest = Parameters<TTestPlatform['request']>[0];

/** Sends a request that must answer 400, in Chinese or (lang 'en') in English; returns the fields it names with their reasons. */
export async function refusedFields(platform: TTestPlatform, request: TRequest, lang?: string): Promise<{ path: string; message: string }[]> {
  const response = await platform.request({ ...request, headers: lang ? { 'accept-language': lang } : {} });
  expect(response.statusCode, response.body).toBe(400);
  return response.json().error.fields;
}

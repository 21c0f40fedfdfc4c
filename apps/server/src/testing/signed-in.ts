// A test platform with the demo users a test file acts as already signed in: most files start this way.
import { createTestPlatform, type TTestPlatform } from './test-platform.ts';

/** Creates a test platform and signs in each named demo user, one after the other; their cookies by username. */
export async function signedInPlatform<U extends string>(usernames: readonly U[], options: Parameters<typeof createTestPlatform>[0] = {}) {
  const platform: TTestPlatform = await createTestPlatform(options);
  const cookies = {} as Record<U, string>;
  for (const username of usernames) cookies[username] = await platform.login(username);
  return { platform, cookies };
}

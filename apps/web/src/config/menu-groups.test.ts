// Every side-menu entry stands in one of the nine groups, and every group holds at least one entry.
import { describe, expect, it } from 'vitest';
import type { TMe } from '@shian/shared/auth';
import { MENU_GROUP_IDS, TOP_OF_MENU } from './menu-groups.tsx';
import { APP_ROUTES, menuFor, topMenuFor } from './routes.tsx';

const menuEntries = APP_ROUTES.flatMap((route) => (route.menu && route.menu.group !== TOP_OF_MENU ? [{ path: route.path, group: route.menu.group }] : []));

describe('menu groups', () => {
  it('gives every menu entry a known group', () => {
    expect(menuEntries.length).toBeGreaterThan(30);
    expect(menuEntries.filter((entry) => !(MENU_GROUP_IDS as readonly string[]).includes(entry.group))).toEqual([]);
  });

  it('has no empty group', () => {
    expect(MENU_GROUP_IDS.filter((id) => !menuEntries.some((entry) => entry.group === id))).toEqual([]);
  });

  it('leaves out the groups a user has no entry in', () => {
    const me: TMe = {
      id: 'u1',
      username: 'reader',
      displayName: 'reader',
      role: 'business',
      scope: 'operator',
      permissions: [],
      stationId: null,
      operatorId: null,
      mustChangePassword: false,
    };
    // With no permission only the pages open to every signed-in user remain: laws, standards, toolbox, calendar, password.
    expect(menuFor(me).map((group) => group.id)).toEqual(['knowledge', 'system']);
    // Above the groups, the workbench: every role's home, so every role has it.
    expect(topMenuFor(me).map((entry) => entry.path)).toEqual(['/workbench']);
  });

  it('puts only the workbench above the groups', () => {
    const top = APP_ROUTES.filter((route) => route.menu?.group === TOP_OF_MENU);
    expect(top.map((route) => [route.path, route.permission, route.allow])).toEqual([['/workbench', undefined, undefined]]);
  });
});

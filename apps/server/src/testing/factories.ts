// Valid domain objects for tests: say only what matters to the test.
import type { TOperatorCreate } from '@shian/shared/operator';
import { withUsccCheck } from '@shian/shared/uscc';

let serial = 0;

export function buildUscc(): string {
  serial += 1;
  return withUsccCheck(`91420116${String(process.pid % 1000).padStart(3, '0')}${String(serial).padStart(6, '0')}`);
}

/** Serials from 500000 up: the demo seed numbers its licences from 000001, one per operator. */
export function buildTradeLicenceNumber(): string {
  serial += 1;
  return `JY2420116${String(500_000 + serial).padStart(6, '0')}${process.pid % 10}`;
}

export function buildOperator(overrides: Partial<TOperatorCreate> = {}): TOperatorCreate {
  return {
    name: '黄陂区测试餐馆',
    uscc: buildUscc(),
    type: 'caterer',
    categories: ['hot_food'],
    address: '武汉市黄陂区前川街道测试路 1 号',
    unitCode: '420116001000',
    longitude: 114.38,
    latitude: 30.88,
    tags: [],
    licences: [{ kind: 'trade', number: buildTradeLicenceNumber(), scope: '热食类食品制售', issuedOn: '2024-01-01', expiresOn: '2028-12-31' }],
    personnel: [{ role: 'principal', name: '测试人', phone: '13800001234' }],
    ...overrides,
  };
}

import { expect, it } from 'vitest';
import { tierFromRto } from '../../renderer/src/domain/tier';

it.each([
  [undefined, undefined],
  [0, 'mission-critical'],
  [60, 'mission-critical'],
  [240, 'mission-critical'],
  [241, 'business-critical'],
  [480, 'business-critical'],
  [1440, 'business-critical'],
  [1441, 'essential'],
  [10080, 'essential'],
  [10081, 'non-essential'],
  [20160, 'non-essential'],
])('RTO %s min is %s', (rto, tier) => {
  expect(tierFromRto(rto)).toBe(tier);
});

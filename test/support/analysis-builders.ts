/**
 * Small builders for hand-made analyses in verdict tests: a period and a provision with every field a
 * provision needs, so a test states only what it is about.
 */
import type { Period, Provision, Unit } from '../../lib/domain/types.ts';

/** @example period(30, 'day') // { amount: 30, unit: 'day', qualifier: 'at-least' } */
export const period = (amount: number, unit: Unit, extra: Partial<Period> = {}): Period => ({
  amount,
  unit,
  qualifier: 'at-least',
  ...extra,
});

/** @example provision('termination-for-cause', 'either', '9.2', { cure: period(30, 'day') }) */
export const provision = (type: Provision['type'], party: string, section: string, extra: Partial<Provision> = {}): Provision => ({
  type,
  party,
  section,
  notice: null,
  cure: null,
  grounds: [],
  flags: [],
  text: `${type} clause`,
  start: 0,
  end: 10,
  page: 1,
  ...extra,
});

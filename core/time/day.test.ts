import { describe, expect, it } from 'vitest';
import { localDay } from './day';

const beijing = () => 8 * 60;

describe('localDay', () => {
  it('counts 23:59 and 00:01 local time as two days', () => {
    // 2026-03-01 23:59 and 2026-03-02 00:01 in Beijing (UTC+8)
    expect(localDay(Date.UTC(2026, 2, 1, 15, 59), beijing)).toBe('2026-03-01');
    expect(localDay(Date.UTC(2026, 2, 1, 16, 1), beijing)).toBe('2026-03-02');
  });

  it('uses the local day, not the UTC day', () => {
    // 07:30 in Beijing is still the previous day in UTC
    expect(localDay(Date.UTC(2026, 2, 1, 23, 30), beijing)).toBe('2026-03-02');
    expect(localDay(Date.UTC(2026, 2, 1, 23, 30), () => 0)).toBe('2026-03-01');
  });
});

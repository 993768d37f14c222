/**
 * Minutes east of UTC at instant `at` in the zone this code runs in (the learner's PC: both
 * hosts and the renderer run on it). Tests pass a fixed offset instead.
 */
export type OffsetOf = (at: number) => number;
export const systemOffset: OffsetOf = (at) => -new Date(at).getTimezoneOffset();

/**
 * The learner's local calendar day of an instant, as YYYY-MM-DD. Every "per day" figure
 * (today's answers, streaks, due dates) uses this, never the UTC day: an answer at 07:30 in
 * Beijing is not "yesterday".
 */
export function localDay(at: number, offsetOf: OffsetOf = systemOffset): string {
  // Folding a history asks for the same quarter hour again and again; zone offsets are whole
  // quarter hours, so one quarter hour has one local day. Remember the last answer.
  const bucket = Math.floor(at / 900_000);
  if (bucket === last.bucket && offsetOf === last.offsetOf) return last.day;
  const day = new Date(at + offsetOf(at) * 60_000).toISOString().slice(0, 10);
  last = { bucket, offsetOf, day };
  return day;
}
let last: { bucket: number; offsetOf: OffsetOf | null; day: string } = { bucket: NaN, offsetOf: null, day: '' };

const DIGITS = '零一二三四五六七八九';

/**
 * An article number the way Chinese statutes write it: 2 → 二, 10 → 十, 15 → 十五,
 * 20 → 二十, 105 → 一百零五, 1260 → 一千二百六十.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n === 0) return DIGITS[0]!;
  const units = ['千', '百', '十', ''];
  const parts = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let zero = false;
  parts.forEach((d, i) => {
    if (d === 0) {
      if (out) zero = true;
      return;
    }
    if (zero) out += DIGITS[0];
    zero = false;
    out += DIGITS[d]! + units[i];
  });
  // 十五, not 一十五, when the number starts in the tens.
  return n >= 10 && n < 20 ? out.slice(1) : out;
}

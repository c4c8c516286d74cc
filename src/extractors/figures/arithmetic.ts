// Exact arithmetic on written numbers. "67.1 mln dlrs" must be 67100000, not 67.1 * 1e6 =
// 67099999.99999999: a reader sums and compares these values. Numbers are scaled by moving the
// decimal point in their shortest decimal form, so the result is the double nearest to the
// number as written.
// Does not read text, nor round a value for display.

/** The number written as `digits` ("3,000", "67.1", ".5") times 10^exp10. */
export function decimalValue(digits: string, exp10: number): number {
  return Number(`${digits.replace(/,/g, '')}e${exp10}`);
}

/** `value` times 10^n, exactly as a reader would shift the decimal point. */
export function shiftDecimal(value: number, n: number): number {
  if (n === 0 || value === 0 || !Number.isFinite(value)) return value;
  const [mantissa, exp] = value.toExponential().split('e');
  return Number(`${mantissa}e${Number(exp) + n}`);
}

/** `value` times `scale`: a power of ten shifts the decimal point; any other scale ("dozen") is rounded to 15 digits. */
export function scaleBy(value: number, scale: number): number {
  const n = Math.log10(scale);
  if (Number.isInteger(n)) return shiftDecimal(value, n);
  return roundNoise(value * scale);
}

/** a + b without binary noise ("three-and-a-half" = 3 + 0.5; "1.1 + 2.2" stays 3.3). */
export function exactSum(a: number, b: number): number {
  return roundNoise(a + b);
}

/** Drops the binary noise of one arithmetic step: 15 significant digits are exact in a double. */
export function roundNoise(x: number): number {
  return Number.isFinite(x) && x !== 0 ? Number(x.toPrecision(15)) : x;
}

// `npm run eval -- --noise DIR`: checks that every figure value in a folder of stories is the
// number a reader would write. A value has noise when its shortest decimal form has more
// significant digits than the figure's text has digits ("67.1 mln dlrs" read as
// 67099999.99999999: 16 digits where 3 were written). Word numbers ("three-and-a-half")
// have no digits written; they may have up to WORD_DIGITS.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Figure } from '../types.js';

const WORD_DIGITS = 6;

/** Significant digits of the shortest decimal form of x (67100000 → 3, 0.15 → 2). */
export function significantDigits(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return 1;
  const mantissa = Math.abs(x).toExponential().split('e')[0];
  return mantissa.replace('.', '').replace(/0+$/, '').length || 1;
}

// "1/3" and "a third" are exact fractions that no decimal writes out: not noise.
const THIRDS = /\d\/[36789]\b|\bthirds?\b|\bsixths?\b|\bsevenths?\b|\bninths?\b/i;

// "14-1/4", "101-2/32", "11/64", "2¾": fractions whose denominator is a power of two end in a
// decimal ("11/64" = 0.171875), which may have more digits than were written.
const BINARY_FRACTION = /(?:(\d+)[- ])?(\d+)\/(\d+)(?!\d)/;
const FRACTION_SYMBOLS: Record<string, [number, number]> = { '½': [1, 2], '¼': [1, 4], '¾': [3, 4], '⅛': [1, 8], '⅜': [3, 8], '⅝': [5, 8], '⅞': [7, 8] };

/** Significant digits of whole + n/d written out as a decimal, when d is a power of two; else null. */
export function fractionDigits(whole: number, n: number, d: number): number | null {
  if (d <= 0 || (d & (d - 1)) !== 0) return null;
  const places = Math.log2(d);
  // n/2^k = n·5^k/10^k exactly.
  const scaled = (BigInt(whole) * BigInt(d) + BigInt(n)) * 5n ** BigInt(places);
  return scaled.toString().replace(/^0+/, '').replace(/0+$/, '').length || 1;
}

// "6-5/16 3/16 pct": a bare fraction that keeps the whole number of a quote's other end (rule
// figure-quote-pair) is that whole number and the fraction, exactly.
function writtenDigits(text: string, value: number): number {
  const slash = BINARY_FRACTION.exec(text);
  const symbol = /(\d*)([½¼¾⅛⅜⅝⅞])/.exec(text);
  const kept = slash && !slash[1] && value >= 1 && value - Math.trunc(value) === Number(slash[2]) / Number(slash[3]) ? Math.trunc(value) : 0;
  const exact = slash ? fractionDigits(Number(slash[1] ?? kept), Number(slash[2]), Number(slash[3])) : symbol ? fractionDigits(Number(symbol[1] || 0), ...FRACTION_SYMBOLS[symbol[2]]) : null;
  return Math.max(exact ?? 0, (text.match(/\d/g) ?? []).length);
}

// "5 feet 2 inches" = 5 + 2/12 feet: a twelfth has no exact decimal either.
const FEET_AND_INCHES = /\d\s*(ft|feet|foot)\b.*\d\s*(in|inch|inches)\b/i;

// "one in 12", "15 out of 35", "a one-for-three split", "a 100 for 13 rights offering": a ratio of whole
// numbers (readRatio, readExchangeRatio) is a fraction, and most have no exact decimal either.
const RATIO = /^[^\s-]+(?:\s+|-)(?:in|for|out\s+of)(?:\s+|-)(?:every\s+)?[^\s-]+$/i;

export function hasNoise(figure: Pick<Figure, 'text' | 'value' | 'range'>): boolean {
  if (THIRDS.test(figure.text) || FEET_AND_INCHES.test(figure.text) || RATIO.test(figure.text)) return false;
  const written = writtenDigits(figure.text, figure.value);
  // "1.5140/47 Swiss francs", "1.8200/15 marks", "150.00/05": a quote's offer written as its last
  // digits keeps the bid's others; the bid's trailing zeros are not in its value, so the offer may
  // have as many significant digits as the bid's value, or its whole number, and the digits written.
  const otherEnd = figure.range ? (figure.value === figure.range.high ? figure.range.low : figure.range.high) : figure.value;
  const wholeDigits = String(Math.trunc(Math.abs(otherEnd))).replace(/^0$/, '').length;
  const offerOfQuote = otherEnd !== figure.value ? Math.max(significantDigits(otherEnd), wholeDigits) + written : 0;
  return significantDigits(figure.value) > Math.max(written || WORD_DIGITS, offerOfQuote);
}

export interface NoiseReport {
  stories: number;
  figures: number;
  noisy: { file: string; text: string; value: number }[];
}

/** Runs `figuresOf` on every .txt file in `dir` (sorted) and lists the noisy values. */
export function checkNoise(dir: string, figuresOf: (text: string) => Figure[], limit?: number): NoiseReport {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).slice(0, limit);
  const report: NoiseReport = { stories: 0, figures: 0, noisy: [] };
  for (const file of files) {
    const figures = figuresOf(readFileSync(path.join(dir, file), 'utf8'));
    report.stories++;
    report.figures += figures.length;
    for (const f of figures) if (hasNoise(f)) report.noisy.push({ file, text: f.text, value: f.value });
  }
  return report;
}

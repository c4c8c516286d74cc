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

export function hasNoise(figure: Pick<Figure, 'text' | 'value'>): boolean {
  if (THIRDS.test(figure.text)) return false;
  const written = (figure.text.match(/\d/g) ?? []).length;
  return significantDigits(figure.value) > (written || WORD_DIGITS);
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

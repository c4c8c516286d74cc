// `npm run eval -- --quantities DIR`: scores figures against Microsoft Recognizers-Text's English
// test specs (MIT; CurrencyModel.json, DimensionModel.json, AgeModel.json, TemperatureModel.json,
// PercentModel.json, NumberModel.json). Each spec is a list of sentences with the expected spans
// (`Start`, `End` inclusive) and `Resolution` (`value`, `unit`, `isoCurrency`).
//
// A predicted figure matches a gold span when the spans overlap and the values are equal; one
// gold span matches at most one figure. Value F1 counts those matches; value + unit F1 also
// needs the unit to agree after mapping Recognizers' unit names to ours (UNIT_MAP below).
// Each model file only scores the figures of its own kind (KIND_OF), since the specs annotate
// one kind per file: a count in a currency sentence is not a false positive there. Gold spans
// whose value is not one number (ranges, "half") are left out and counted in `skipped`.
//
// Unit names: isoCurrency when given; else "Dollar" is any dollar (USD, CAD, AUD, …), "Pound"
// GBP, "Franc" any franc, "Rupee" any rupee, "Bitcoin" BTC; minor units ("Cent", "Pence", "Penny", "Sen") are
// our main unit at a hundredth of the value ("5 cents" → 0.05 in a dollar currency). Dimension
// names are lower-cased with British spelling ("Kilometer per hour" → "kilometre per hour");
// "Pound" (weight) → "pound (weight)", "Metric ton" → "tonne", "Ton" → "ton" or "tonne" (Recognizers
// gives "tonnes" that name). Temperature "C" → "degree celsius", "F" → "degree fahrenheit", "K" →
// "kelvin", "R" → "degree rankine". Age "Year" → "year". Percent → "percent". Numbers have
// no unit: only their value F1 is reported.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Figure } from '../types.js';
import type { Counts } from './score.js';
import { isHoldout, type SplitPart } from './split.js';

export const QUANTITY_MODELS = ['CurrencyModel', 'DimensionModel', 'AgeModel', 'TemperatureModel', 'PercentModel', 'NumberModel'] as const;
export type QuantityModel = (typeof QUANTITY_MODELS)[number];

interface SpecResult {
  Text: string;
  TypeName: string;
  Start: number;
  End: number;
  Resolution?: { value?: string | null; unit?: string; isoCurrency?: string } | null;
}

export interface QuantitySentence {
  id: string;
  input: string;
  gold: { start: number; end: number; value: number; units: string[] | null }[];
  skipped: number;
}

const DOLLARS = ['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'JMD', 'ZWL', 'BND', 'FJD', 'NAD', 'LRD', 'BSD', 'BBD', 'TTD', 'XCD'];
const FAMILY: Record<string, string[]> = {
  dollar: DOLLARS,
  pound: ['GBP', 'EGP', 'IEP', 'LBP', 'SYP', 'SDG', 'CYP'],
  franc: ['CHF', 'FRF', 'BEF', 'LUF'],
  rupee: ['INR', 'PKR', 'LKR', 'NPR', 'MUR'],
  cent: DOLLARS.concat('EUR'),
  pence: ['GBP'],
  penny: ['GBP'],
  sen: ['JPY', 'MYR'],
  peseta: ['ESP'],
  'netherlands guilder': ['NLG'],
  'finnish markka': ['FIM'],
  bitcoin: ['BTC'],
};
const DURATIONS = /^(second|minute|hour|day|week|month|year|decade|century)$/;
const MINOR = new Set(['cent', 'pence', 'penny', 'sen']);
// Recognizers' temperature units: C, F, K (kelvin), R (Rankine), Degree.
const TEMPERATURE_SCALES: Record<string, string> = { c: 'degree celsius', f: 'degree fahrenheit', k: 'kelvin', r: 'degree rankine' };
const isTemperature = (unit: string | null) => (/^degree/.test(unit ?? '') && unit !== 'degree (angle)') || unit === 'kelvin';

/** Recognizers' unit name → the units of ours that agree with it (null: the model has no unit). */
export function mapUnit(model: QuantityModel, r: SpecResult): { units: string[] | null; scale: number } {
  const res = r.Resolution ?? {};
  const name = (res.unit ?? '').toLowerCase();
  switch (model) {
    case 'CurrencyModel':
      if (res.isoCurrency) return { units: [res.isoCurrency], scale: 1 };
      return { units: FAMILY[name] ?? [name], scale: MINOR.has(name) ? 0.01 : 1 };
    case 'DimensionModel': {
      if (name === 'pound') return { units: ['pound (weight)'], scale: 1 };
      if (name === 'metric ton') return { units: ['tonne'], scale: 1 };
      // Recognizers' "Ton" is written for "ton", "tonne" and "t" alike ("25 lakh tonnes", "100t").
      if (name === 'ton') return { units: ['ton', 'tonne'], scale: 1 };
      // Recognizers' dimension "Degree" is an angle.
      if (name === 'degree') return { units: ['degree (angle)'], scale: 1 };
      return { units: [name.replace(/meter/g, 'metre').replace(/liter/g, 'litre')], scale: 1 };
    }
    case 'TemperatureModel':
      return { units: [TEMPERATURE_SCALES[name] ?? name], scale: 1 };
    case 'AgeModel':
      return { units: [name === 'age' ? 'year' : name], scale: 1 };
    case 'PercentModel':
      return { units: ['percent'], scale: 1 };
    case 'NumberModel':
      return { units: null, scale: 1 };
  }
}

/** Which of our figures a model file scores. */
export function kindOf(model: QuantityModel, f: Figure): boolean {
  switch (model) {
    case 'CurrencyModel':
      return f.ruleId.startsWith('figure-currency');
    case 'DimensionModel':
      // Durations are not dimensions in Recognizers (they have a DateTime model), nor are
      // temperatures (TemperatureModel; "Water boils at 100° Celsius" is a DimensionModel negative).
      return ((f.ruleId.startsWith('unit-') && f.ruleId !== 'unit-age') || f.ruleId === 'figure-metre-event') && !DURATIONS.test(f.unit ?? '') && (!isTemperature(f.unit) || f.unit === 'degree');
    case 'TemperatureModel':
      return isTemperature(f.unit);
    case 'AgeModel':
      return f.ruleId === 'unit-age' || /^(year|month|week|day)$/.test(f.unit ?? '');
    case 'PercentModel':
      return f.unit === 'percent' || f.unit === 'percentage point';
    case 'NumberModel':
      return true;
  }
}

export function readQuantitySpecs(dir: string, model: QuantityModel): QuantitySentence[] {
  const specs = JSON.parse(readFileSync(path.join(dir, `${model}.json`), 'utf8')) as { Input: string; Results: SpecResult[] }[];
  return specs.map((s, n) => {
    let skipped = 0;
    const gold: QuantitySentence['gold'] = [];
    for (const r of s.Results) {
      const raw = r.Resolution?.value;
      const value = typeof raw === 'string' ? Number(raw.replace(/%$/, '')) : NaN;
      if (!Number.isFinite(value)) {
        skipped++;
        continue;
      }
      const { units, scale } = mapUnit(model, r);
      gold.push({ start: r.Start, end: r.End + 1, value: scale === 1 ? value : Number((value * scale).toPrecision(15)), units });
    }
    return { id: `${model}:${n}`, input: s.Input, gold, skipped };
  });
}

// Where the specs' labelling convention differs from ours, not our parsing (NumberModel only):
// - "word-alone": a number written in words with nothing counted ("sixteen", "two thirds", "a
//   dozen"). We keep word numbers only with what they count, since "one of", "the two", "a
//   third term" are not figures in news text.
// - "identifier": digits inside a date, an IP address, a phone number or a list of numbers
//   ("5/17/2018", "192.168.1.2", "nrs. 22,24,26"): not figures for us (issue 12: "Not figures").
// These gold spans are scored as usual and, apart, set aside with the figures overlapping them
// (`conventions` counts them by reason) so that the parsing errors can be read on their own.
// - "range-low" (every model): the low end of a range whose high end matched ("eight to 10 feet",
//   "about 40 - 50 years old"): the specs mark the number written with the unit and leave the low
//   end out, while we give each end its figure (issue 12: "keep one figure per number and link
//   them"). Neither right nor wrong: set aside from every count, and counted here.
export type Convention = 'word-alone' | 'identifier' | 'range-low';

export function conventionOf(model: QuantityModel, input: string, gold: { start: number; end: number }): Convention | null {
  if (model !== 'NumberModel') return null;
  const text = input.slice(gold.start, gold.end);
  if (/^[a-z][a-z\s-]*$/i.test(text.trim())) return 'word-alone';
  let [a, b] = [gold.start, gold.end];
  while (a > 0 && /\S/.test(input[a - 1])) a--;
  while (b < input.length && /\S/.test(input[b])) b++;
  const word = input.slice(a, b);
  if (/\d[./-]\d+[./-]\d|^\+\d|\d,\d+,\d+,\d/.test(word) && !/^\d{1,3}(,\d{3})+(\.\d+)?[.,]?$/.test(word)) return 'identifier';
  return null;
}

export interface QuantityScore {
  sentences: number;
  skipped: number;
  value: Counts;
  valueUnit: Counts;
  /** Value counts with the gold spans of a different labelling convention set aside. */
  valueOurConvention: Counts;
  conventions: Partial<Record<Convention, number>>;
  misses: { id: string; kind: 'missed' | 'spurious' | 'wrong-unit'; text: string; detail: string }[];
}

// "500,000 barrels a day": the specs have no units of rate but speeds, so their span stops at the
// unit and names it alone ("Barrel"); ours is the rate of that unit ("barrels per day"), which says
// more and is right for a user. Any other unit must be the same.
export function sameUnit(gold: string[], unit: string | null): boolean {
  return !!unit && gold.some((g) => g === unit || (unit.startsWith(g) && / per /.test(unit) && !/ per /.test(g)));
}

/** The low end of a range whose other end matched a gold span (convention "range-low"). */
function isRangeLow(f: Figure, predicted: Figure[], used: Set<number>): boolean {
  return !!f.range && f.value === f.range.low && predicted.some((g, n) => used.has(n) && g !== f && g.range?.low === f.range!.low && g.range.high === f.range!.high && g.start >= f.end);
}

const sameValue = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

export function scoreQuantities(model: QuantityModel, sentences: QuantitySentence[], figuresOf: (text: string) => Figure[]): QuantityScore {
  const score: QuantityScore = { sentences: 0, skipped: 0, value: { tp: 0, fp: 0, fn: 0 }, valueUnit: { tp: 0, fp: 0, fn: 0 }, valueOurConvention: { tp: 0, fp: 0, fn: 0 }, conventions: {}, misses: [] };
  for (const s of sentences) {
    score.sentences++;
    score.skipped += s.skipped;
    const predicted = figuresOf(s.input).filter((f) => kindOf(model, f));
    const used = new Set<number>();
    const setAside = new Set<number>();
    for (const g of s.gold) {
      const k = predicted.findIndex((f, n) => !used.has(n) && f.start < g.end && f.end > g.start && sameValue(f.value, g.value));
      const convention = conventionOf(model, s.input, g);
      if (convention) {
        score.conventions[convention] = (score.conventions[convention] ?? 0) + 1;
        predicted.forEach((f, n) => f.start < g.end && f.end > g.start && setAside.add(n));
      } else if (k < 0) score.valueOurConvention.fn++;
      else score.valueOurConvention.tp++;
      if (k < 0) {
        score.value.fn++;
        score.valueUnit.fn++;
        score.misses.push({ id: s.id, kind: 'missed', text: s.input.slice(g.start, g.end), detail: `${g.value} ${g.units?.join('|') ?? ''} | ${s.input}` });
        continue;
      }
      used.add(k);
      score.value.tp++;
      if (!g.units || sameUnit(g.units, predicted[k].unit)) score.valueUnit.tp++;
      else {
        score.valueUnit.fp++;
        score.valueUnit.fn++;
        score.misses.push({ id: s.id, kind: 'wrong-unit', text: predicted[k].text, detail: `${predicted[k].unit} ≠ ${g.units.join('|')} | ${s.input}` });
      }
    }
    predicted.forEach((f, n) => {
      if (used.has(n)) return;
      if (isRangeLow(f, predicted, used)) {
        score.conventions['range-low'] = (score.conventions['range-low'] ?? 0) + 1;
        return;
      }
      if (!setAside.has(n)) score.valueOurConvention.fp++;
      score.value.fp++;
      score.valueUnit.fp++;
      score.misses.push({ id: s.id, kind: 'spurious', text: f.text, detail: `${f.value} ${f.unit} | ${s.input}` });
    });
  }
  return score;
}

export function sentencesInPart(sentences: QuantitySentence[], part: SplitPart): QuantitySentence[] {
  return part === 'all' ? sentences : sentences.filter((s) => isHoldout(`quantities/${s.id}`) === (part === 'holdout'));
}

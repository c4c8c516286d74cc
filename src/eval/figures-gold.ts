// `npm run eval -- --figures-gold eval-gold/figures.json --corpora DIR`: scores figures against
// our own hand annotations (eval-gold/figures.json: spans, offsets, values and units only; the
// texts are read from the corpora folder). A figure matches a gold figure when the spans overlap
// and the values are equal; value + unit F1 also needs the same unit (null = null). Figures
// outside a document's annotated window are not scored. A gold unit our unit table lists as another
// name of a unit is that unit: annotators wrote "500,000 barrels per day" as the singular "barrel per
// day", which the table maps to the name the extractor writes, "barrels per day".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Figure } from '../types.js';
import type { Counts } from './score.js';
import type { SplitPart } from './split.js';
import { readConll } from './conll.js';

export interface GoldFigure {
  start: number;
  end: number;
  text: string;
  value: number;
  unit: string | null;
}

export interface GoldDocument {
  corpus: string;
  file: string;
  window: { start: number; end: number };
  holdout: boolean;
  figures: GoldFigure[];
}

/** Where each corpus's texts are, under the corpora folder. */
const TEXT_DIRS: Record<string, string> = { reuters21578: 'reuters21578/stories', 'polnear/train': 'polnear/train/text' };

// CoNLL-2003 documents have no file of their own: `file` is the document's id in the CoNLL file
// ("doc-12"), whose text is rebuilt as the --conll eval rebuilds it (tokens joined by spaces).
const CONLL_FILES: Record<string, string> = { 'conll2003/eng.train': 'conll2003/eng.train' };
const conllTexts = new Map<string, Map<string, string>>();

/** The text a gold document was annotated on. */
function goldText(corporaDir: string, doc: GoldDocument): string {
  const conll = CONLL_FILES[doc.corpus];
  if (!conll) return readFileSync(path.join(corporaDir, TEXT_DIRS[doc.corpus] ?? doc.corpus, doc.file), 'utf8');
  const where = path.join(corporaDir, conll);
  let texts = conllTexts.get(where);
  if (!texts) conllTexts.set(where, (texts = new Map(readConll(readFileSync(where, 'utf8')).map((d) => [d.id, d.text]))));
  const text = texts.get(doc.file);
  if (text === undefined) throw new Error(`${doc.corpus}: no document ${doc.file}`);
  return text;
}

export function readFiguresGold(file: string): GoldDocument[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { documents: GoldDocument[] }).documents;
}

export interface FiguresGoldScore {
  documents: number;
  value: Counts;
  valueUnit: Counts;
  misses: { file: string; kind: 'missed' | 'spurious' | 'wrong-unit'; text: string; detail: string }[];
}

// Hand annotators write a repeating decimal to six places ("a third" 0.333333, 6 feet 2 inches
// 6.166667): a value within half a millionth of the gold one is the same.
const sameValue = (a: number, b: number) => a === b || Math.abs(a - b) <= Math.max(1e-9 * Math.max(Math.abs(a), Math.abs(b)), 5e-7);

export function scoreFiguresGold(docs: GoldDocument[], corporaDir: string, part: SplitPart, figuresOf: (text: string) => Figure[], limit?: number, unitName: (unit: string) => string = (unit) => unit): FiguresGoldScore {
  const score: FiguresGoldScore = { documents: 0, value: { tp: 0, fp: 0, fn: 0 }, valueUnit: { tp: 0, fp: 0, fn: 0 }, misses: [] };
  const chosen = docs.filter((d) => part === 'all' || d.holdout === (part === 'holdout')).slice(0, limit);
  for (const doc of chosen) {
    const text = goldText(corporaDir, doc);
    for (const g of doc.figures) {
      if (text.slice(g.start, g.end) !== g.text) throw new Error(`${doc.file}: gold span ${g.start}-${g.end} is not "${g.text}" (corpus changed?)`);
    }
    score.documents++;
    const predicted = figuresOf(text).filter((f) => f.start >= doc.window.start && f.end <= doc.window.end);
    const used = new Set<number>();
    for (const g of doc.figures) {
      const k = predicted.findIndex((f, n) => !used.has(n) && f.start < g.end && f.end > g.start && sameValue(f.value, g.value));
      if (k < 0) {
        score.value.fn++;
        score.valueUnit.fn++;
        score.misses.push({ file: doc.file, kind: 'missed', text: g.text, detail: `${g.value} ${g.unit}` });
        continue;
      }
      used.add(k);
      score.value.tp++;
      if ((predicted[k].unit ?? null) === (g.unit === null ? null : unitName(g.unit))) score.valueUnit.tp++;
      else {
        score.valueUnit.fp++;
        score.valueUnit.fn++;
        score.misses.push({ file: doc.file, kind: 'wrong-unit', text: predicted[k].text, detail: `${predicted[k].unit} ≠ ${g.unit}` });
      }
    }
    predicted.forEach((f, n) => {
      if (used.has(n)) return;
      score.value.fp++;
      score.valueUnit.fp++;
      score.misses.push({ file: doc.file, kind: 'spurious', text: f.text, detail: `${f.value} ${f.unit}` });
    });
  }
  return score;
}

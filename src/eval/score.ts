// Scoring helpers for the evaluation harness: counts, precision/recall/F1, span matching.
// Pure functions, so the harness's arithmetic is unit-tested like the extractor's.

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function addCounts(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
}

export interface Range {
  start: number;
  end: number;
}

export function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * One-to-one matching of predicted to gold spans: a pair matches when the predicted span covers at
 * least `minCover` of the gold span. Greedy by largest overlap, so a long predicted span that
 * covers two gold spans matches only one of them. Returns gold index → predicted index (or -1).
 */
export function matchSpans(gold: Range[], predicted: Range[], minCover = 0.5): number[] {
  const pairs: { g: number; p: number; size: number }[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const size = overlap(g, p);
      if (size > 0 && size >= minCover * (g.end - g.start)) pairs.push({ g: gi, p: pi, size });
    });
  });
  pairs.sort((a, b) => b.size - a.size || a.g - b.g || a.p - b.p);
  const goldTo = new Array<number>(gold.length).fill(-1);
  const used = new Set<number>();
  for (const { g, p } of pairs) {
    if (goldTo[g] >= 0 || used.has(p)) continue;
    goldTo[g] = p;
    used.add(p);
  }
  return goldTo;
}

/** Exact-match counts of two span sets (keys "start:end"). */
export function exactCounts(gold: Range[], predicted: Range[]): Counts {
  const key = (r: Range) => `${r.start}:${r.end}`;
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(predicted.map(key));
  let tp = 0;
  for (const k of predKeys) if (goldKeys.has(k)) tp++;
  return { tp, fp: predKeys.size - tp, fn: goldKeys.size - tp };
}

/** Counts of two sets of labels (document-level country codes). */
export function setCounts(gold: Iterable<string>, predicted: Iterable<string>): Counts {
  const g = new Set(gold);
  const p = new Set(predicted);
  let tp = 0;
  for (const x of p) if (g.has(x)) tp++;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}

// Tune / holdout split of a training corpus, by document. About 20% of each corpus is held out:
// rules are tuned on the rest and the holdout is only scored, never read, so a gap between the
// two numbers shows a rule fitted to documents. The assignment is a hash of a fixed seed and the
// document's id, so it does not move when documents are added; the lists are kept in
// `eval-splits/` so that a reviewer sees exactly which documents were held out.
import { readFileSync } from 'node:fs';

export const SPLIT_SEED = 'wire-facts-2026';
export const HOLDOUT_PERCENT = 20;

export type SplitPart = 'tune' | 'holdout' | 'all';

/** FNV-1a, 32 bits: small, stable across Node versions, good enough to spread ids. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function isHoldout(id: string): boolean {
  return fnv1a(`${SPLIT_SEED}:${id}`) % 100 < HOLDOUT_PERCENT;
}

export function inPart(id: string, part: SplitPart): boolean {
  return part === 'all' || (part === 'holdout') === isHoldout(id);
}

export interface SplitFile {
  corpus: string;
  seed: string;
  holdoutPercent: number;
  note: string;
  holdout: string[];
  tune: string[];
}

export function buildSplit(corpus: string, ids: string[], note: string): SplitFile {
  return {
    corpus,
    seed: SPLIT_SEED,
    holdoutPercent: HOLDOUT_PERCENT,
    note,
    holdout: ids.filter(isHoldout),
    tune: ids.filter((id) => !isHoldout(id)),
  };
}

/** Checks that a kept split file still agrees with the hash (nobody edited it by hand). */
export function readSplit(file: string): SplitFile {
  return JSON.parse(readFileSync(file, 'utf8')) as SplitFile;
}

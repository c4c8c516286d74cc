// --explain: each fact's sentence and the rule that produced it. Part of the pure core (it reads
// only the parsed text and the rules), run only when asked for.
import type { ParsedText } from './parse.js';
import type { CompiledRules } from './rules.js';
import type { Evidence, Facts } from './types.js';

// Rules written in code, by id prefix; ids found in rule files win.
const CODE_RULES: [RegExp, string][] = [
  [/^person-/, 'src/extractors/people.ts'],
  [/^pronoun-/, 'src/speakers.ts'],
  [/^organisation-/, 'src/extractors/organisations.ts'],
  [/^(cue-|quote-|colon-|indirect-)/, 'src/extractors/quotes.ts'],
  [/^figure-/, 'src/extractors/figures.ts'],
  [/^country-(name|alias|capital|demonym)$/, 'world-countries + i18n-iso-countries'],
];

export function ruleFile(ruleId: string, rules: CompiledRules): string {
  return rules.ruleFiles.get(ruleId) ?? CODE_RULES.find(([re]) => re.test(ruleId))?.[1] ?? 'src';
}

/**
 * The longest evidence sentence, in characters. A longer sentence (a text with no full stops: 40 KB
 * of it repeated for each of its facts made 81 MB of output) is cut to a window around the fact,
 * marked with "…"; `start` and `end` give the whole sentence's offsets in the input.
 */
export const MAX_EVIDENCE_CHARS = 300;

/** Adds `evidence` to every person (first name mention), country (first mention), quote and figure. */
export function addEvidence(facts: Facts, parsed: ParsedText, rules: CompiledRules): void {
  const { sentences, text } = parsed;
  const sentenceAt = (offset: number): { sentence: string; start: number; end: number } => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (sentences[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const s = sentences[lo];
    if (!s) return { sentence: '', start: offset, end: offset };
    const end = Math.max(s.end, offset);
    if (end - s.start <= MAX_EVIDENCE_CHARS) return { sentence: text.slice(s.start, end).replace(/\s+/g, ' ').trim(), start: s.start, end };
    const half = MAX_EVIDENCE_CHARS >> 1;
    const from = Math.max(s.start, Math.min(offset - half, end - MAX_EVIDENCE_CHARS));
    const to = Math.min(end, from + MAX_EVIDENCE_CHARS);
    const window = text.slice(from, to).replace(/\s+/g, ' ').trim();
    return { sentence: `${from > s.start ? '…' : ''}${window}${to < end ? '…' : ''}`, start: s.start, end };
  };
  const evidence = (offset: number, ruleId: string): Evidence => ({ ...sentenceAt(offset), ruleId, file: ruleFile(ruleId, rules) });
  for (const p of facts.people) {
    const m = p.mentions.find((x) => x.kind === 'name') ?? p.mentions[0];
    if (m) p.evidence = evidence(m.start, m.ruleId);
  }
  for (const c of facts.countries) c.evidence = evidence(c.mentions[0].start, c.mentions[0].ruleId ?? 'country-name');
  for (const q of facts.quotes) q.evidence = { ...evidence(q.start, q.ruleId), sieve: q.sieve };
  for (const o of facts.organisations) if (o.mentions[0]) o.evidence = evidence(o.mentions[0].start, o.mentions[0].ruleId);
  for (const f of facts.figures) f.evidence = evidence(f.start, f.ruleId);
}

// Title words shared by the people and countries extractors: heads ("president"),
// honorifics ("Mr."), and the lower-case modifiers that stand inside a title.
import type { CompiledRules } from './rules.js';
import type { Token } from './parse.js';

export function isHonorific(t: Token, rules: CompiledRules): boolean {
  return rules.honorifics.has(t.lower.replace(/\.$/, ''));
}

/** A single-word title head ("President", "spokesman", "PM"); multi-word heads start with one of their words. */
export function isTitleHead(t: Token, rules: CompiledRules): boolean {
  return rules.titleHeads.byFirst.has(t.lower) || rules.titleExpansions.has(t.lower) || isLaterHeadWord(t.lower, rules);
}

/** "Senators Rubio and Cruz", "Presidents Reagan and Carter": a capitalised plural of a one-word title head. */
export function isPluralTitleHead(t: Token, rules: CompiledRules): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(t.word)) return false;
  const singular = t.lower.slice(0, -1);
  return rules.titleHeads.byFirst.get(singular)?.some((parts) => parts.length === 1) ?? false;
}

const PARTY_TAG = /^(\p{Lu})-(\p{Lu}[\p{L}.]*)$/u;

/** "D-Mo", "R-Idaho", "I-Vt" (rules: party-tag): the party and the region of a US legislator. */
export function partyTag(t: Token, rules: CompiledRules): { party: string; region: string } | null {
  const m = PARTY_TAG.exec(t.word);
  const party = m && rules.partyTags.get(m[1].toLowerCase());
  return party ? { party, region: m[2].replace(/\.$/, '') } : null;
}

/**
 * "Calif.", "Wash." (rules: state-abbreviation) written with its full stop, in the word or right
 * after it; also opening a compound ("the Kent, Wash.-based retailer").
 */
export function isStateAbbreviation(t: Token, rules: CompiledRules): boolean {
  const dotted = /\.(-\p{Ll}+)?$/u;
  return rules.stateAbbreviations.has(t.lower.replace(dotted, '')) && (dotted.test(t.word) || t.post.startsWith('.'));
}

export function isTitleWord(t: Token, rules: CompiledRules): boolean {
  return isTitleHead(t, rules) || isHonorific(t, rules) || rules.titleModifiers.has(t.lower);
}

const laterWordsCache = new WeakMap<CompiledRules, Set<string>>();

// "Minister" in "Prime Minister": words of multi-word heads after the first.
function isLaterHeadWord(word: string, rules: CompiledRules): boolean {
  let set = laterWordsCache.get(rules);
  if (!set) {
    set = new Set();
    for (const list of rules.titleHeads.byFirst.values()) for (const parts of list) for (const p of parts.slice(1)) if (p !== 'of' && p !== 'the') set.add(p);
    laterWordsCache.set(rules, set);
  }
  return set.has(word);
}

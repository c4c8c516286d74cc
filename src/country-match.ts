// Finds a country phrase at a token: shared by the countries extractor and by the people
// extractor (for the country in a title such as "Ukrainian President").
import type { CountryEntry, CountryLexicon } from './country-data.js';
import { isCapitalised, type ParsedText, type Token } from './parse.js';

export interface CountryMatch {
  entry: CountryEntry;
  /** Token range [first, last). */
  first: number;
  last: number;
}

/** The country match covering each token (null where none): found once per document. */
export function findCountryMatches(parsed: ParsedText, lexicon: CountryLexicon, isTitleWord: TitleTest): (CountryMatch | null)[] {
  const countryAt: (CountryMatch | null)[] = new Array(parsed.tokens.length).fill(null);
  for (let i = 0; i < parsed.tokens.length; i++) {
    const m = matchCountryAt(parsed, i, lexicon, isTitleWord);
    if (!m) continue;
    for (let k = m.first; k < m.last; k++) countryAt[k] = m;
    i = m.last - 1;
  }
  return countryAt;
}

/** Words that may stand beside an ambiguous or capital name without making it part of a longer name. */
export type TitleTest = (t: Token) => boolean;

export function matchCountryAt(parsed: ParsedText, i: number, lexicon: CountryLexicon, isTitleWord: TitleTest): CountryMatch | null {
  const tokens = parsed.tokens;
  const t = tokens[i];
  if (!isCapitalised(t)) return null;
  const candidates = lexicon.byFirst.get(t.lower);
  if (!candidates) return null;
  for (const { parts, entry } of candidates) {
    const last = i + parts.length;
    if (last > tokens.length) continue;
    let ok = true;
    for (let k = 1; k < parts.length && ok; k++) {
      const u = tokens[i + k];
      ok = u.lower === parts[k] && u.sentence === t.sentence && !tokens[i + k - 1].possessive && !/[,;:.!?()“”"]/.test(tokens[i + k - 1].post);
    }
    if (!ok) continue;
    if (entry.exact && parts.length === 1 && t.word !== entry.exact) continue;
    if (!standsAlone(parsed, i, last, entry, isTitleWord)) continue;
    return { entry, first: i, last };
  }
  return null;
}

// "Agence France-Presse", "New Jersey", "Denzel Washington", "Washington Post": a country or
// capital inside a longer capitalised name is not a mention. Demonyms and all-capital aliases
// are modifiers by nature ("US President", "Russian oil") and need no such check.
function standsAlone(parsed: ParsedText, first: number, last: number, entry: CountryEntry, isTitleWord: TitleTest): boolean {
  const tokens = parsed.tokens;
  const t = tokens[first];
  if (entry.ambiguous) {
    if (t.tags.has('Person') || !(t.tags.has('ProperNoun') || t.tags.has('Place'))) return false;
  }
  if (entry.exact) return true;
  // "LONDON, March 4 -": a dateline says where the reporter is, not which government acts.
  if (entry.via === 'capital' && t.word.length > 2 && t.word === t.word.toUpperCase() && parsed.paragraphs[t.paragraph]?.start === t.start) return false;
  const prev = tokens[first - 1];
  if (prev && prev.sentence === t.sentence && !/[^\s-]/.test(prev.post) && !prev.possessive && isCapitalised(prev) && !isTitleWord(prev)) {
    const sentenceStartWord = parsed.sentences[prev.sentence].first === prev.i && !prev.tags.has('ProperNoun');
    if (!sentenceStartWord || prev.post.includes('-')) return false;
  }
  // Demonyms are modifiers by nature ("Russian oil", "Ukrainian President"): only the word before matters.
  if (entry.via === 'demonym') return true;
  const lastTok = tokens[last - 1];
  const next = tokens[last];
  if (next && next.sentence === t.sentence && !lastTok.possessive && !/[^\s-]/.test(lastTok.post) && isCapitalised(next) && !isTitleWord(next)) {
    if (next.word !== 'I' && !next.tags.has('Demonym')) return false;
  }
  return true;
}

/** A word the country lexicon reads alone as a demonym ("Scottish", "French"). */
export function isDemonym(t: Token, lexicon: CountryLexicon): boolean {
  return (lexicon.byFirst.get(t.lower) ?? []).some((c) => c.parts.length === 1 && c.entry.via === 'demonym');
}

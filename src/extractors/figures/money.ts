// Money words around a number, and the currency of the story. Codes ("USD", "rmb", "MUSD"), a code
// or a sign that belongs to the number after it, a lower-case country adjective before a currency word
// ("125 million australian dollars"), and which country a bare "$", "dollars" or "crowns" belongs to:
// the dateline, the one country of the sentence or of the story that uses the family, or the default
// of the rules. Does not read the number or its minor units (numbers.ts, records.ts), nor decide
// between money and a weight in pounds (records.ts).
import { countryOfPhrase } from '../../country-data.js';
import type { CountryMatch } from '../../country-match.js';
import { isCapitalised, type ParsedText, type Token } from '../../parse.js';
import { placeKey, type CompiledRules } from '../../rules.js';
import type { Figure } from '../../types.js';
import { namesThing, sameRun, sameSentence } from './tokens.js';

/**
 * "USD", "usd", "rmb": a three-letter currency code of the rules (figure-currency-prefix, figure-currency),
 * as opposed to a currency word ("yen") or a symbol. In lower case only the ISO code itself or an
 * abbreviation without vowels ("rmb", "sfr") counts: "the yen 100" is not one.
 */
export function isoCode(word: string, rules: CompiledRules): string | null {
  // "PHP", "TRY" (figure-currency-code): in capitals only.
  if (rules.currencyCodes.has(word)) return word;
  const w = word.toLowerCase();
  if (!/^[a-z]{3}$/.test(w)) return null;
  const code = rules.currencyPrefixes.get(w) ?? rules.currencies.get(w);
  if (!code || !/^[A-Z]{3}$/.test(code)) return null;
  return code.toLowerCase() === w || !/[aeiou]/.test(w) ? code : null;
}

/** "XOF", "PHP" at token k: a code of figure-currency-code in capitals that figure-currency does not list, in text not in capitals. */
export function capitalCode(tokens: Token[], k: number, rules: CompiledRules): boolean {
  const t = tokens[k];
  return !!t && rules.currencyCodes.has(t.word) && !inCapitals(tokens, k);
}

// "TRY 3 TIMES", "TOP 10 SONGS": a word in capitals beside the number and the word in capitals (a
// headline) makes it no code; the words on either side of the code and its number are read.
export function inCapitals(tokens: Token[], k: number): boolean {
  const caps = (n: number) => !!tokens[n] && tokens[n].sentence === tokens[k].sentence && /^\p{Lu}{2,}$/u.test(tokens[n].word);
  const digits = (n: number) => /\d/.test(tokens[n]?.word ?? '');
  return digits(k + 1) ? caps(k - 1) || caps(k + 2) : caps(k - 2) || caps(k + 1);
}

// "paid 500 USD 20 times": a code right after a bare number is that number's ("rmb 10 usd 20": 10
// has its code before it, so "usd" goes with 20).
export function isCodeAfterNumber(tokens: Token[], k: number, rules: CompiledRules): boolean {
  const before = tokens[k - 1];
  if (!before || !sameRun(tokens, k - 1, k)) return false;
  const m = rules.numericToken.exec(before.word);
  if (!m || m[1]) return false;
  const prefix = tokens[k - 2];
  return !(prefix && sameRun(tokens, k - 2, k - 1) && rules.currencyPrefixes.has(prefix.lower));
}

/**
 * "the Hong Kong SAR 2024 budget": a code of figure-currency-prefix that ends a capitalised name,
 * before a year, is the name's last word ("Special Administrative Region"), not money.
 */
export function isYearAfterName(tokens: Token[], i: number): boolean {
  const name = tokens[i - 2];
  return /^(19|20)\d\d$/.test(tokens[i].word) && !!name && sameRun(tokens, i - 2, i - 1) && /^\s$/.test(name.post) && isCapitalised(name) && /^\p{Lu}/u.test(tokens[i - 1].word);
}

/** "MUSD", "MSEK", "kEUR": a scale letter (figure-scale) written in one word with an upper-case ISO code. */
export function scaledCode(word: string, rules: CompiledRules): { code: string; scale: number } | null {
  const m = /^(M|MN|Mn|k|K)([A-Z]{3})$/.exec(word);
  const code = m ? isoCode(m[2], rules) : null;
  const scale = m ? rules.scales.get(m[1].toLowerCase()) : undefined;
  return code && code === m![2] && scale ? { code, scale } : null;
}

/** "cts/shr" → "cts"; "km/h" and "b/d" are units whole (unit-alias). */
export function beforeSlash(lower: string, rules: CompiledRules): string {
  const m = /^(\p{L}+)\/\p{L}+$/u.exec(lower);
  // "500 USD,100 times", "30 EUR,a rise": an ISO code glued by a comma to the next word is the code.
  const comma = /^(\p{L}{3}),\S+$/u.exec(lower);
  if (comma && isoCode(comma[1], rules)) return comma[1];
  return m && !rules.unitAliases.has(lower) ? m[1] : lower;
}

// "125 million australian dollars", "10 us dollar", "420 million finnish markka": the country
// rules read capitalised names only; before a currency word a lower-case demonym is read too.
export function lowerCaseAdjective(tokens: Token[], k: number, rules: CompiledRules): CountryMatch | null {
  for (const { parts, entry } of rules.countries.byFirst.get(tokens[k]?.lower ?? '') ?? []) {
    const after = k + parts.length;
    if (!parts.every((p, n) => tokens[k + n]?.lower === p && (n === 0 || sameRun(tokens, k + n - 1, k + n)))) continue;
    const money = tokens[after]?.lower ?? '';
    if ((rules.currencies.has(money) || rules.currencyMinor.has(money)) && money.length > 1 && sameRun(tokens, after - 1, after)) return { entry, first: k, last: after };
  }
  return null;
}

/** A country's name or a lower-case adjective that opens at token k before a currency word ("129 Canadian dlrs", "to the U.S. Dollar"). */
export function countryBeforeMoneyAt(tokens: Token[], k: number, rules: CompiledRules, countryAt: (CountryMatch | null)[]): CountryMatch | null {
  return countryAt[k]?.first === k ? countryAt[k]! : lowerCaseAdjective(tokens, k, rules);
}

/** The story's money, asked of each figure in text order (a story that names a family's country once keeps it). */
export interface StoryMoney {
  /** The currency of a code (kept) or a family ("dollar"), after a country adjective's code, for the figure at token `at`. */
  currencyOf: (code: string, adjective: string | null, at?: number) => string;
  /** The currency of slang for a thousand ("50 grand"), from the rule's families. */
  thousandCurrency: (families: string, at: number) => string;
}

/** The money of one story: the country it is from is found once, when a figure first needs it. */
export function storyMoney(parsed: ParsedText, rules: CompiledRules, countryAt: (CountryMatch | null)[]): StoryMoney {
  let story: string | null | undefined;
  // "30 mln Australian dollars ... Denominations are 1,000 and 10,000 dlrs": once a story names
  // a family's country, later bare mentions are the same currency.
  // (Where the mention is known, only a naming before it: late passes ask after the whole story is read.)
  const named = new Map<string, { currency: string; at: number }>();
  // "the Canadian dollar, which rose to 76.85 U.S. cts … after closing at 76.58 cts Wednesday": in
  // its clause, a bare mention is in the country the last one with an adjective named, even where
  // the story named another country's currency of the family before ("10,000 U.S. dlrs and in 5,000
  // dlr increments"). Not past a comma or a word that joins clauses ("closed at 76.85 U.S. cts, and
  // the deficit would be 29 billion dlrs", "while").
  const namedInClause = new Map<string, { currency: string; at: number }>();
  const currencyOf = (code: string, adjective: string | null, at?: number): string => {
    if (code !== code.toLowerCase()) return code;
    const national = adjective ? rules.currencyNational.get(`${adjective} ${code}`) : undefined;
    if (national) {
      if (!named.has(code)) named.set(code, { currency: national, at: at ?? -1 });
      if (at !== undefined) namedInClause.set(code, { currency: national, at });
      return national;
    }
    const inClause = namedInClause.get(code);
    if (inClause && at !== undefined && inClause.at < at && sameClause(parsed.tokens, inClause.at, at, rules)) return inClause.currency;
    const first = named.get(code);
    if (first && (at === undefined || first.at <= at)) return first.currency;
    story ??= storyCountry(parsed, rules, countryAt);
    const storyCode = story ? rules.currencyNational.get(`${story} ${code}`) : undefined;
    // "Danish shipper Maersk earned 3 billion kroner": else the one country of the sentence that uses
    // the family (figure-currency-sentence-country; not dollars, which price trade the world over).
    const local = at !== undefined && rules.currencySentenceCountry.has(code) ? sentenceCurrency(parsed, rules, countryAt, at, code) : null;
    // "Gabon … The loan of 2 billion CFA francs": else the one currency of the family that the countries
    // the story names use (figure-currency-story-country: CFA francs, West or Central African).
    const anywhere = !storyCode && !local && rules.currencyStoryCountry.has(code) ? storyFamilyCurrency(rules, countryAt, code) : null;
    return storyCode ?? local ?? anywhere ?? rules.currencyDefault.get(code) ?? code.toUpperCase();
  };
  // "50 grand" is a thousand of the story's own money: pounds in a London story, dollars in a
  // Sydney or Chicago one. The rule lists the families to try; the first is the fallback.
  const thousandCurrency = (families: string, at: number): string => {
    const list = families.split(/\s+/);
    story ??= storyCountry(parsed, rules, countryAt);
    const own = story ? list.map((f) => rules.currencyNational.get(`${story} ${f}`)).find((c) => c !== undefined) : undefined;
    return own ?? currencyOf(list[0], null, at);
  };
  return { currencyOf, thousandCurrency };
}

/** Tokens `from` to `to` lie in one clause of one sentence: no comma, semicolon or colon after a word, and no word of figure-elliptic-count between but "and" ("while", "whereas"). */
function sameClause(tokens: Token[], from: number, to: number, rules: CompiledRules): boolean {
  if (!sameSentence(tokens, from, to)) return false;
  for (let k = from; k < to; k++) if (/[,;:]/.test(tokens[k].post) || (k > from && tokens[k].lower !== 'and' && rules.countGapJoiners.has(tokens[k].lower))) return false;
  return true;
}

/** The currency of the family `family` of the one country the sentence of token k names that uses it, else null. */
function sentenceCurrency(parsed: ParsedText, rules: CompiledRules, countryAt: (CountryMatch | null)[], k: number, family: string): string | null {
  const s = parsed.sentences[parsed.tokens[k].sentence];
  return familyCurrencyIn(rules, countryAt, family, s.first, s.last);
}

/** The one currency of `family` that the countries named in the story use, else null (two, or none). */
function storyFamilyCurrency(rules: CompiledRules, countryAt: (CountryMatch | null)[], family: string): string | null {
  return familyCurrencyIn(rules, countryAt, family, 0, countryAt.length);
}

/** The one currency of `family` used by the countries named in tokens [from, to), else null. */
function familyCurrencyIn(rules: CompiledRules, countryAt: (CountryMatch | null)[], family: string, from: number, to: number): string | null {
  let found: string | null = null;
  for (let n = from; n < to; n++) {
    const m = countryAt[n];
    const code = m && m.first === n ? rules.currencyNational.get(`${m.entry.code} ${family}`) : undefined;
    if (!code) continue;
    if (found && found !== code) return null;
    found = code;
  }
  return found;
}

// The country a story's bare "$", "dollars", "pesos" or "crowns" belong to: the dateline
// ("STOCKHOLM, March 3 -"), else the country named most often (at least twice).
function storyCountry(parsed: ParsedText, rules: CompiledRules, countryAt: (CountryMatch | null)[]): string | null {
  for (const p of parsed.paragraphs.slice(0, 3)) {
    // "YAOUNDÉ, March 3 -", "SÃO PAULO, May 1 -": capitals with accents too.
    const dateline = /^\s*(\p{Lu}[\p{Lu}.' ]*[\p{Lu}.])\s*(?:,([^\n]{0,30}?)\s[-–—](?:\s|$)|\()/u.exec(parsed.text.slice(p.start, p.end));
    if (!dateline) continue;
    // "BIRMINGHAM, Ala., March 3 -", "PERTH, Western Australia, May 1 -", "ADELAIDE, Australia
    // (Reuters) -": the place after the city says which one it is (rule figure-dateline-region).
    const second = /^\s*([^,(\d]+?)\s*[,(]/.exec(dateline[2] ?? '');
    const region = second ? (placeCountry(second[1], rules) ?? rules.datelineRegions.get(placeKey(second[1])) ?? rules.gazetteer().regions.get(placeKey(second[1]))) : undefined;
    if (region) return region;
    const city = placeKey(dateline[1]);
    const code = rules.datelineCities.get(city) ?? placeCountry(dateline[1], rules) ?? rules.gazetteer().cities.get(city);
    if (code) return code;
  }
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (let k = 0; k < countryAt.length; k++) {
    const m = countryAt[k];
    if (!m || m.first !== k) continue;
    const n = (counts.get(m.entry.code) ?? 0) + 1;
    counts.set(m.entry.code, n);
    if (n >= 2 && (!best || n > counts.get(best)!)) best = m.entry.code;
  }
  return best;
}

/** The country a place name is as the country rules read it whole (a name, an alias or a capital), else null. */
export function placeCountry(name: string, rules: CompiledRules): string | null {
  return countryOfPhrase(rules.countries, placeKey(name).split(' '))?.code ?? null;
}

// "MOSCOW, March 3 - ... 20.2 billion roubles" in a story of 1987: a currency ISO 4217 has since
// renamed takes the code of the story's year (rule figure-currency-historical: SUR, not RUB), as
// the pre-euro marks are DEM. With no year named, today's codes stand.
export function codesOfStoryYear(parsed: ParsedText, figures: Figure[], rules: CompiledRules): void {
  if (!figures.some((f) => f.unit && rules.historicalCurrencies.has(f.unit))) return;
  const year = storyYear(parsed, rules);
  if (year === null) return;
  for (const f of figures) {
    const earlier = f.unit ? rules.historicalCurrencies.get(f.unit)?.find(([until]) => year <= until) : undefined;
    if (earlier) f.unit = earlier[1];
  }
}

/** The year a story's text names most often ("1986", "1987"), the later of a tie; null where it names none. */
function storyYear(parsed: ParsedText, rules: CompiledRules): number | null {
  const counts = new Map<number, number>();
  // ("2000 tractors" counts tractors: a number before a noun it counts is no year.)
  parsed.tokens.forEach((t, i) => {
    const namesYear = /^(?:19|20)\d\d$/.test(t.word) && !(sameRun(parsed.tokens, i, i + 1) && namesThing(parsed.tokens[i + 1], rules));
    if (namesYear) counts.set(Number(t.word), (counts.get(Number(t.word)) ?? 0) + 1);
  });
  let best: [number, number] | null = null;
  for (const [year, n] of counts) if (!best || n > best[1] || (n === best[1] && year > best[0])) best = [year, n];
  return best ? best[0] : null;
}

// Countries: every mention of a country by name, alias, demonym or capital (and seats of
// government such as "the Kremlin"), grouped by ISO 3166-1 alpha-2 code in order of first mention.
// Does not find regions, cities that are not capitals, or international bodies (EU, NATO).
import type { CompiledRules } from '../rules.js';
import type { CountryMatch } from '../country-match.js';
import type { ParsedText } from '../parse.js';
import type { Country } from '../types.js';

export function extractCountries(parsed: ParsedText, rules: CompiledRules, countryAt: (CountryMatch | null)[]): Country[] {
  const byCode = new Map<string, Country>();
  for (let i = 0; i < parsed.tokens.length; i++) {
    const m = countryAt[i];
    if (!m) continue;
    const start = parsed.tokens[m.first].start;
    const end = parsed.tokens[m.last - 1].end;
    let country = byCode.get(m.entry.code);
    if (!country) {
      country = { code: m.entry.code, name: rules.countries.names.get(m.entry.code) ?? m.entry.code, mentions: [] };
      byCode.set(m.entry.code, country);
    }
    country.mentions.push({ text: parsed.text.slice(start, end), start, end, via: m.entry.via, ruleId: m.entry.ruleId });
    i = m.last - 1;
  }
  return [...byCode.values()];
}

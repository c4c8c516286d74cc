// The country lexicon: names, aliases, demonyms and capitals from the maintained packages
// world-countries and i18n-iso-countries, plus the short overrides in rules/countries.json.
import type { CountryVia } from './types.js';
import { countryPackages } from './packages.js';

export interface CountryEntry {
  code: string;
  via: CountryVia;
  /** Written as it must appear: short all-capital aliases ("US") must not match "us". */
  exact: string | null;
  /** Names that are also people, states or common words (rules: country-ambiguous). */
  ambiguous: boolean;
  ruleId: string;
}

export interface CountryLexicon {
  /** Phrases (lower-case words) keyed by their first word, longest first. */
  byFirst: Map<string, { parts: string[]; entry: CountryEntry }[]>;
  /** ISO alpha-2 code → common English name. */
  names: Map<string, string>;
  /** The ISO 4217 codes of the currencies countries use today (world-countries). */
  currencyCodes: Set<string>;
}

/** The country a whole phrase names (its words in lower case, as the lexicon keys them), if any. */
export function countryOfPhrase(lexicon: CountryLexicon, parts: string[]): CountryEntry | undefined {
  const phrase = parts.join(' ');
  return lexicon.byFirst.get(parts[0] ?? '')?.find((c) => c.parts.join(' ') === phrase)?.entry;
}

export interface CountryOverrides {
  aliases: Record<string, string>;
  demonyms: Record<string, string>;
  capitals: Record<string, string>;
  seats: Record<string, string>;
  notGovernment: string[];
  ambiguous: string[];
}

// Which reading wins when one phrase is listed twice (a capital named like a country is the country).
const PRIORITY: Record<CountryVia, number> = { name: 0, alias: 1, capital: 2, demonym: 3 };

export function buildCountryLexicon(overrides: CountryOverrides): CountryLexicon {
  const { world, iso } = countryPackages();
  const isoNames = iso.getNames('en', { select: 'all' });

  const byPhrase = new Map<string, CountryEntry>();
  const ambiguous = new Set(overrides.ambiguous.map((w) => w.toLowerCase()));
  const notGovernment = new Set(overrides.notGovernment.map((w) => w.toLowerCase()));
  const demonymCodes = new Map<string, Set<string>>();
  const names = new Map<string, string>();

  const add = (phrase: string, code: string, via: CountryVia, ruleId: string) => {
    const text = phrase.trim();
    if (!text || !code) return;
    const key = text.toLowerCase();
    const known = byPhrase.get(key);
    if (known && PRIORITY[known.via] <= PRIORITY[via]) return;
    const exact = /^[A-Z.]{2,4}$/.test(text) ? text : null;
    byPhrase.set(key, { code, via, exact, ambiguous: ambiguous.has(key), ruleId });
  };

  for (const c of world) {
    const code = c.cca2;
    if (!code) continue;
    names.set(code, c.name.common);
    add(c.name.common, code, 'name', 'country-name');
    add(c.name.official, code, 'name', 'country-name');
    for (const alt of c.altSpellings) {
      // Two-letter codes ("IN", "CA") are ordinary words in headlines; plain Latin spellings only.
      if (alt.length > 2 && /^[A-Za-z][A-Za-z .'-]+$/.test(alt)) add(alt, code, 'alias', 'country-alias');
    }
    for (const cap of c.capital ?? []) {
      if (!notGovernment.has(cap.toLowerCase())) add(cap, code, 'capital', 'country-capital');
    }
    const dem = c.demonyms?.eng;
    for (const d of dem ? [dem.m, dem.f] : []) {
      if (!d) continue;
      const set = demonymCodes.get(d) ?? new Set();
      set.add(code);
      demonymCodes.set(d, set);
    }
  }
  for (const [code, list] of Object.entries(isoNames)) {
    for (const n of list) if (!n.includes(',')) add(n, code, names.get(code) === n ? 'name' : 'alias', 'country-alias');
  }
  // A demonym shared by several countries ("Dominican", "Congolese") tells us nothing.
  // Between a state and a territory ("French": France, French Southern Territories) the state wins.
  const independent = new Set(world.filter((c) => c.independent).map((c) => c.cca2));
  for (const [d, all] of demonymCodes) {
    const codes = all.size > 1 ? [...all].filter((c) => independent.has(c)) : [...all];
    if (codes.length !== 1) continue;
    const code = codes[0];
    add(d, code, 'demonym', 'country-demonym');
    // Plural nouns of people: "Russians", "Israelis".
    if (/(an|i)$/.test(d)) add(`${d}s`, code, 'demonym', 'country-demonym');
  }
  for (const [n, code] of Object.entries(overrides.aliases)) add(n, code, 'alias', 'country-alias-extra');
  for (const [n, code] of Object.entries(overrides.capitals)) add(n, code, 'capital', 'country-capital-extra');
  for (const [n, code] of Object.entries(overrides.seats)) add(n, code, 'capital', 'country-seat-of-government');
  for (const [n, code] of Object.entries(overrides.demonyms)) {
    // An empty code removes an ambiguous form.
    if (!code) byPhrase.delete(n.toLowerCase());
    else {
      byPhrase.delete(n.toLowerCase());
      add(n, code, 'demonym', 'country-demonym-extra');
    }
  }

  const byFirst = new Map<string, { parts: string[]; entry: CountryEntry }[]>();
  for (const [phrase, entry] of byPhrase) {
    const parts = phrase.split(/[\s-]+/);
    const list = byFirst.get(parts[0]) ?? [];
    list.push({ parts, entry });
    byFirst.set(parts[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.parts.length - a.parts.length);
  return { byFirst, names, currencyCodes: new Set(world.flatMap((c) => c.currencyCodes)) };
}

// The pure core: text in, facts out. No files, streams, clock or colour here.
import { parseText } from './parse.js';
import { findCountryMatches } from './country-match.js';
import { isTitleWord } from './titles.js';
import type { CompiledRules } from './rules.js';
import { extractCountries } from './extractors/countries.js';
import { extractPeople } from './extractors/people.js';
import { extractQuotes } from './extractors/quotes.js';
import { extractFigures } from './extractors/figures.js';
import type { Facts, FactKind } from './types.js';
import { FACT_KINDS } from './types.js';

export interface ExtractOptions {
  /** Fact kinds to extract; the others come back as empty lists. Default: all. */
  only?: readonly FactKind[];
}

export function extract(text: string, rules: CompiledRules, options: ExtractOptions = {}): Facts {
  const only = new Set(options.only ?? FACT_KINDS);
  const parsed = parseText(text);
  const facts: Facts = { people: [], countries: [], quotes: [], figures: [], warnings: [] };
  // Country phrases are found once: they are countries, and they are not people's names.
  const countryAt = only.has('countries') || only.has('people') || only.has('quotes') ? findCountryMatches(parsed, rules.countries, (t) => isTitleWord(t, rules)) : [];
  if (only.has('countries')) facts.countries = extractCountries(parsed, rules, countryAt);
  // Quotes need people for their speakers, and people need quotes for their speaker pronouns
  // ("he told"), so both run whenever either is asked for.
  if (only.has('people') || only.has('quotes')) {
    const people = extractPeople(parsed, rules, countryAt);
    const quotes = extractQuotes(parsed, rules, people);
    if (only.has('quotes')) {
      facts.quotes = quotes.quotes;
      facts.warnings.push(...quotes.warnings);
    }
    for (const m of quotes.pronounMentions) {
      const t = parsed.tokens[m.first];
      people.people[m.person].mentions.push({ text: t.word, start: t.start, end: t.end, kind: 'pronoun', ruleId: m.ruleId });
    }
    for (const p of people.people) p.mentions.sort((a, b) => a.start - b.start);
    if (only.has('people')) facts.people = people.people;
  }
  if (only.has('figures')) facts.figures = extractFigures(parsed, rules);
  return facts;
}

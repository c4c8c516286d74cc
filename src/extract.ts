// The pure core: text in, facts out. No files, streams, clock or colour here.
import { parseText } from './parse.js';
import { findCountryMatches } from './country-match.js';
import { isTitleWord } from './titles.js';
import type { CompiledRules } from './rules.js';
import { extractCountries } from './extractors/countries.js';
import { extractPeople } from './extractors/people.js';
import { extractQuotes } from './extractors/quotes.js';
import { extractOrganisations } from './extractors/organisations.js';
import { extractFigures } from './extractors/figures.js';
import type { Facts, FactKind, Figure, Quote } from './types.js';
import { FACT_KINDS } from './types.js';
import { addEvidence } from './explain.js';

export interface ExtractOptions {
  /** Fact kinds to extract; the others come back as empty lists. Default: all. */
  only?: readonly FactKind[];
  /** Give each fact its sentence and rule (`evidence`). */
  explain?: boolean;
}

export function extract(text: string, rules: CompiledRules, options: ExtractOptions = {}): Facts {
  const only = new Set(options.only ?? FACT_KINDS);
  const parsed = parseText(text);
  const facts: Facts = { people: [], countries: [], quotes: [], figures: [], organisations: [], warnings: [] };
  // Country phrases are found once: they are countries, and they are not people's names.
  // Quotes need people for their speakers, people need quotes for their speaker pronouns ("he
  // told"), and figures need quotes for who claimed them: all three run whenever one is asked for.
  const speech = only.has('people') || only.has('quotes') || only.has('figures');
  const countryAt = only.has('countries') || speech ? findCountryMatches(parsed, rules.countries, (t) => isTitleWord(t, rules)) : [];
  if (only.has('countries')) facts.countries = extractCountries(parsed, rules, countryAt);
  let claims: Quote[] = [];
  if (speech) {
    const people = extractPeople(parsed, rules, countryAt);
    // Organisations are speakers too ("the Home Office said"); they are listed with people and quotes.
    const organisations = extractOrganisations(parsed, rules, people);
    if (only.has('people') || only.has('quotes')) facts.organisations = organisations.organisations;
    const quotes = extractQuotes(parsed, rules, people, organisations.mentions);
    claims = quotes.quotes;
    if (only.has('quotes')) {
      facts.quotes = quotes.quotes;
      // A loop, not push(...): 140,000 closing quotation marks give as many warnings.
      for (const w of quotes.warnings) facts.warnings.push(w);
    }
    for (const m of quotes.pronounMentions) {
      const start = parsed.tokens[m.first].start;
      const end = parsed.tokens[m.last - 1].end;
      // (A role the people extractor already read as this person is there once.)
      if (people.people[m.person].mentions.some((x) => x.start === start)) continue;
      people.people[m.person].mentions.push({ text: parsed.text.slice(start, end), start, end, kind: m.kind, ruleId: m.ruleId });
    }
    for (const p of people.people) p.mentions.sort((a, b) => a.start - b.start);
    if (only.has('people')) facts.people = people.people;
  }
  if (only.has('figures')) facts.figures = attributeFigures(extractFigures(parsed, rules, countryAt), claims);
  normaliseLabels(facts);
  if (options.explain) addEvidence(facts, parsed, rules);
  return facts;
}

// Spans keep the input as it is, line breaks included ("Donald\nTrump" in hard-wrapped copy);
// names, titles, speakers and cues are labels a user sorts and counts by: one space between words.
function normaliseLabels(facts: Facts): void {
  const label = (s: string) => (/\s\s|[^\S ]/.test(s) ? s.replace(/\s+/g, ' ') : s);
  for (const p of facts.people) {
    p.name = label(p.name);
    p.titles = [...new Set(p.titles.map(label))];
  }
  for (const q of facts.quotes) {
    if (q.speaker) q.speaker = label(q.speaker);
    if (q.cue) q.cue = label(q.cue);
  }
  for (const f of facts.figures) {
    if (f.attributedTo) f.attributedTo = label(f.attributedTo);
    if (f.qualifier) f.qualifier = label(f.qualifier);
  }
}

// "26 countries" inside what Macron said is Macron's claim. Quotes are sorted and do not overlap
// much, so one pass over both lists suffices.
function attributeFigures(figures: Figure[], quotes: Quote[]): Figure[] {
  const spoken = quotes.filter((q) => q.speaker);
  let q = 0;
  for (const f of figures) {
    while (q < spoken.length && spoken[q].end < f.start) q++;
    // The innermost quote holding the figure: a direct quote inside reported speech wins.
    let by: Quote | null = null;
    for (let n = q; n < spoken.length && spoken[n].start <= f.start; n++) {
      if (spoken[n].end >= f.end && (!by || spoken[n].start >= by.start)) by = spoken[n];
    }
    f.attributedTo = by ? by.speaker : null;
  }
  return figures;
}

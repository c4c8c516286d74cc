// Organisations: ministries, agencies, companies, parties, publications, courts named in the
// text (`the Home Office`, `The New York Times`, `the Ministry of Defence`, `Acme Widgets Inc.`).
// A run of capitalised words is an organisation when it ends in a head word of
// src/rules/organisations.json (or goes on from one with "of …"), when it is a seat of government
// (countries.json: "the Kremlin", "the White House"), or when compromise tags it Organization. Person mentions are never organisations. Mentions of one organisation are
// grouped by their name without a leading "the".
// Does not find lower-case references ("the ministry"): those are descriptions, which the
// speakers module marks as speaking for an organisation (speakerKind "organisation").
import type { CompiledRules } from '../rules.js';
import type { OrganisationRef, PeopleResult } from '../mentions.js';
import { isCapitalised, type ParsedText, type Token } from '../parse.js';
import { isDemonym } from '../country-match.js';
import { isHonorific } from '../titles.js';
import type { Organisation } from '../types.js';

export interface OrganisationsResult {
  organisations: Organisation[];
  mentions: OrganisationRef[];
}

// Inside a name: "Ministry of Defence", "Securities and Exchange Commission", "Bureau of Alcohol, …" is cut at the comma.
const CONNECTORS = /^(of|for|and|&)$/;

export function extractOrganisations(parsed: ParsedText, rules: CompiledRules, people: PeopleResult): OrganisationsResult {
  const { text, tokens } = parsed;
  // "Fiat SpA", "Benetton Group Spa", "FIAT SPA" in a headline of capitals; not "Saudi Press Agency
  // SPA", the agency's initials in capitals after a name in ordinary case (organisation-company-suffix).
  const isSuffix = (t: Token) => {
    const key = t.lower.replace(/\.$/, '');
    if (!rules.organisationSuffixes.has(key)) return false;
    const before = tokens[t.i - 1];
    const initials = rules.mixedCaseSuffixes.has(key) && t.word === t.word.toUpperCase();
    return !initials || (!!before && before.word === before.word.toUpperCase());
  };
  const isHead = (t: Token) => rules.organisationNameHeads.has(t.lower) || isSuffix(t);
  // A "person" whose name ends in an organisation's head word ("Homeland Security Investigations")
  // is the organisation: the speakers module prefers the organisation over such a mention.
  const inPerson = new Array<boolean>(tokens.length).fill(false);
  for (const m of people.mentions) if (!isHead(tokens[m.last - 1])) for (let i = m.first; i < m.last; i++) inPerson[i] = true;
  const nameWord = (t: Token) => isCapitalised(t) && !inPerson[t.i] && !/^(i|the)$/.test(t.lower);
  // An article opens no name: "A Department of Health spokesperson said" (speaker-article); inside
  // one it may be a word of it ("Phone-A-Gram Systems Inc").
  // A word of a title before a name ("Governor", "Deputy", "Mr"), not a later word of a head ("Minister" of "Prime Minister").
  const isTitleOpening = (t: Token) => rules.titleHeads.byFirst.has(t.lower) || rules.titleModifiers.has(t.lower) || isHonorific(t, rules);
  const opensName = (t: Token) => nameWord(t) && !rules.speakerWords.articles.has(t.lower);
  // Legal-form suffixes alone name no one ("Fiat S.P.A." where "Fiat" was read another way, "the Ltd").
  const suffixesOnly = (first: number, last: number) => tokens.slice(first, last).every(isSuffix);

  // "Jane Ford, a former minister, … “…,” Ford said": a lone word the tagger reads as a company
  // is the person of the story whose name ends with it ("Powell’s office said" stays the office).
  const surnames = new Set(people.people.map((p) => p.name.toLowerCase().split(/\s+/).at(-1)));
  const found: { first: number; last: number; ruleId: string }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!opensName(tokens[k])) continue;
    // The run of capitalised words (with inner connectors) that starts here, inside one sentence.
    let end = k + 1;
    while (end < tokens.length && tokens[end].sentence === tokens[k].sentence && /^[\s-]*$/.test(tokens[end - 1].post) && !tokens[end].pre.trim() && !tokens[end - 1].possessive) {
      if (nameWord(tokens[end])) end++;
      else if (CONNECTORS.test(tokens[end].lower) && tokens[end + 1] && nameWord(tokens[end + 1]) && /^\s*$/.test(tokens[end].post)) end += 2;
      else break;
    }
    // The name ends at its last head word, or runs on from one through "of …" ("Ministry of Defence").
    let last = -1;
    for (let j = end - 1; j >= k; j--) {
      if (isHead(tokens[j])) {
        last = j + 1 < end && /^(of|for)$/.test(tokens[j + 1].lower) ? end : j + 1;
        // "Central Bank of Kenya Governor Kamau Thugge told …": the title of the person after the
        // run is not part of the name (one word after "of" is always kept: "Department of Justice").
        // ("Office of Immigrant Affairs Clinton had announced": portfolio words alone make no title.)
        if (last === end && inPerson[end]) {
          let cut = last;
          while (cut > j + 3 && isTitleOpening(tokens[cut - 1])) cut--;
          if (tokens.slice(cut, end).some((t) => !rules.titleModifiers.has(t.lower))) last = cut;
          while (CONNECTORS.test(tokens[last - 1].lower)) last--;
        }
        break;
      }
    }
    // "Police Scotland said", "Transport Scotland": an institution noun named for a place that follows it.
    if (last === k + 1 && end > last && rules.organisationHeads.has(tokens[k].lower) && tokens.slice(last, end).every((t) => t.tags.has('Place'))) last = end;
    let ruleId = 'organisation-head';
    // "The White House said", "the Kremlin said": a seat of government (countries.json) speaks for it.
    const seat = text.slice(tokens[k].start, tokens[end - 1].end).replace(/\s+/g, ' ').toLowerCase();
    if (rules.governmentSeats.has(seat)) [last, ruleId] = [end, 'country-seat-of-government'];
    if (last < 0) {
      // compromise's Organization tag over the whole run ("Reuters", "Greenpeace").
      // (Not a connector alone: "And, Kasich tells the crowd, …" opens with no name; nor a lone
      // demonym: "the Scottish government said" names no organisation called "Scottish".)
      if (!CONNECTORS.test(tokens[k].lower) && tokens.slice(k, end).every((t) => t.tags.has('Organization') || CONNECTORS.test(t.lower)) && !(end - k === 1 && !tokens[k].possessive && (surnames.has(tokens[k].lower) || isDemonym(tokens[k], rules.countries)))) [last, ruleId] = [end, 'organisation-tagged'];
      else {
        k = end - 1;
        continue;
      }
    }
    // A dateline opens its paragraph: "LONDON (Reuters) -" names a place, not an organisation.
    if (tokens[k].paragraph !== tokens[k - 1]?.paragraph && /^[A-Z]+$/.test(tokens[k].word) && /^\s*[(,—–-]/.test(tokens[end - 1].post + (tokens[end]?.pre ?? ''))) {
      k = end - 1;
      continue;
    }
    // A lone head word opening a sentence ("Police said…") is an organisation only when tagged one.
    // ("Reuters reported…" and "Pentagon officials said…" are names: only institution nouns are roles.)
    const lone = last - k === 1 && parsed.sentences[tokens[k].sentence].first === k && !tokens[k].tags.has('Organization') && rules.organisationHeads.has(tokens[k].lower);
    // A lone capitalised head mid-sentence is a name only if it is not a role ("Congress", "Parliament" are).
    if (!lone && !suffixesOnly(k, last)) found.push({ first: k, last, ruleId });
    k = end - 1;
  }

  // Runs the people rules rejected as organisations ("Shares of Merrill Lynch fell", rules:
  // not-person-context-before) are organisations here too, where no run above covers them.
  const covered = new Set<number>();
  for (const f of found) for (let k = f.first; k < f.last; k++) covered.add(k);
  for (const r of people.organisationRuns ?? []) {
    let free = true;
    for (let k = r.first; k < r.last; k++) if (covered.has(k)) free = false;
    if (free && !suffixesOnly(r.first, r.last)) found.push(r);
  }
  found.sort((a, b) => a.first - b.first);

  const organisations: Organisation[] = [];
  const refs: OrganisationRef[] = [];
  const byName = new Map<string, number>();
  for (const f of found) {
    // A leading "The" of a name at a sentence start ("The New York Times reported") is not part of it.
    const first = tokens[f.first].lower === 'the' ? f.first + 1 : f.first;
    if (first >= f.last) continue;
    const start = tokens[first].start;
    const end = tokens[f.last - 1].end;
    const name = text.slice(start, end).replace(/\s+/g, ' ');
    const key = name.toLowerCase();
    let n = byName.get(key);
    if (n === undefined) {
      n = organisations.length;
      byName.set(key, n);
      organisations.push({ name, mentions: [] });
    }
    organisations[n].mentions.push({ text: text.slice(start, end), start, end, ruleId: f.ruleId });
    refs.push({ organisation: n, name, first, last: f.last });
  }
  return { organisations, mentions: refs };
}

// People: one entry per person, with every name mention ("Vladimir Putin", "Putin", "Mr. Putin"),
// role descriptions that only one person in the story holds ("the Russian president"), the titles
// written beside the name, and the country those titles tie the person to.
// Does not resolve pronouns (the quotes extractor resolves those it needs for speakers), and does
// not find people named only by a role that nobody in the story is named with.
// Rules find and reject name runs (stages 1–2); the learned tagger of src/people-tagger.ts then
// decides the spans, within limits the rules keep (`blocked` below, and combineSpans).
import { languageModel } from '../packages.js';
import type { CompiledRules, Gender } from '../rules.js';
import type { CountryMatch } from '../country-match.js';
import { closesQuote, isCapitalised, isSentenceStart, QUOTE_MARK, type ParsedText, type Token } from '../parse.js';
import { isHonorific, isPluralTitleHead, isStateAbbreviation, isTitleHead, isTitleWord, partyTag } from '../titles.js';
import type { Person } from '../types.js';
import type { MentionRef, PeopleResult } from '../mentions.js';
import { combineSpans, taggerTokens, type PeopleTaggerModel, type RuleMarks, type TaggerToken } from '../people-tagger.js';
import { nameWordKey } from '../name-words.js';


interface NameRun {
  first: number;
  last: number;
  ruleId: string;
}

// Honorifics that say nothing about office, only about gender.
const COURTESY: Record<string, Gender | null> = { mr: 'male', mrs: 'female', ms: 'female', miss: 'female', mme: 'female', herr: 'male', sir: 'male', dame: 'female', lord: 'male', lady: 'female' };
const NAME_SHAPE = /^(?:[A-Z\u00C0-\u00DE][\p{L}'’]*(?:[-][\p{L}'’]+)*|[A-Z]\.?|(?:[A-Z]\.){2,})$/u;
// Words that never stand in a name, whatever a tagger trained on sports pages thinks.
// Rejections that name a company, agency or group ("Smith Barney, Harris Upham & Co", "an analyst at
// Morgan Stanley", "Team Clinton"), as opposed to a results line's team or a place.
const ORGANISATION_RULES = new Set(['not-person-organisation-word', 'not-person-first-word', 'not-person-ampersand', 'not-person-context-after', 'not-person-context-before', 'not-person-agency', 'not-person-firm-name', 'not-person-firm-partners', 'not-person-stock-move', 'not-person-web-address', 'not-person-firm-verb-after', 'not-person-brand-case']);
const FUNCTION_WORD_TAGS = ['Expression', 'Pronoun', 'There', 'Determiner', 'Conjunction', 'Copula', 'Modal', 'Auxiliary', 'QuestionWord'];
const NOT_NAME_TAGS = ['There', 'Pronoun', 'Date', 'Month', 'WeekDay', 'Determiner', 'Preposition', 'Conjunction', 'Value', 'Copula', 'Modal', 'Auxiliary', 'QuestionWord'];

/** `countryAt`: the country match covering each token (country-match.ts), so names and titles can tell places apart. */
export function extractPeople(parsed: ParsedText, rules: CompiledRules, countryAt: (CountryMatch | null)[]): PeopleResult {
  const tokens = parsed.tokens;
  const found = findNameRuns(parsed, rules, countryAt);
  const { nextToCue } = found;
  // The learned tagger (src/models/people-tagger.json) has the last word on which words are names:
  // it reads the rules' verdicts as evidence, with the words and their neighbours.
  const tagged = rules.peopleTagger ? taggedRuns(rules.peopleTagger, taggerTokens(parsed, rules, countryAt, found.marks), found.runs, parsed, rules) : found.runs;
  const named = dropNotPeople(parsed, rules, tagged.map((r) => extendNameSuffix(parsed, rules, extendHyphenedGivenName(parsed, r))), countryAt, found.marks.mark, found.organisationRuns);
  const { runs, companyRuns } = dropCompanyNames(parsed, rules, named);
  const result = buildPeople(parsed, rules, countryAt, runs, nextToCue);
  const inName = new Set<number>();
  for (const r of runs) for (let k = r.first; k < r.last; k++) inName.add(k);
  // "as Western pessimism mounts": a lone head word ("Western", "Council") names no organisation by
  // itself; it does when it runs on ("Western Digital") or the tagger says so.
  const namesOrganisation = (r: NameRun) => r.last - r.first > 1 || tokens[r.first].tags.has('Organization');
  result.organisationRuns = [...found.organisationRuns.filter((r) => namesOrganisation(r) && !rangeSome(tokens, r, (t) => inName.has(t.i))), ...companyRuns]
    .sort((a, b) => a.first - b.first).map(({ first, last, ruleId }) => ({ first, last, ruleId }));
  return result;
}

// rules: not-person-company-name. "MOBILE, Ala. - Morrison Inc said its board adopted a rights plan.
// … Morrison said that it was not aware of any bid", "chairman emeritus of Merrill Lynch and Co
// <MER>", "two new McDonnell Douglas <MD> jets": a name the story gives a company's suffix or ticker
// is the company wherever it recurs, and so is a lone first or last word of it ("Morgan Guaranty Ltd …
// Morgan said it has set up"). Not after an honorific ("Mr. Morrison"), and not a lone word that ends a
// person's full name in the story ("Carl Icahn" beside "Icahn Capital Corp").
function dropCompanyNames(parsed: ParsedText, rules: CompiledRules, runs: NameRun[]): { runs: NameRun[]; companyRuns: NameRun[] } {
  const tokens = parsed.tokens;
  const bodies = companyBodies(parsed, rules);
  if (!bodies.length) return { runs, companyRuns: [] };
  // Compared as written, hyphens kept: compromise splits "Rolls-Royce" in prose but not in "<Rolls-Royce Ltd>".
  const whole = new Set(bodies.map((b) => b.join(' ')));
  // "Samuel Montagu and Co Ltd … Montagu said": a lone first or last word of a longer company name.
  const firstWords = new Set(bodies.flatMap((b) => (b.length > 1 ? [b[0], b[b.length - 1]] : [b[0].split('-')[0]])).filter((w) => !whole.has(w)));
  const keyOf = (r: NameRun) => spelled(tokens, r.first, r.last).replace(/['’]s$/, '').split(' ');
  const isCompany = (key: string[]) => {
    for (let n = 1; n <= key.length; n++) if (whole.has(key.slice(0, n).join(' '))) return true;
    return key.length === 1 && firstWords.has(key[0].split('-')[0]) && !key[0].includes('-');
  };
  const candidates = runs.filter((r) => isCompany(keyOf(r)) && !(tokens[r.first - 1] && isHonorific(tokens[r.first - 1], rules)));
  if (!candidates.length) return { runs, companyRuns: [] };
  const dropped = new Set(candidates);
  const surnames = new Set(runs.filter((r) => r.last - r.first > 1 && !dropped.has(r)).map((r) => keyOf(r).at(-1)!));
  const companyRuns: NameRun[] = [];
  for (const r of candidates) {
    const key = keyOf(r);
    if (key.length === 1 && surnames.has(key[0])) dropped.delete(r);
    else companyRuns.push({ first: r.first, last: r.last, ruleId: 'not-person-company-name' });
  }
  return { runs: runs.filter((r) => !dropped.has(r)), companyRuns };
}

// Runs that name no one person, whoever proposed them: a family, a show, a person's firm or
// town, a firm's partner names, a place in a US state, a common word only the tagger read as a name.
function dropNotPeople(parsed: ParsedText, rules: CompiledRules, named: NameRun[], countryAt: (CountryMatch | null)[], mark: string[], organisationRuns: NameRun[]): NameRun[] {
  const tokens = parsed.tokens;
  if (!named.length) return named;
  const runs = named.map((r) => trimPartyAdjective(parsed, rules, r)).filter((r): r is NameRun => r !== null);
  const sameSentence = (a: Token | undefined, b: Token) => !!a && a.sentence === b.sentence;
  const keyOf = (r: NameRun) => spelled(tokens, r.first, r.last);
  const endOfRun = new Map(runs.map((r) => [r.last - 1, r]));
  // Words of full names ("Carl Icahn"), and lone words the story writes after a title, an honorific
  // or a noun for a person ("President Reagan", "Republican nominee Dole").
  const fullNameWords = new Set<string>();
  for (const r of runs) if (r.last - r.first > 1) for (let k = r.first; k < r.last; k++) fullNameWords.add(tokens[k].lower);
  const titled = new Set<string>();
  for (const r of runs) {
    const prev = tokens[r.first - 1];
    if (r.last - r.first === 1 && sameSentence(prev, tokens[r.first]) && /^[\s.]*$/.test(prev.post) && (isHonorific(prev, rules) || isTitleHead(prev, rules) || prev.tags.has('Actor'))) titled.add(tokens[r.first].lower);
  }
  // Lone words the story never writes as a person's: a group ("Jewish leaders"), an outlet ("told
  // Fox"), or, with any run of theirs, a place or firm by its list or an age before it.
  const personWord = (r: NameRun) => r.last - r.first === 1 && (fullNameWords.has(tokens[r.first].lower) || titled.has(tokens[r.first].lower));
  const notPersonKeys = new Set<string>();
  // "the distiller Hiram Walker-Gooderham … control of Hiram Walker-Gooderham": a name of several
  // words that the organisation rules rejected once is the organisation wherever the story repeats it.
  // ("appeared on Sean Hannity’s show", "Bill Clinton’s stock answer": not a run that opens with a
  // given name or ends in a possessive.)
  for (const o of organisationRuns) {
    if (o.last - o.first > 1 && !tokens[o.last - 1].possessive && !tokens[o.first].tags.has('FirstName') && !onlyGivenName(tokens[o.first].lower)) notPersonKeys.add(keyOf(o));
  }
  const runAt = new Map<number, NameRun>();
  for (const r of runs) for (let k = r.first; k < r.last; k++) runAt.set(k, r);
  for (const r of runs) {
    if (personWord(r)) continue;
    const word = tokens[r.first].lower.replace(/['’]s$/, '');
    // "Jewish groups condemned it", "Millennials backed him" (rules: not-person-group-word); "told Fox" (rules: not-person-media-name)
    if (r.last - r.first === 1 && (rules.groupWords.has(word) || rules.mediaNames.has(word))) notPersonKeys.add(keyOf(r));
    // "Joy Hale, 50, of Houston" (rules: not-person-place-after-age)
    const [of, age, comma] = [tokens[r.first - 1], tokens[r.first - 2], tokens[r.first - 3]];
    if (of && age && comma && sameSentence(comma, tokens[r.first]) && rules.placeAfterAge.has(of.lower) && /^\s+$/.test(of.post) && /^\d{1,3}$/.test(age.word) && /^\s*,\s*$/.test(age.post) && /,\s*$/.test(comma.post)) notPersonKeys.add(keyOf(r));
    if (listedWithPlace(parsed, rules, r, runAt, (o) => o.last - o.first > 1 || personWord(o), countryAt, mark)) notPersonKeys.add(keyOf(r));
  }
  // "Trump, who calls her Crooked Hillary": common words before the given name of a person the story
  // names in full are a nickname, not another person.
  const givenNames = new Set<string>();
  for (const r of runs) if (r.last - r.first > 1 && !onlyCommonWords(tokens, r.first, r.first + 1)) givenNames.add(tokens[r.first].lower);
  // rules: not-person-firm-partners. "the investment banking firm Kahn and Harris", "Phelps and Drew
  // estimates": two lone words joined by "and", neither known as a person's, are a firm.
  const otherNameWords = new Set<string>();
  for (const r of runs) if (r.last - r.first > 1 || r.ruleId !== 'person-tagger') for (let k = r.first; k < r.last; k++) otherNameWords.add(tokens[k].lower);
  const firmNouns = new Set(rules.orgContextBefore.filter((p) => p.length === 1).map((p) => p[0]));
  const firms = new Set<string>();
  const firmPairs = new Set<string>();
  const pairs: { x: Token; y: Token; key: string }[] = [];
  for (let k = 1; k + 1 < tokens.length; k++) {
    const [x, and, y] = [tokens[k - 1], tokens[k], tokens[k + 1]];
    if (and.lower !== 'and' || !sameSentence(x, and) || !sameSentence(y, and) || !/^\s+$/.test(x.post) || !/^\s+$/.test(and.post)) continue;
    if (!isCapitalised(x) || !isCapitalised(y) || x.possessive || !NAME_SHAPE.test(x.word) || !NAME_SHAPE.test(y.word)) continue;
    const before = tokens[k - 2];
    const after = tokens[k + 2];
    if (sameSentence(before, x) && /^[\s-]*$/.test(before.post) && isCapitalised(before)) continue;
    // "Harper and Row Publishers Inc … Harper and Row added": a pair the story writes before a firm's head is that firm everywhere.
    const key = `${x.lower}|${y.lower}`;
    if (sameSentence(after, y) && /^[\s-]*$/.test(y.post) && !y.possessive && isCapitalised(after)) {
      for (let j = k + 2; j < k + 4 && sameSentence(tokens[j], y) && isCapitalised(tokens[j]) && /^\s+$/.test(tokens[j - 1].post); j++) {
        if (endsFirmName(tokens[j], rules)) firmPairs.add(key);
      }
      continue;
    }
    pairs.push({ x, y, key });
    if (!endOfRun.has(x.i) && !endOfRun.has(y.i)) continue;
    if ([x, y].some((t) => fullNameWords.has(t.lower) || titled.has(t.lower))) continue;
    // What says firm rather than "followers of Hitler and Mussolini" or "nominee Dole and Gingrich": a
    // word of not-person-context-before right before ("stockbrokers Phelps and Drew", "the firm Kahn and Harris"), a person's name and "of" before
    // ("David Pike of Phelps and Drew", rules: not-person-affiliation-of), or one name twice ("Johnson and Johnson").
    const noun = sameSentence(before, x) && /^\s+$/.test(before.post) && firmNouns.has(before.lower);
    const owner = tokens[k - 3];
    const affiliation = sameSentence(before, x) && rules.affiliationPrepositions.has(before.lower) && !!owner && sameSentence(owner, x) && endOfRun.has(owner.i) && endOfRun.get(owner.i)!.last - endOfRun.get(owner.i)!.first > 1;
    if (!noun && !affiliation && x.lower !== y.lower) continue;
    firmPairs.add(key);
  }
  for (const { x, y, key } of pairs) if (firmPairs.has(key) && !fullNameWords.has(x.lower) && !fullNameWords.has(y.lower)) firms.add(x.lower).add(y.lower);
  // rules: not-person-title-in-quotes. Words the story also names outside quotation marks stay a name.
  const fillsQuote = (r: NameRun) => /([“"‘']|``)$/.test(tokens[r.first].pre) && /^[,.!?]?([”"’']|'')/.test(tokens[r.last - 1].post);
  const unquoted = new Set(runs.filter((r) => !fillsQuote(r)).map(keyOf));
  return runs.filter((r) => {
    if (notPersonKeys.has(keyOf(r)) && !personWord(r)) return false;
    if (r.last - r.first > 1 && givenNames.has(tokens[r.last - 1].lower) && onlyCommonWords(tokens, r.first, r.last - 1)) return false;
    // "Prices rose, Statistics Canada said": a run that ends in a country's name is a body of that
    // country unless a given name opens it; "John Moore/Getty Images": a slash joins a photo credit.
    const tail = countryAt[r.last - 1];
    if (r.last - r.first > 1 && ((tail && tail.entry.via === 'name') || tokens[r.last - 1].tags.has('Country')) && !tokens[r.first].tags.has('FirstName') && !onlyGivenName(tokens[r.first].lower)) return false;
    if (rangeSome(tokens, r, (t) => /\p{L}\/\p{L}/u.test(t.word))) return false;
    // "said L.F. rothschild analyst Rosario Ilacqua": initials alone, their surname in lower case, name no one.
    if (rangeEvery(tokens, r, (t) => isInitial(t) || /^(?:\p{Lu}\.)+\p{Lu}\.?$/u.test(t.word))) return false;
    const first = tokens[r.first];
    const prev = tokens[r.first - 1];
    const next = tokens[r.last];
    const end = tokens[r.last - 1];
    // "Members of the Hartwell family" (rules: not-person-family)
    if (sameSentence(prev, first) && prev.lower === 'the' && sameSentence(next, first) && /^\s+$/.test(end.post) && rules.familyWords.has(next.lower)) return false;
    // (“I wrote in “Ralph Nader” on my ballot”: a given name and a surname in quotation marks stay a person.)
    if (rules.titleInQuotes && fillsQuote(r) && !unquoted.has(keyOf(r)) && !(r.last - r.first > 1 && onlyGivenName(first.lower))) return false;
    // "said economist David Pike of Phelps and Drew" (rules: not-person-affiliation-of)
    const owner = tokens[r.first - 2];
    if (sameSentence(prev, first) && rules.affiliationPrepositions.has(prev.lower) && /^\s+$/.test(prev.post) && owner && sameSentence(owner, first) &&
      /^\s+$/.test(owner.post) && !owner.possessive && endOfRun.has(owner.i) && endOfRun.get(owner.i)!.last - endOfRun.get(owner.i)!.first > 1) return false;
    if (r.last - r.first === 1 && firms.has(first.lower)) return false;
    // "Reid: 'Never, ever…'", "“Look, we're out of money”": a lone word only the learned tagger read as
    // a name, capitalised by its place (a sentence's or a quotation's first word), that the lexicon
    // knows as a common word, the parser does not tag as a person and no other name of the story holds
    // ("Dole said" where "Bob Dole" spoke before stays).
    const byPlace = isSentenceStart(parsed, first) || /([“"‘'(]|``)$/.test(first.pre) || (!!prev && /[.!?:]\W*\s*$/.test(prev.post));
    if (r.ruleId === 'person-tagger' && r.last - r.first === 1 && byPlace && !first.tags.has('Person') && commonWord(first.lower) && !otherNameWords.has(first.lower)) return false;
    // "the Santa Barbara Biltmore Hotel in Santa Barbara, Calif." (rules: state-abbreviation, not-person-place)
    // ("New Jersey Gov. Chris Christie, Ohio Gov. John Kasich": a state before a title opens the next name.)
    const afterState = tokens[r.last + 1];
    if (r.last - r.first > 1 && sameSentence(next, first) && /^,\s*$/.test(end.post) && isCapitalised(next) &&
      (isStateAbbreviation(next, rules) ||
        (rules.notPersonPlaces.has(next.lower) && !onlyGivenName(first.lower) && !(sameSentence(afterState, first) && /^\s+$/.test(next.post) && isCapitalised(afterState))))) return false;
    return true;
  });
}

// rules: party-tag. "Six in 10 Virginia Democratic primary voters": a party's adjective ends no name;
// it is cut off, and what is left goes too when it is a state ("Ohio Democratic leaders").
function trimPartyAdjective(parsed: ParsedText, rules: CompiledRules, r: NameRun): NameRun | null {
  const tokens = parsed.tokens;
  const end = tokens[r.last - 1];
  if (r.last - r.first < 2 || end.possessive || ![...rules.partyTags.values()].some((party) => party.toLowerCase() === end.lower)) return r;
  const rest = { ...r, last: r.last - 1 };
  return rules.notPersonPlaces.has(tokens.slice(rest.first, rest.last).map((t) => t.lower).join(' ')) ? null : rest;
}

// rules: not-person-listed-with-place. "in Tampa and Orlando", "on MSNBC and CNN and Fox", "cuts by
// Citicorp and Chase Manhattan": a list holds one kind of thing, so a name listed with a place or an
// organisation, and with no person's name, is a place or a firm. The list is walked both ways, a
// comma or a joining word between items; it needs a joining word somewhere, and a firm needs three items.
function listedWithPlace(parsed: ParsedText, rules: CompiledRules, r: NameRun, runAt: Map<number, NameRun>, knownPerson: (o: NameRun) => boolean, countryAt: (CountryMatch | null)[], mark: string[]): boolean {
  const tokens = parsed.tokens;
  const sentence = tokens[r.first].sentence;
  const prev = tokens[r.first - 1];
  // "Sen. Jim Hale and NATO": a title or honorific says person.
  if (prev && prev.sentence === sentence && (isHonorific(prev, rules) || isTitleHead(prev, rules))) return false;
  // "Senator Marco Rubio of Florida and Jeb Bush": a run the parser reads as a person's name stays one.
  // ("Jeb Bush" where the story knows "Bush" as a person's name.)
  if (r.last - r.first > 1 && (onlyGivenName(tokens[r.first].lower) || r.ruleId.startsWith('person-known') || rangeSome(tokens, r, (t) => t.tags.has('Person') || t.tags.has('FirstName')))) return false;
  const inSentence = (k: number) => k >= 0 && k < tokens.length && tokens[k].sentence === sentence;
  const item = (k: number) => inSentence(k) && isCapitalised(tokens[k]) && !tokens[k].possessive;
  const joined = (k: number) => inSentence(k + 1) && /^(\s+|-)$/.test(tokens[k].post) && item(k + 1);
  // One item: the capitalised words joined to token k.
  const extent = (k: number): [number, number] => {
    let [a, b] = [k, k + 1];
    while (a > 0 && joined(a - 1) && item(a - 1) && k - a < 5) a--;
    while (joined(b - 1) && b - k < 5) b++;
    return [a, b];
  };
  let joiner = false;
  let place = false;
  let firm = false;
  let items = 1;
  const judge = ([a, b]: [number, number]): boolean => {
    let isPlace = true;
    let isFirm = false;
    items++;
    for (let k = a; k < b; k++) {
      const t = tokens[k];
      const o = runAt.get(k);
      if (o && o !== r && knownPerson(o)) return false;
      const bare = t.word.replace(/['’]s$/, '');
      const acronym = bare.length > 1 && /^\p{Lu}+$/u.test(bare);
      isFirm ||= acronym || ORGANISATION_RULES.has(mark[k]) || mark[k] === 'organisation-tagged' || t.tags.has('Organization');
      isPlace &&= !!countryAt[k] || mark[k] === 'place' || t.tags.has('Place');
    }
    place ||= isPlace;
    firm ||= isFirm;
    return true;
  };
  // Backwards: "X, Y and <r>", "X and <r>" (a joining word only right before <r>).
  for (let k = r.first - 1, n = 0; n < 12; n++) {
    let end = -1;
    if (n === 0 && inSentence(k) && rules.listJoiners.has(tokens[k].lower) && /^\s+$/.test(tokens[k].post) && item(k - 1) && /^\s*,?\s*$/.test(tokens[k - 1].post)) {
      joiner = true;
      end = k - 1;
    } else if (item(k) && /^\s*,\s*$/.test(tokens[k].post)) end = k;
    if (end < 0) break;
    const span = extent(end);
    if (!judge(span)) return false;
    k = span[0] - 1;
  }
  // Forwards: "<r>, Y and Z", "<r> and Z".
  for (let k = r.last, n = 0; n < 12; n++) {
    const before = tokens[k - 1];
    let start = -1;
    if (inSentence(k) && rules.listJoiners.has(tokens[k].lower) && /^\s*,?\s*$/.test(before.post) && /^\s+$/.test(tokens[k].post) && item(k + 1)) {
      joiner = true;
      start = k + 1;
    } else if (item(k) && /^\s*,\s*$/.test(before.post)) start = k;
    if (start < 0) break;
    const span = extent(start);
    if (!judge(span)) return false;
    // "Tampa and Orlando, Tom Reid said": the item after the joining word ends the list.
    if (start === k + 1) break;
    k = span[1];
  }
  // "the CIA and Bob": two items may be a firm and its man; a longer list of firms is firms.
  // ("The commander in Chechnya, Ivan Petrov, and …": a full name beside a place is an appositive.)
  return joiner && ((place && r.last - r.first === 1) || (firm && items > 2));
}

// "Vice economic minister Wang Chien-shien", "President Chun Doo-hwan": the lower-case second half of
// a hyphened given name, a word no lexicon knows, belongs to the name (not "Obama-era": one word alone).
function extendHyphenedGivenName(parsed: ParsedText, r: NameRun): NameRun {
  const tokens = parsed.tokens;
  const end = tokens[r.last - 1];
  const next = tokens[r.last];
  if (r.last - r.first < 2 || !next || next.sentence !== end.sentence || !/^-$/.test(end.post) || end.possessive || !/^\p{Ll}{2,}$/u.test(next.word) || next.pre !== '') return r;
  // ("Chao-ming" reads as a verb by its ending; "John Kerry-brokered" is one.)
  if (lexiconTags(next.lower).length || /^-/.test(next.post) || ((next.tags.has('Verb') || next.tags.has('Adjective')) && next.word.length > 5)) return r;
  return { ...r, last: r.last + 1 };
}

// "Leonard Dozier Hill III was going to lose the farm": a generational suffix right after a full
// name belongs to it, though the tagger, which learnt that capitals are acronyms, leaves it out (rules: name-suffix).
function extendNameSuffix(parsed: ParsedText, rules: CompiledRules, r: NameRun): NameRun {
  const tokens = parsed.tokens;
  const end = tokens[r.last - 1];
  const next = tokens[r.last];
  if (r.last - r.first < 2 || !next || next.sentence !== end.sentence || end.possessive || !/^\s+$/.test(end.post) || next.pre !== '') return r;
  return rules.nameSuffixes.has(next.lower.replace(/\.$/, '')) ? { ...r, last: r.last + 1 } : r;
}

/** The lower-case words of tokens first…last, a word hyphened onto the next joined to it ("rolls-royce"). */
function spelled(tokens: Token[], first: number, last: number): string {
  let out = '';
  for (let k = first; k < last; k++) out += tokens[k].lower + (k === last - 1 ? '' : /^-$/.test(tokens[k].post) ? '-' : ' ');
  return out;
}

// The lower-case words of each name written before a company suffix, "and Co" or a ticker, without
// the company words at its end ("Merrill Lynch Capital Partners Inc" → merrill lynch).
function companyBodies(parsed: ParsedText, rules: CompiledRules): string[][] {
  const tokens = parsed.tokens;
  const bodies: string[][] = [];
  const bodyBefore = (end: number): string[] => {
    const words: string[] = [];
    const sentence = tokens[end - 1]?.sentence;
    for (let k = end - 1; k >= 0 && words.length < 5; k--) {
      const t = tokens[k];
      if (t.sentence !== sentence || !isCapitalised(t) || (k < end - 1 && !/^(\s+|-)$/.test(t.post)) || t.possessive) break;
      // "The Morrison Co": an article or the like opens no company's name.
      if (lexiconTags(t.lower).some((tag) => tag === 'Determiner' || tag === 'Preposition' || tag === 'Conjunction')) break;
      if (words.length && /^-$/.test(t.post)) words[0] = `${t.lower}-${words[0]}`;
      else words.unshift(t.lower);
    }
    while (words.length && (rules.companySuffixes.has(words[words.length - 1].replace(/\.$/, '')) || rules.notPersonWords.has(words[words.length - 1]))) words.pop();
    return words;
  };
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    let body: string[] = [];
    // "Merrill Lynch Capital Markets … Merrill said": a firm's head (rules: not-person-firm-partners) ends its name too.
    if (isCapitalised(t) && endsFirmName(t, rules) && prev.sentence === t.sentence) {
      // "Dillon Read and Co", "Smith Barney & Co": the partners' names before "and Co".
      if (prev.lower === 'and' && /^\s+$/.test(prev.post)) body = bodyBefore(k - 1);
      else if (/^\s*&\s*$/.test(prev.post) || /^\s+$/.test(prev.post)) body = bodyBefore(k);
    } else if (/<\s*$/.test(prev.post + t.pre) && /^<?[A-Z][A-Z0-9.]*>?$/.test(t.word) && prev.sentence === t.sentence) {
      // "McDonnell Douglas <MD> MD-83 jets": a ticker symbol right after the name.
      body = bodyBefore(k);
    }
    if (body.length) bodies.push(body);
  }
  return bodies;
}

/** The tagger's input for a text: its taggable tokens with their features (scripts/train-people-tagger.ts). */
export function personTaggerTokens(parsed: ParsedText, rules: CompiledRules, countryAt: (CountryMatch | null)[]): { toks: TaggerToken[]; ruleRuns: { first: number; last: number }[] } {
  const found = findNameRuns(parsed, rules, countryAt);
  return { toks: taggerTokens(parsed, rules, countryAt, found.marks), ruleRuns: found.runs };
}

// The tagger's spans, each with the rule id of the rule run it equals ("person-tagger" where it
// differs from every rule run). A name particle does not open or close a name.
function taggedRuns(model: PeopleTaggerModel, toks: TaggerToken[], ruleRuns: NameRun[], parsed: ParsedText, rules: CompiledRules): NameRun[] {
  const tokens = parsed.tokens;
  const byStart = new Map(ruleRuns.map((r) => [`${r.first}:${r.last}`, r.ruleId]));
  const out: NameRun[] = [];
  const spans = combineSpans(model, toks, ruleRuns);
  // "Nordbanken said it would not sell" (rules: not-person-said-it): a company, here and wherever the story repeats it.
  const companies = new Set<string>();
  for (const { span, fromRule } of spans) {
    const [cue, pronoun] = [tokens[span.last], tokens[span.last + 1]];
    if (!fromRule && span.last - span.first === 1 && !byStart.has(`${span.first}:${span.last}`) && cue && pronoun && cue.sentence === tokens[span.first].sentence &&
      rules.cueForms.has(cue.lower) && rules.orgPronounsAfterCue.has(pronoun.lower)) companies.add(tokens[span.first].lower);
  }
  for (const { span } of spans) {
    let { first, last } = span;
    while (first < last && rules.nameParticles.has(tokens[first].word)) first++;
    while (last > first && rules.nameParticles.has(tokens[last - 1].word)) last--;
    // "Q: Will you stand again?": a letter alone is a transcript label or an initial, never a name.
    if (last - first === 1 && /^[A-Z]\.?$/.test(tokens[first].word)) continue;
    const ruleId = byStart.get(`${first}:${last}`);
    // A span of the tagger's own passes the rules' organisation tests too: "Georgia Power Chairman
    // Robert Smith said", "(Sikorsky Aircraft)", "1.80 N.Z. Dlrs each" (rules: not-person-organisation-word,
    // figure-currency; the tagger learnt from 1996 sports pages, where a lone capital is a player).
    if (!ruleId && first < last && (taggerSpanRejected(parsed, { first, last, ruleId: '' }, rules) || (last - first === 1 && companies.has(tokens[first].lower)))) continue;
    if (first < last) out.push({ first, last, ruleId: ruleId ?? 'person-tagger' });
  }
  return out;
}

// The organisation rules that also bind the tagger's own spans, and a currency word ending the span.
function taggerSpanRejected(parsed: ParsedText, r: NameRun, rules: CompiledRules): boolean {
  const verdict = isOrganisation(parsed, r, rules);
  if (verdict && (ORGANISATION_RULES.has(verdict) || verdict === 'not-person-noun-suffix' || verdict === 'not-person-plural-head')) return true;
  const tokens = parsed.tokens;
  const last = tokens[r.last - 1].lower;
  if (rules.currencies.has(last) && !lexiconTags(last).some((tag) => tag.endsWith('Name'))) return true;
  // "Georgia Power Chairman Robert Scherer", "Alcan Australia deputy chairman Jeremy Davis": a
  // capitalised run before a title and a name is the body the person works for.
  let k = r.last;
  const sentence = tokens[r.first].sentence;
  while (tokens[k] && tokens[k].sentence === sentence && k - r.last < 3 && rules.titleModifiers.has(tokens[k].lower) && /^\s+$/.test(tokens[k - 1].post)) k++;
  const title = tokens[k];
  const name = tokens[k + 1];
  return !!title && !!name && name.sentence === sentence && /^\s+$/.test(tokens[k - 1].post) && isTitleHead(title, rules) && !isHonorific(title, rules) &&
    /^\s+$/.test(title.post) && isCapitalised(name);
}

// rules: not-person-firm-partners. "underwritten by Loewen, Ondaatje, McCutcheon and Co Ltd", "led by
// Prescott, Ball and Turben Inc", "Harper and Row Publishers": partner names listed up to the suffix
// or plural head of the firm they make, at most two words after the "and" (not "Carl Icahn and Trans
// World Airlines Inc"). ("-- Jane Smith, Moscow Newsroom" is a byline: no "and" before the firm's word.)
function firmPartners(parsed: ParsedText, r: NameRun, rules: CompiledRules): boolean {
  const tokens = parsed.tokens;
  let after = -1;
  for (let k = r.last, n = 0; tokens[k] && tokens[k].sentence === tokens[r.first].sentence && n < 12; k++, n++) {
    const t = tokens[k];
    if (!/^\s*[,&]?\s*$/.test(tokens[k - 1].post)) return false;
    const joined = t.lower === 'and' || tokens[k - 1].post.includes('&');
    if (joined && after < 0) after = k + (t.lower === 'and' ? 1 : 0);
    if (!isCapitalised(t) && t.lower !== 'and') return false;
    const nextCapital = /^\s+\p{Lu}/u.test(t.post + (tokens[k + 1]?.word ?? ''));
    if (after >= 0 && isCapitalised(t) && !nextCapital) {
      const head = endsFirmName(t, rules);
      // "McCutcheon and Co": the suffix right after "and" makes a firm of any names before it; a given
      // name and a surname only where "and" follows them ("Alan B. Slifka and Co", not "said Thomas
      // McKiernan, McKiernan and Co chairman").
      const person = r.last - r.first > 1 && onlyGivenName(tokens[r.first].lower);
      if (head && (person ? k === after && tokens[r.last]?.lower === 'and' : true)) return k - after <= 2;
      return false;
    }
  }
  return false;
}

// Stages 1 and 2: name runs found by the rules, and what the rules said about every word.
function findNameRuns(parsed: ParsedText, rules: CompiledRules, countryAt: (CountryMatch | null)[]): { runs: NameRun[]; organisationRuns: NameRun[]; marks: RuleMarks; nextToCue: (r: NameRun) => boolean } {
  const tokens = parsed.tokens;

  // Sentences in title case (headlines): most longer words capitalised.
  const titleCase = parsed.sentences.map((s) => {
    let words = 0;
    let capitals = 0;
    let common = 0;
    for (let k = s.first; k < s.last; k++) {
      const t = tokens[k];
      if (t.word.length < 4) continue;
      words++;
      if (!isCapitalised(t)) continue;
      capitals++;
      // Capitalised common words inside the line ("Special Prosecutor", "Report"): a headline, not a list of names.
      const tags = lexiconTags(t.lower);
      if (k > s.first && tags.length && !tags.some((tag) => tag.endsWith('Name')) && !['Person', 'Place', 'Organization'].some((tag) => t.tags.has(tag))) common++;
    }
    return words >= 4 && common >= 2 && capitals >= 0.75 * words;
  });
  // "<Oranje-Nassau\nEnergie B.V.>", "<Banque Paribas>": wire copy puts companies, never people, in angle brackets.
  const inTicker = new Array<boolean>(tokens.length).fill(false);
  for (let k = 0, opened = -1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.pre.includes('<') || t.word.startsWith('<')) opened = k;
    if (opened < 0 || t.pre.includes('>')) {
      opened = -1;
      continue;
    }
    inTicker[k] = true;
    // A bracket left open (or closed where the parser kept it in a word) ends within a few words.
    if (t.post.includes('>') || t.word.includes('>') || /\n\s*\n/.test(t.post) || k - opened >= 5) opened = -1;
  }
  const numberWord = (t: Token): boolean => lexiconTags(t.lower).some((tag) => tag === 'TextValue' || tag === 'Cardinal' || tag === 'Ordinal');
  // "Senators Rubio and Cruz", "Ohioan John Boehner": a plural title or a regional demonym that
  // opens a capitalised run describes the people named and is never part of a name ("the
  // Franklin Pennsylvania Investors Fund", inside a run, keeps its plural).
  const describesNames = (t: Token): boolean =>
    (isPluralTitleHead(t, rules) || rules.regionalDemonyms.has(t.lower)) && !(t.i > 0 && /^\s+$/.test(tokens[t.i - 1].post) && tokens[t.i - 1].sentence === t.sentence && isCapitalised(tokens[t.i - 1]));
  // `anywhere`: also a word capitalised only by its place at the start of a sentence.
  const nameLike = (t: Token, anywhere = false): boolean => {
    if (!NAME_SHAPE.test(t.word) || countryAt[t.i] || inTicker[t.i]) return false;
    // "A. Brown 56 not out", "I. Salisbury c Hussain": a capital letter and a full stop before a
    // surname is an initial, whatever the lexicon says of "a", "i" or "m".
    if (initialBefore(t)) return true;
    // "Per Haugland, the chief executive, said" (rules: given-name-preposition)
    if (rules.givenNamePrepositions.has(t.lower) && !t.furniture) {
      const next = tokens[t.i + 1];
      return !!next && joins(t, next) && isCapitalised(next) && NAME_SHAPE.test(next.word);
    }
    // Headlines, datelines, bylines, credits and table rows are not the story's prose
    // ("ROGERS <ROG> SEES 1ST QTR NET UP", "(Reporting by Jane Smith; Editing by John Doe)").
    if (t.furniture) return false;
    // "(D-Mo.)", "R-Idaho" (rules: party-tag) and "Calif." (rules: state-abbreviation) are not names.
    if (partyTag(t, rules) || isStateAbbreviation(t, rules)) return false;
    if (isHonorific(t, rules) || (isTitleHead(t, rules) && !followsInitial(t)) || describesNames(t)) return false;
    // "Australian Jason Day": a given name's surname that is also a date word (rules: organisation-word-surname).
    const surnameAfterGiven = rules.organisationWordSurnames.has(t.lower) && t.i > 0 && tokens[t.i - 1].tags.has('FirstName') && joins(tokens[t.i - 1], t);
    if (NOT_NAME_TAGS.some((tag) => t.tags.has(tag)) && !t.tags.has('Person') && !surnameAfterGiven) return false;
    // "the April One deadline": a number word is no name, even where the parser reads one; nor is
    // "“When you meet him, …”" (a question word, determiner or pronoun), except a particle ("Le Pen").
    // "“There's no way”": the same with a contracted "is".
    const stem = t.lower.replace(/['’]s$/, '');
    if (numberWord(t) || (!rules.nameParticles.has(t.lower) && ['QuestionWord', 'Determiner', 'Pronoun', 'There'].some((tag) => lexiconTags(stem).includes(tag)))) return false;
    // "'' And Rick Santorum turned", "''' But Mr. Trump": after a quote the tagger may read a conjunction as a name.
    if (lexiconTags(t.lower).includes('Conjunction')) return false;
    // "Leonard Dozier Hill III": a generational suffix after a name is part of it (rules: name-suffix).
    const before = tokens[t.i - 1];
    if (rules.nameSuffixes.has(t.lower.replace(/\.$/, '')) && before && joins(before, t) && isCapitalised(before) && NAME_SHAPE.test(before.word)) return true;
    // "NATO", "told ABC’s “Good Morning America”": capitals, with or without a possessive, are an acronym.
    const bare = t.word.replace(/['’]s$/, '');
    if (bare === bare.toUpperCase() && bare.length > 1 && !/\./.test(bare)) return false;
    // "In", "Looks", "More" at the start of a sentence are capitalised only by position.
    // "Hassan (D) for reelection": a party letter alone in brackets (rules: party-tag).
    if (rules.partyTags.has(t.lower) && t.pre.endsWith('(') && t.post.startsWith(')')) return false;
    // "Mike Pence Calls for Special Prosecutor": in a headline every word is capitalised, so a
    // capital says no more there than at the start of a sentence.
    if (!anywhere && titleCase[t.sentence] && t.tags.has('Verb') && !t.tags.has('Person')) return false;
    if (!anywhere && (parsed.sentences[t.sentence].first === t.i || /^[“"‘('`]/.test(t.pre) || titleCase[t.sentence])) {
      const tags = lexiconTags(t.lower);
      if (tags.length && !tags.some((tag) => tag.endsWith('Name')) && !t.tags.has('Person')) return false;
    }
    return true;
  };
  // "Secretary of State for Trade and Industry", "Chancellor of the Exchequer": a title head, then
  // "of" or "for", up to the run at `first` (not "in the Santa Barbara Channel").
  function titleOfBefore(first: number): boolean {
    let of = false;
    for (let k = first - 1; k >= 0 && first - k <= 8 && tokens[k].sentence === tokens[first].sentence; k--) {
      const t = tokens[k];
      if (/^(of|for)$/.test(t.lower)) of = true;
      else if (of && isTitleHead(t, rules)) return true;
      else if (!/^(the|and)$/.test(t.lower) && !isCapitalised(t)) return false;
    }
    return false;
  }
  function initialBefore(t: Token): boolean {
    const next = tokens[t.i + 1];
    return /^\p{Lu}$/u.test(t.word) && /^\.\s+$/.test(t.post) && !t.furniture && !!next && next.sentence === t.sentence && next.pre === '' &&
      /^\p{Lu}\p{Ll}/u.test(next.word) && NAME_SHAPE.test(next.word) && !countryAt[next.i] && !next.furniture;
  }
  // "Bosnia", "Democratic": words the lexicon knows only as something else, or that the tagger
  // reads as a place here, do not take a name's reading from elsewhere in the story.
  const placeOrAdjective = (t: Token): boolean => {
    if (t.tags.has('Person')) return false;
    const tags = lexiconTags(t.lower);
    return t.tags.has('Place') || (tags.length > 0 && !tags.some((tag) => tag.endsWith('Name')));
  };
  const startsSentence = (i: number): boolean => parsed.sentences[tokens[i].sentence].first === i;
  const quoted = parsed.sentences.map((s) => QUOTE_MARK.test(parsed.text.slice(s.start, s.end + 2)));
  const quotedSentence = (i: number): boolean => quoted[tokens[i].sentence];
  // `,” Pence said`, `,” said Reed`, `Bush: “…”`: the name that attributes a quotation, whatever
  // else the word can mean.
  const speaksQuote = (r: NameRun): boolean => {
    const before = tokens[r.first - 1];
    const after = tokens[r.last];
    const sameSentence = (t: Token | undefined) => !!t && t.sentence === tokens[r.first].sentence;
    if (closesQuote(before) && sameSentence(after) && rules.cueForms.has(after.lower) && /^\s*$/.test(tokens[r.last - 1].post)) return true;
    if (sameSentence(before) && rules.cueForms.has(before.lower) && closesQuote(tokens[r.first - 2])) return true;
    return parsed.sentences[tokens[r.first].sentence].first === r.first && /^:\s*([“"]|'')/.test(tokens[r.last - 1].post + (after?.pre ?? ''));
  };
  const isFirstName = (word: string): boolean => {
    const tags = lexiconTags(word);
    return tags.length === 1 && /^(FirstName|MaleName|FemaleName)$/.test(tags[0]);
  };
  // A word the tagger's lexicon does not know as anything else ("Zelensky", "Ferreira").
  const unknownWord = (t: Token): boolean => lexiconTags(t.lower).length === 0 && !t.tags.has('Place') && !t.tags.has('Organization') && !t.tags.has('Acronym');
  // "said Helen Marsh", "Helen Marsh said": a name next to a speech verb.
  const nextToCue = (r: NameRun): boolean => {
    const before = tokens[r.first - 1];
    const after = tokens[r.last];
    return (!!before && rules.cueForms.has(before.lower) && before.sentence === tokens[r.first].sentence) ||
      (!!after && rules.cueForms.has(after.lower) && after.sentence === tokens[r.first].sentence && /^\s*$/.test(tokens[r.last - 1].post));
  };
  // "Rep. Peter T. King said": after a middle initial a title word is the surname.
  const followsInitial = (t: Token): boolean => {
    const initial = tokens[t.i - 1];
    const given = tokens[t.i - 2];
    return !!initial && !!given && /^[A-Z]$/.test(initial.word) && joins(initial, t) && joins(given, initial) && isCapitalised(given) && !isHonorific(given, rules);
  };
  // Names run on across spaces and hyphens, and across the full stop of an initial ("W. Bush").
  // A spaced dash ("Bistrita - Ilie Lazar") separates two names.
  // "Claire McCaskill (D-Mo.)": a bracket or quote mark opened before a word ends the name.
  const joins = (a: Token, b: Token): boolean =>
    a.sentence === b.sentence && !a.possessive && !/[([{“"‘]/.test(b.pre) && (/^(\s*|-)$/.test(a.post) || (/^\.\s*$/.test(a.post) && /^[A-Z]$/.test(a.word)));

  // 1. Runs of name-like words, kept when the tagger, a title or an honorific says "person".
  const runs: NameRun[] = [];
  const candidates: NameRun[] = [];
  const rejected: NameRun[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!nameLike(tokens[i])) continue;
    let j = i + 1;
    while (j < tokens.length && j - i < 6 && joins(tokens[j - 1], tokens[j])) {
      if (nameLike(tokens[j])) j++;
      // "Rep. Steve King", "John Major": a title word that the tagger reads as the surname of a first name.
      else if (tokens[j].tags.has('LastName') && tokens[j - 1].tags.has('FirstName') && isCapitalised(tokens[j]) && !partyTag(tokens[j], rules)) j++;
      // "Martin Luther King Jr.": a title word before a generational suffix is a surname (rules: name-suffix).
      else if (isCapitalised(tokens[j]) && isTitleHead(tokens[j], rules) && tokens[j + 1] && joins(tokens[j], tokens[j + 1]) && rules.nameSuffixes.has(tokens[j + 1].lower.replace(/\.$/, ''))) j++;
      // "Abdulaziz bin Salman", "Ludwig van Beethoven" (rules: name-particle)
      else if (rules.nameParticles.has(tokens[j].word) && tokens[j + 1] && joins(tokens[j], tokens[j + 1]) && nameLike(tokens[j + 1])) j += 2;
      // "Inzamam-ul-Haq", "Ata-ur-Rehman": a short lower-case link hyphened between two name words.
      else if (/^-$/.test(tokens[j - 1].post) && /^\p{Ll}{1,3}$/u.test(tokens[j].word) && /^-$/.test(tokens[j].post) && tokens[j + 1] && joins(tokens[j], tokens[j + 1]) && nameLike(tokens[j + 1])) j += 2;
      else break;
    }
    const run = { first: i, last: j, ruleId: '' };
    i = j - 1;
    const organisation = isOrganisation(parsed, run, rules);
    if (organisation) {
      rejected.push({ ...run, ruleId: organisation });
      continue;
    }
    // "Secretary of State Hillary Clinton", "Democrat Hillary Clinton", "Vice Presidential candidate":
    // title words that run into a name are not part of it (rules: title-modifier); a lone one is a
    // name only where the tagger says so ("Mr. White").
    while (run.first < run.last && rules.titleModifiers.has(tokens[run.first].lower) && (run.last - run.first > 1 || !tokens[run.first].tags.has('Person'))) run.first++;
    // "North Carolina Democrat Terry Sanford", "Christian Democrat Aldo Ferri": what comes before a
    // title word inside the run describes the person; "Chancellor of the Exchequer Nigel Lawson",
    // "Secretary of Commerce Bruce Smart": after "of" a title's field runs on to the given name.
    for (let k = run.last - 2; k > run.first; k--) {
      if (rules.titleModifiers.has(tokens[k].lower) && !lexiconTags(tokens[k].lower).some((tag) => tag.endsWith('Name'))) {
        run.first = k + 1;
        break;
      }
    }
    if (tokens[run.first - 1] && /^(of|for|and|the)$/.test(tokens[run.first - 1].lower) && titleOfBefore(run.first)) {
      const fieldWord = !lexiconTags(tokens[run.first].lower).some((tag) => tag.endsWith('Name'));
      let named = false;
      for (let k = run.first + 1; k < run.last - 1; k++) {
        if (isFirstName(tokens[k].lower) && fieldWord) {
          run.first = k;
          named = true;
          break;
        }
      }
      // "Chief Inspector of Mines Redzuan Sumun": with a given name the lexicon does not know, a
      // common word right after "of" is still the title's field, when two name words follow it.
      if (!named && fieldWord && run.last - run.first >= 3 && lexiconTags(tokens[run.first].lower.replace(/s$/, '')).length > 0) run.first++;
    }
    if (run.first === run.last) continue;
    // "Virginia", "New Hampshire" (rules: not-person-place)
    // "San Luis", "Fort Worth" (rules: not-person-place-first-word)
    if (rules.notPersonPlaces.has(tokens.slice(run.first, run.last).map((t) => t.lower).join(' ')) || (run.last - run.first > 1 && rules.notPersonPlaceFirstWords.has(tokens[run.first].lower))) {
      rejected.push({ ...run, ruleId: 'place' });
      continue;
    }
    const prev = tokens[run.first - 1];
    // "General Foods", "General Mills": a title before one plural common noun names a company.
    const single = tokens[run.first];
    const singular = single.lower.replace(/s$/, '');
    const commonNoun = run.last - run.first === 1 && singular !== single.lower && !single.tags.has('Person') && !single.tags.has('Place') &&
      lexiconTags(singular).length > 0 && !lexiconTags(singular).some((tag) => tag.endsWith('Name'));
    const afterTitle = prev && joins(prev, tokens[run.first]) && (isTitleHead(prev, rules) || isHonorific(prev, rules)) && !commonNoun;
    const tagged = rangeSome(tokens, run, (t) => t.tags.has('Person') && !t.tags.has('Honorific'));
    const multi = run.last - run.first > 1;
    const next = tokens[run.last];
    // "between Jordan and the West Bank": a lone word that names a country needs more than the tagger's word.
    const countryWord = !multi && (rules.countries.byFirst.get(tokens[run.first].lower) ?? []).some((c) => c.parts.length === 1);
    if (tagged && !countryWord) run.ruleId = 'person-tagged';
    else if (afterTitle) run.ruleId = 'person-after-title';
    else if (multi && isFirstName(tokens[run.first].lower)) run.ruleId = 'person-first-name';
    else if (multi && isInitial(tokens[run.first]) && !isInitial(tokens[run.last - 1])) run.ruleId = 'person-initial';
    else if (multi && titleAfter(parsed, run, rules)) run.ruleId = 'person-title-after';
    // A lone unknown word beside "said" is as often a company or an agency ("Gencor said"), unless
    // it speaks a quotation; wire copy names a person in full first, and the known-name rule below
    // finds the later surname.
    else if (speaksQuote(run)) run.ruleId = 'person-quote-speaker';
    else if ((multi || ((unknownWord(tokens[run.first]) || !startsSentence(run.first)) && quotedSentence(run.first))) && nextToCue(run)) run.ruleId = 'person-speaker';
    // "Fox, who arrived on Tuesday": "who" stands for people ("which" for organisations).
    else if (/^,\s*$/.test(tokens[run.last - 1].post) && next?.lower === 'who' && !tokens[run.first].tags.has('Place')) run.ruleId = 'person-who';
    // "Sergi Bruguera (Spain) beat ...": results and line-ups give a person's country in brackets.
    else if (multi && /^\s*\(\s*$/.test(tokens[run.last - 1].post) && countryAt[run.last] && /^\s*\)/.test(tokens[countryAt[run.last]!.last - 1].post)) run.ruleId = 'person-country-in-brackets';
    // "Tom Ashby c Miller b Crane 46", "Crane 27-5-78-2", "J. Ashby 57 not out": players on a scorecard.
    else if (onScorecard(parsed, run, rules)) run.ruleId = 'person-scorecard';
    if (run.ruleId) runs.push(run);
    else candidates.push(run);
  }
  // "Salim Malik, Asif Mujtaba and Wasim Akram": a name listed beside a person's name is a person's.
  const listed = (a: NameRun, b: NameRun) => b.first > a.last - 1 && b.first - a.last <= 1 && tokens[a.last - 1].sentence === tokens[b.first].sentence &&
    (b.first === a.last ? /^\s*,\s*$/.test(tokens[a.last - 1].post) : tokens[a.last].lower === 'and' && /^\s*$/.test(tokens[a.last - 1].post));
  const all = [...runs, ...candidates].sort((a, b) => a.first - b.first);
  // A pass forwards and one backwards carry the reading along a list of any length in linear time.
  const spread = (n: number) => {
    const c = all[n];
    if (c.ruleId || c.last - c.first < 2) return;
    if (!((all[n - 1]?.ruleId && listed(all[n - 1], c)) || (all[n + 1]?.ruleId && listed(c, all[n + 1])))) return;
    c.ruleId = 'person-listed';
    runs.push(c);
  };
  for (let n = 0; n < all.length; n++) spread(n);
  for (let n = all.length - 1; n >= 0; n--) spread(n);
  // In place, not splice(...filter()): spreading 135,000 candidates ("Ab, Ab, …") overflowed the stack.
  let unread = 0;
  for (const c of candidates) if (!c.ruleId) candidates[unread++] = c;
  candidates.length = unread;

  // 2. A word that is part of a name found above is a name wherever it recurs ("Zelensky urged").
  const nameWords = new Set<string>();
  for (const r of runs) for (let k = r.first; k < r.last; k++) if (tokens[k].word.length > 1 && !tokens[k].word.endsWith('.')) nameWords.add(tokens[k].lower);
  const surnames = new Set(runs.map((r) => tokens[r.last - 1].lower));
  for (const c of candidates) {
    if (rangeEvery(tokens, c, (t) => nameWords.has(t.lower) && !placeOrAdjective(t))) runs.push({ ...c, ruleId: 'person-known-name' });
    // "Stelios Haji-Ioannou" where "Mr. Haji-Ioannou" was found: a given name before a known surname.
    else if (c.last - c.first > 1 && surnames.has(tokens[c.last - 1].lower) && rangeEvery(tokens, { first: c.first, last: c.last - 1 }, (t) => !placeOrAdjective(t) && !t.tags.has('Organization'))) {
      runs.push({ ...c, ruleId: 'person-known-surname' });
    }
  }
  // "Dole 's tax plan": a known name that starts a sentence, where its capital says nothing.
  for (const s of parsed.sentences) {
    const t = tokens[s.first];
    if (nameWords.has(t.lower) && !nameLike(t) && nameLike(t, true) && !placeOrAdjective(t) && !(tokens[s.first + 1] && joins(t, tokens[s.first + 1]) && nameLike(tokens[s.first + 1]))) {
      runs.push({ first: t.i, last: t.i + 1, ruleId: 'person-known-name' });
    }
  }
  runs.sort((a, b) => a.first - b.first);

  const mark = new Array<string>(tokens.length).fill('');
  const opens = new Array<boolean>(tokens.length).fill(false);
  const setMark = (r: NameRun, m: string) => {
    for (let k = r.first; k < r.last; k++) mark[k] = m;
    opens[r.first] = true;
  };
  for (const r of rejected) setMark(r, r.ruleId);
  for (const r of candidates) setMark(r, 'candidate');
  for (const r of runs) setMark(r, r.ruleId);
  const accepted = new Array<boolean>(tokens.length).fill(false);
  for (const r of runs) for (let k = r.first; k < r.last; k++) accepted[k] = true;
  // What a name never holds, whatever the tagger learnt from 1996 sports pages: a party tag or state
  // ("Claire McCaskill (D-Mo.)", "Calif."), a title or honorific ("Sen.", "President"), a run the
  // organisation rules rejected ("Smith Barney, Harris Upham & Co"), a headline's verb ("Mike Pence Calls for …").
  const blocked = tokens.map((t) => {
    // compromise's Organization tag alone ("Bob Dole Wednesday accused") is left to the tagger.
    if (mark[t.i] === 'place' || (mark[t.i].startsWith('not-person-')) || inTicker[t.i]) return true;
    if (partyTag(t, rules) || isStateAbbreviation(t, rules)) return true;
    if (rules.partyTags.has(t.lower) && t.pre.endsWith('(') && t.post.startsWith(')')) return true;
    // "Rep. Steve King": a title word the rules read as a surname stays open to the tagger.
    if ((isHonorific(t, rules) || (isTitleHead(t, rules) && !followsInitial(t))) && !accepted[t.i]) return true;
    if (describesNames(t)) return true;
    // "There’s a lot of anger", "Well, I think so": interjections, pronouns, determiners, conjunctions and the like, unless a rule read them as a name.
    if (!accepted[t.i] && !t.tags.has('Person') && (FUNCTION_WORD_TAGS.some((tag) => t.tags.has(tag)) || lexiconTags(t.lower).includes('Conjunction'))) return true;
    // "told The Hill", "the April One deadline", "“Frankly, …”": a determiner the parser retagged as
    // a place, adverbs and interjections, numbers and ordinals ("Second Amendment") are never part of a name.
    if (!accepted[t.i] && !rules.nameParticles.has(t.lower) && (['Determiner', 'Preposition', 'Pronoun', 'QuestionWord', 'Adverb', 'Expression'].some((tag) => lexiconTags(t.lower).includes(tag)) || t.tags.has('Value') || numberWord(t))) return true;
    // Outside the rules' own runs, the tagger adds no name in words written in capitals
    // ("HARCOURT DISAPPOINTED WITH HARPER"), in a ticker's brackets ("<Banque Paribas>"), or in
    // a headline ("‘Anti-Semitic Images’ Have ‘No Place In A Presidential Campaign’"): on
    // 1987 Reuters and US political copy those were companies and headline words.
    // "Unfortunately, some people…", "Nonetheless, House Republicans…", "“Together, we can…”": an
    // adverb the parser knows by its ending, or any word that opens a sentence and a comma, and that
    // the parser does not read as a person.
    if (!accepted[t.i] && !t.tags.has('Person') && (t.tags.has('Adverb') || (parsed.sentences[t.sentence].first === t.i && /^,/.test(t.post)))) return true;
    if (!accepted[t.i] && (/^[^\p{Ll}]+$/u.test(t.word) && t.word.length > 1 && !/^(?:\p{Lu}\.)+$/u.test(t.word) || t.pre.includes('<') || t.furniture === 'headline' || titleCase[t.sentence])) return true;
    // "Look, …", "ABC’s “Good Morning America”": a sentence's first word the lexicon knows as
    // something else, and capitals with a possessive.
    if (!accepted[t.i] && !t.tags.has('Person') && ((parsed.sentences[t.sentence].first === t.i && lexiconTags(t.lower).length > 0 && !lexiconTags(t.lower).some((tag) => tag.endsWith('Name'))) || /^\p{Lu}{2,}['’]s$/u.test(t.word))) return true;
    if (!titleCase[t.sentence] || t.tags.has('Person')) return false;
    const tags = lexiconTags(t.lower);
    return t.tags.has('Verb') || (tags.length > 0 && !tags.some((tag) => tag.endsWith('Name')));
  });
  // Runs rejected by an organisation rule are organisations (src/extractors/organisations.ts lists them).
  const organisationRuns = rejected.filter((r) => ORGANISATION_RULES.has(r.ruleId));
  return { runs, organisationRuns, marks: { mark, opens, nameWords, lexiconTags, titleCase, blocked }, nextToCue };
}

// Stages 3 to 5: people from name runs.
function buildPeople(parsed: ParsedText, rules: CompiledRules, countryAt: (CountryMatch | null)[], runs: NameRun[], nextToCue: (r: NameRun) => boolean): PeopleResult {
  const tokens = parsed.tokens;
  // 3. One person per name: full names first, then single words joined to the full name they end.
  // Clusters are indexed by their last and first words, and each keeps its runs' starts in text
  // order, so joining a run costs a lookup and a binary search, not a scan of every name so far
  // (a 800 KB file of distinct names took a minute with the scan).
  const keyOf = (r: NameRun) => tokens.slice(r.first, r.last).map((t) => nameWordKey(t.lower));
  const clusters: Cluster[] = [];
  const byLast = new Map<string, Cluster[]>();
  const byFirst = new Map<string, Cluster[]>();
  // "Morris J. Brooks Jr. … Representative Brooks": the surname before a generational suffix (rules:
  // name-suffix), for lone words that end no other name ("Trump" stays with "Donald Trump", not "Donald Trump Jr.").
  const bySuffixed = new Map<string, Cluster[]>();
  const addCluster = (key: string[], r: NameRun) => {
    const c: Cluster = { key, runs: [], starts: [[], []] };
    joinCluster(c, r);
    clusters.push(c);
    push(byLast, key.at(-1)!, c);
    if (key.length > 1) push(byFirst, key[0], c);
    if (key.length > 2 && rules.nameSuffixes.has(key[key.length - 1].replace(/\.$/, ''))) push(bySuffixed, key[key.length - 2], c);
  };
  // Multi-word runs come in text order, then single words in text order: each list stays sorted.
  const joinCluster = (c: Cluster, r: NameRun) => {
    c.runs.push(r);
    c.starts[r.last - r.first > 1 ? 0 : 1].push(r.first);
  };
  const lastMentioned = (cands: Cluster[], before: number) =>
    cands.reduce((best, c) => (lastStartBefore(c, before) > lastStartBefore(best, before) ? c : best));
  const multiRuns = runs.filter((r) => r.last - r.first > 1);
  for (const r of multiRuns) {
    const key = keyOf(r);
    // "Stelios Haji-Ioannou" and "Haji-Ioannou", "Hillary Rodham Clinton" and "Rodham Clinton": a
    // name that ends another joins it; "Bill Clinton" and "Hillary Clinton" stay apart.
    let same = (byLast.get(key.at(-1)!) ?? []).filter((c) => c.key.length > 1 && (compatibleFirst(c.key[0], key[0]) || endsWith(c.key, key) || endsWith(key, c.key)));
    // "Leonard Dozier Hill III … Leonard Hill", "Joe Manchin III … Joe Manchin": a shorter name joins
    // the one with a generational suffix; "Donald Trump Jr." and "Donald Trump", one name apart only by
    // a son's suffix, stay two people (rules: name-suffix-son).
    const suffixed = key.length > 2 && rules.nameSuffixes.has(key[key.length - 1].replace(/\.$/, ''));
    const shorter = (long: string[], short: string[]) =>
      (short.length < long.length - 1 || (short.length === long.length - 1 && !rules.sonSuffixes.has(long[long.length - 1].replace(/\.$/, '')))) && compatibleFirst(long[0], short[0]);
    if (!same.length && !suffixed) same = (bySuffixed.get(key.at(-1)!) ?? []).filter((c) => shorter(c.key, key));
    if (!same.length && suffixed) same = (byLast.get(key[key.length - 2]) ?? []).filter((c) => c.key.length > 1 && shorter(key, c.key));
    if (same.length) joinCluster(lastMentioned(same, r.first), r);
    else addCluster(key, r);
  }
  for (const r of runs.filter((r) => r.last - r.first === 1)) {
    const word = keyOf(r)[0];
    let same = byLast.get(word) ?? [];
    if (!same.length) same = bySuffixed.get(word) ?? [];
    if (!same.length) same = byFirst.get(word) ?? [];
    if (same.length) joinCluster(lastMentioned(same, r.first), r);
    else addCluster([word], r);
  }
  // A lone first name the tagger knew ("Brent crude") is not how wire copy names a person; nor is
  // a lone word the story uses as a town ("the shooting in Orlando", "Orlando, Fla.").
  const kept = clusters.filter((c) => {
    const only = c.key.length === 1 && c.runs.every((r) => tokens[r.first].tags.has('FirstName') && !tokens[r.first].tags.has('LastName'));
    const town = c.key.length === 1 && c.runs.some((r) => usedAsPlace(parsed, r, rules));
    return !(only || town) || c.runs.some((r) => titleBefore(parsed, r, rules, countryAt) || nextToCue(r));
  });
  clusters.splice(0, clusters.length, ...kept);
  clusters.sort((a, b) => firstStart(a) - firstStart(b));

  // 4. Titles, country and gender of each person.
  const people: Person[] = [];
  const mentions: MentionRef[] = [];
  const genders: (Gender | null)[] = [];
  const signatures: { country: string | null; head: string }[][] = [];
  clusters.forEach((c, p) => {
    c.runs.sort((a, b) => a.first - b.first);
    const titles: string[] = [];
    const sigs: { country: string | null; head: string }[] = [];
    let country: string | null = null;
    let gender: Gender | null = null;
    for (const r of c.runs) {
      for (const span of [titleBefore(parsed, r, rules, countryAt), titleAfter(parsed, r, rules)]) {
        if (!span) continue;
        const lastWord = tokens[span.last - 1];
        // "Sen." keeps its full stop.
        const text = parsed.text.slice(tokens[span.first].start, lastWord.end + (isHonorific(lastWord, rules) && lastWord.post.startsWith('.') && !lastWord.word.endsWith('.') ? 1 : 0));
        if (!titles.some((t) => t.toLowerCase() === text.toLowerCase())) titles.push(text);
        const code = countryIn(span, countryAt);
        country ??= code;
        const head = headIn(parsed, span, rules);
        if (head) sigs.push({ country: code, head });
      }
      gender ??= genderOf(parsed, r);
      mentions.push({ person: p, first: r.first, last: r.last, kind: 'name', ruleId: r.ruleId });
    }
    const best = c.runs.reduce((a, b) => (b.last - b.first > a.last - a.first ? b : a));
    const person: Person = {
      name: parsed.text.slice(tokens[best.first].start, tokens[best.last - 1].end),
      titles,
      country,
      mentions: [],
    };
    for (const r of c.runs) {
      const tag = partyTagAfter(parsed, r, rules);
      if (!tag) continue;
      person.party ??= tag.party;
      person.region ??= tag.region;
    }
    people.push(person);
    genders.push(gender);
    signatures.push(sigs);
  });

  // 5. "the Russian president", "The Slovak PM": a description that fits exactly one person's titles.
  for (const d of findDescriptions(parsed, rules, countryAt, mentions)) {
    const fits = signatures.map((sigs, p) => (sigs.some((s) => s.head === d.head && (d.country === null || s.country === d.country)) ? p : -1)).filter((p) => p >= 0);
    if (fits.length === 1) mentions.push({ person: fits[0], first: d.first, last: d.last, kind: 'description', ruleId: 'person-description' });
  }
  mentions.sort((a, b) => a.first - b.first);
  for (const m of mentions) {
    const start = tokens[m.first].start;
    const end = tokens[m.last - 1].end;
    people[m.person].mentions.push({ text: parsed.text.slice(start, end), start, end, kind: m.kind, ruleId: m.ruleId });
  }
  return { people, mentions, genders, signatures };
}

function rangeSome(tokens: Token[], r: { first: number; last: number }, f: (t: Token) => boolean): boolean {
  for (let k = r.first; k < r.last; k++) if (f(tokens[k])) return true;
  return false;
}

function rangeEvery(tokens: Token[], r: { first: number; last: number }, f: (t: Token) => boolean): boolean {
  return !rangeSome(tokens, r, (t) => !f(t));
}

// "G. Thorpe", "W.E.B. Du Bois": initials before a surname.
function isInitial(t: Token): boolean {
  return /^(?:[A-Z]\.?|(?:[A-Z]\.){2,})$/.test(t.word) && /^\./.test(t.post + '.') && (t.word.endsWith('.') || t.post.startsWith('.'));
}

// "Sen. Claire McCaskill (D-Mo.) said", "Sen. Jim Risch, R-Idaho, said": the tag right after the name.
function partyTagAfter(parsed: ParsedText, r: NameRun, rules: CompiledRules): { party: string; region: string } | null {
  const next = parsed.tokens[r.last];
  const end = parsed.tokens[r.last - 1];
  if (!next || next.sentence !== end.sentence) return null;
  const between = end.post + next.pre;
  return /^\s*(\(|,)\s*$/.test(between) ? partyTag(next, rules) : null;
}

// "in Orlando" (rules: not-person-place-before), "the Orlando shooting" (not-person-place-after), "Orlando, Fla.", "Orlando, Florida" (rules:
// state-abbreviation, not-person-place): a lone word used as a town.
function usedAsPlace(parsed: ParsedText, r: { first: number; last: number }, rules: CompiledRules): boolean {
  const tokens = parsed.tokens;
  if (r.last - r.first !== 1) return false;
  const t = tokens[r.first];
  const prev = tokens[r.first - 1];
  const next = tokens[r.last];
  if (t.possessive) return false;
  const sameSentence = (u: Token | undefined) => !!u && u.sentence === t.sentence;
  // "the Kent, Wash.-based retailer": the abbreviation may open a compound.
  if (sameSentence(next) && /^,\s*$/.test(t.post) && isCapitalised(next) &&
    (isStateAbbreviation(next, rules) || rules.notPersonPlaces.has(next.lower))) return true;
  // "after the Orlando shooting" (rules: not-person-place-after)
  const eventAfter = sameSentence(next) && /^\s+$/.test(t.post) && rules.placeNounsAfter.has(next.lower);
  const prepositionBefore = sameSentence(prev) && rules.placePrepositions.has(prev.lower) && /^\s+$/.test(prev.post) &&
    !(sameSentence(next) && /^\s*$/.test(t.post) && isCapitalised(next));
  if (!eventAfter && !prepositionBefore) return false;
  const tags = lexiconTags(t.lower);
  return tags.length > 0 && tags.every((tag) => /^(Person|FirstName|MaleName|FemaleName|Place|City)$/.test(tag));
}

// rules: scorecard-marker. The marker is written in lower case and stands between names.
function onScorecard(parsed: ParsedText, r: NameRun, rules: CompiledRules): boolean {
  const tokens = parsed.tokens;
  const prev = tokens[r.first - 1];
  const next = tokens[r.last];
  const sentence = tokens[r.first].sentence;
  const marker = (t: Token | undefined) => !!t && t.sentence === sentence && rules.scorecardMarkers.has(t.word);
  const spaced = (t: Token) => /^\s+$/.test(t.post);
  if (marker(prev) && spaced(prev) && /^\s*$/.test(tokens[r.first].pre)) return true;
  if (!next || next.sentence !== sentence || !spaced(tokens[r.last - 1])) return false;
  if (marker(next) && spaced(next) && tokens[r.last + 1] && isCapitalised(tokens[r.last + 1])) return true;
  if (/^\d+-\d+-\d+-\d+$/.test(next.word)) return true;
  return /^\d+$/.test(next.word) && tokens[r.last + 1]?.lower === 'not' && tokens[r.last + 2]?.lower === 'out';
}

interface Cluster {
  key: string[];
  runs: NameRun[];
  /** Starts of the cluster's multi-word runs and of its single-word runs, each in text order. */
  starts: [number[], number[]];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The last start before `before` in a sorted list, or -1 (binary search). */
function lastBefore(sorted: number[], before: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < before) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1] : -1;
}

function lastStartBefore(c: Cluster, before: number): number {
  return Math.max(lastBefore(c.starts[0], before), lastBefore(c.starts[1], before));
}

function firstStart(c: Cluster): number {
  return Math.min(c.starts[0][0] ?? Infinity, c.starts[1][0] ?? Infinity);
}

function endsWith(key: string[], tail: string[]): boolean {
  return tail.length < key.length && tail.every((w, n) => key[key.length - tail.length + n] === w);
}

function compatibleFirst(a: string, b: string): boolean {
  return a === b || a[0] === b[0];
}

// "Agence France-Presse", "European Council", "the Druzhba pipeline": organisations, places, things.
// Returns the rule that says so, or null. "organisation-tagged" is compromise's Organization tag alone.
function isOrganisation(parsed: ParsedText, r: NameRun, rules: CompiledRules): string | null {
  const tokens = parsed.tokens;
  const words = tokens.slice(r.first, r.last).map((t) => t.lower);
  // The head of an organisation's name comes last ("Union Bank", not "Bill Clinton"); "Australian
  // Jason Day" is a given name and a surname (rules: organisation-word-surname).
  const surname = words.length === 2 && rules.organisationWordSurnames.has(words[1]) && (onlyGivenName(words[0]) || tokens[r.first].tags.has('FirstName'));
  if (rules.notPersonWords.has(words[words.length - 1]) && !surname) return 'not-person-organisation-word';
  const next = tokens[r.last];
  if (next && next.sentence === tokens[r.first].sentence && isCapitalised(next) && rules.notPersonWords.has(next.lower) && /^[\s-]*$/.test(tokens[r.last - 1].post)) return 'not-person-organisation-word';
  // "lead manager Credit Suisse First Boston Ltd": capitalised words up to a company suffix are the company's name.
  for (let k = r.last; k < r.last + 4 && tokens[k] && tokens[k].sentence === tokens[r.first].sentence && /^\s+$/.test(tokens[k - 1].post) && isCapitalised(tokens[k]); k++) {
    if (rules.companySuffixes.has(tokens[k].lower.replace(/\.$/, ''))) return 'not-person-organisation-word';
  }
  if (firmPartners(parsed, r, rules)) return 'not-person-firm-partners';
  const prev = tokens[r.first - 1];
  // "the Anglo-Dutch group": a word hyphened onto the one before. A spaced dash separates instead
  // ("Milan - Dejan Savicevic (21st)", "Gloria Bistrita - Ilie Lazar").
  if (prev && /^-$/.test(prev.post) && isCapitalised(prev)) return 'not-person-hyphenated';
  // "Santos 2 Morelia 1", "Viking 1 Moss 0": teams on a results line, a score after each.
  const sameSentence = (t: Token | undefined) => !!t && t.sentence === tokens[r.first].sentence;
  const score = (t: Token | undefined) => sameSentence(t) && /^\d+$/.test(t!.word) && /^\s+$/.test(t!.post) && t!.pre === '';
  if (score(next) && /^\s+$/.test(tokens[r.last - 1].post) && sameSentence(tokens[r.last + 1]) && isCapitalised(tokens[r.last + 1])) return 'not-person-results-line';
  // "282 Corey Pavin 73 70 70 69": a golfer's total and rounds, not one score each side.
  const rounds = sameSentence(tokens[r.last + 1]) && /^\d+$/.test(tokens[r.last + 1].word);
  if (score(prev) && sameSentence(next) && /^\d+$/.test(next.word) && /^\s+$/.test(tokens[r.last - 1].post) && !rounds) return 'not-person-results-line';
  // "defend the Second Amendment" (rules: not-person-noun-suffix)
  const head = tokens[r.last - 1];
  if (head.word.length >= 7 && !head.tags.has('Person') && rules.notPersonNounSuffixes.some((s) => head.lower.endsWith(s))) return 'not-person-noun-suffix';
  // "Shares of Northgate Fabrics rose" (rules: not-person-plural-head)
  // "Derek Mills (U.S.) 44.78": a given name before a word the lexicon does not know as a plural noun is a surname.
  if (rules.notPersonPluralHead && r.last - r.first > 1 && head.tags.has('Plural') && !head.tags.has('Person') &&
    !(r.last - r.first === 2 && onlyGivenName(words[0]) && lexiconTags(head.lower).length === 0)) return 'not-person-plural-head';
  // "the Lincoln-Douglas debates" (rules: not-person-compound-modifier)
  if (prev && rules.compoundModifierBefore.has(prev.word) && rangeSome(tokens, { first: r.first, last: r.last - 1 }, (t) => /^-$/.test(t.post))) return 'not-person-compound-modifier';
  // "Team Clinton" (rules: not-person-first-word)
  if (r.last - r.first > 1 && rules.notPersonFirstWords.has(words[0])) return 'not-person-first-word';
  // "Harris Upham & Co", "Smith Barney & Co.": people's names do not run on after an ampersand.
  if (next && next.sentence === tokens[r.first].sentence && /^\s*&\s*$/.test(tokens[r.last - 1].post)) return 'not-person-ampersand';
  // "Smith Barney, Harris Upham & Co": the first of a firm's partner names, before a comma.
  if (next && /^\s*,\s*$/.test(tokens[r.last - 1].post)) {
    for (let k = r.last; k < r.last + 4 && k < tokens.length && tokens[k].sentence === next.sentence && isCapitalised(tokens[k]); k++) {
      if (/^\s*&\s*$/.test(tokens[k].post)) return 'not-person-ampersand';
      if (!/^\s*$/.test(tokens[k].post)) break;
    }
  }
  // "Merrill Lynch analyst Tom Reid", "Mercer Holt shares fell" (rules: not-person-context-after)
  if (next && next.sentence === tokens[r.first].sentence && /^\s*$/.test(tokens[r.last - 1].post) && !isCapitalised(next) &&
    rules.orgContextAfter.has(next.lower) && !next.tags.has('Verb')) return 'not-person-context-after';
  // "Robertson, Colman and Stephens co-managed the deal" (rules: not-person-firm-verb-after)
  if (next && next.sentence === tokens[r.first].sentence && /^\s+$/.test(tokens[r.last - 1].post) && rules.firmVerbsAfter.has(next.lower)) return 'not-person-firm-verb-after';
  // "Seagram fell 2-1/8 to 100-3/8, Inco slipped 1/8" (rules: not-person-stock-move)
  if (next && /^\s+$/.test(tokens[r.last - 1].post)) {
    for (const phrase of rules.stockMoves) {
      const price = tokens[r.last + phrase.length];
      if (price && price.sentence === next.sentence && /^\d+(-\d+)?\/\d+$/.test(price.word) && phrase.every((w, n) => tokens[r.last + n]?.lower === w && /^\s+$/.test(tokens[r.last + n].post))) return 'not-person-stock-move';
    }
  }
  // "DNAinfo reported", "JPMorgan said", "an iPhone app" (rules: not-person-brand-case): capitals run
  // on into lower case inside one word, as brands are written; names capitalise one letter per part
  // ("McDonald", "DeSantis", "LaToya").
  // Two capitals are often a slip of the shift key ("HIllary Clinton"): brand case only when the
  // word with one capital is no word the lexicon knows.
  const brandCase = (w: string) => /^\p{Lu}{3,}\p{Ll}{2,}/u.test(w) || /^\p{Ll}+\p{Lu}/u.test(w) || (/^\p{Lu}{2}\p{Ll}{2,}$/u.test(w) && lexiconTags(w.toLowerCase()).length === 0);
  if (rules.notPersonBrandCase && rangeSome(tokens, r, (t) => brandCase(t.word))) return 'not-person-brand-case';
  // "USATODAY.com" (rules: not-person-web-address)
  if (rangeSome(tokens, r, (t) => t.lower.includes('.') && rules.webDomains.has(t.lower.split('.').at(-1)!))) return 'not-person-web-address';
  // "an analyst at Morgan Stanley", "shares of Mercer Holt", "appeared on Hannity" (rules: not-person-context-before)
  for (const phrase of rules.orgContextBefore) {
    if (phrase.length > r.first) continue;
    if (phrase.every((w, n) => {
      const t = tokens[r.first - phrase.length + n];
      return t.lower === w && t.sentence === tokens[r.first].sentence && (n < phrase.length - 1 ? /^\s*$/.test(t.post) : /^\s*$/.test(t.post));
    })) return 'not-person-context-before';
  }
  for (let k = 0; k < words.length; k++) {
    for (const parts of rules.notPersonNames.byFirst.get(words[k]) ?? []) {
      if (parts.every((p, n) => tokens[r.first + k + n]?.lower === p)) return 'not-person-agency';
    }
    // "Smith Barney, Merrill Lynch and Shearson said" (rules: not-person-firm-name)
    for (const parts of rules.notPersonFirms.byFirst.get(words[k]) ?? []) {
      if (parts.every((p, n) => tokens[r.first + k + n]?.lower === p)) return 'not-person-firm-name';
    }
  }
  return rangeSome(tokens, r, (t) => t.tags.has('Organization')) && !rangeSome(tokens, r, (t) => t.tags.has('Person')) ? 'organisation-tagged' : null;
}

// "Ukrainian President", "Kremlin spokesman", "US President", "Russian leader" before the name.
function titleBefore(parsed: ParsedText, r: NameRun, rules: CompiledRules, countryAt: (CountryMatch | null)[]): { first: number; last: number } | null {
  const tokens = parsed.tokens;
  let first = r.first;
  let hasHead = false;
  for (let k = r.first - 1; k >= 0; k--) {
    const t = tokens[k];
    // "Sen. Claire McCaskill": an abbreviated honorific keeps its full stop.
    const stop = /^\.\s*$/.test(t.post) && isHonorific(t, rules);
    if (t.sentence !== tokens[r.first].sentence || (!/^[\s-]*$/.test(t.post) && !stop) || t.possessive) break;
    const courtesy = COURTESY[t.lower.replace(/\.$/, '')] !== undefined;
    if (courtesy && k === r.first - 1) {
      first = k + 1;
      continue;
    }
    const head = isTitleHead(t, rules);
    // "Secretary of State Hillary Clinton", "Minister of Finance Ana Reyes": "of" between a title head and a capitalised word is the title's
    // (not right before the name: "the Star of David" names no one).
    const titleConnector = rules.titleNameConnectors.has(t.lower) && k > 0 && k + 1 < r.first && isTitleHead(tokens[k - 1], rules) && isCapitalised(tokens[k - 1]) && isCapitalised(tokens[k + 1]);
    const ok = head || titleConnector || (isHonorific(t, rules) && !courtesy) || rules.titleModifiers.has(t.lower) || countryAt[k] !== null ||
      (isCapitalised(t) && parsed.sentences[t.sentence].first !== k && !t.tags.has('Person'));
    if (!ok) break;
    hasHead ||= head || isHonorific(t, rules);
    first = k;
  }
  // Trim leading words that are not title words ("Russia's" is cut above; "Western" here).
  while (first < r.first && !isTitleWord(tokens[first], rules) && !countryAt[first] && !isTitleHead(tokens[first], rules)) {
    if (isCapitalised(tokens[first]) && rangeSome(tokens, { first, last: r.first }, (t) => isTitleHead(t, rules))) break;
    first++;
  }
  // "Goldman Sachs chief economist Jan Hatzius", "Rules Committee Chairman Bruce Ash": the walk
  // stops before a capitalised word that opens the sentence, but the title would then start inside
  // a name ("Sachs chief economist"), so that word is the title's too. "Reserve Bank of Australia
  // governor Michele Bullock": after "of", the capitalised words are the end of an organisation's
  // name, not the title ("Australia governor" would be a fragment).
  const cut = first < r.first ? cutFromName(parsed, first, rules, countryAt) : null;
  if (cut === 'extend') first--;
  if (cut === 'trim') {
    // "Department of Justice Inspector General Michael Horowitz": after an organisation's head and
    // "of", the next word is the name's even when it is a title word too ("Justice"); after a
    // title ("Secretary of State") it is the title's.
    const ofOrganisation = rules.organisationNameHeads.has(tokens[first - 2].lower);
    if (ofOrganisation && first < r.first - 1) first++;
    while (first < r.first && isCapitalised(tokens[first]) && !isTitleHead(tokens[first], rules) && !isHonorific(tokens[first], rules)) first++;
  }
  let last = r.first;
  while (last > first && COURTESY[tokens[last - 1].lower.replace(/\.$/, '')] !== undefined) last--;
  if (!hasHead || first >= last) return null;
  return { first, last };
}

/**
 * Token k continues a capitalised name that starts before it: the sentence's first word ("Goldman |
 * Sachs": extend the title to it) or a name joined by "of" ("Bank of | Australia": trim it off).
 * (Not after an article, an adjective, a verb, a party or a country: "The Washington Post
 * columnist", "Former House Speaker", "Welcoming Soviet leader", "Republican Arizona senator".)
 */
function cutFromName(parsed: ParsedText, k: number, rules: CompiledRules, countryAt: (CountryMatch | null)[]): 'extend' | 'trim' | null {
  const tokens = parsed.tokens;
  const before = tokens[k - 1];
  if (!before || before.sentence !== tokens[k].sentence || !/^\s+$/.test(before.post) || before.possessive || !isCapitalised(tokens[k])) return null;
  if (isCapitalised(before)) {
    const opens = isSentenceStart(parsed, before) && !isTitleWord(before, rules) && !countryAt[before.i] && !rules.partyTags.has(before.lower) &&
      !['Determiner', 'Adjective', 'Adverb', 'Conjunction', 'Preposition', 'Pronoun', 'Demonym', 'Gerund', 'PastTense', 'Auxiliary', 'Modal', 'Date', 'Value', 'QuestionWord'].some((tag) => before.tags.has(tag)) &&
      // ("Enter President Trump", "Is President Obama": a verb the lexicon knows; "Northgate", which
      // the tagger reads as a verb at a sentence start, is no word of it.)
      !(before.tags.has('Verb') && lexiconTags(before.lower).some((tag) => /Infinitive|Copula|Tense|Gerund|Verb|Auxiliary|Modal|Participle/.test(tag)));
    return opens ? 'extend' : null;
  }
  const name = tokens[k - 2];
  return rules.titleNameConnectors.has(before.lower) && !!name && name.sentence === before.sentence && /^\s+$/.test(name.post) && isCapitalised(name) ? 'trim' : null;
}

// "Antonio Costa, a senior European Union official," and "Costa, who is President of the European Council,".
function titleAfter(parsed: ParsedText, r: NameRun, rules: CompiledRules): { first: number; last: number } | null {
  const tokens = parsed.tokens;
  const end = tokens[r.last - 1];
  if (!/^,\s*$/.test(end.post)) return null;
  let k = r.last;
  if (tokens[k]?.lower === 'who' && /^(is|was|has been|had been)$/.test(tokens[k + 1]?.lower ?? '')) k += 2;
  if (/^(a|an|the)$/.test(tokens[k]?.lower ?? '')) k++;
  const first = k;
  let hasHead = false;
  for (; k < tokens.length && k - first < 10; k++) {
    const t = tokens[k];
    if (t.sentence !== end.sentence || t.tags.has('Verb') || t.tags.has('Pronoun')) return null;
    const word = t.lower;
    const ok = isTitleWord(t, rules) || isCapitalised(t) || t.tags.has('Adjective') || (hasHead && /^(of|the|for|at)$/.test(word));
    if (!ok) return null;
    hasHead ||= isTitleHead(t, rules);
    if (/[,.;:)]/.test(t.post) || k === parsed.sentences[t.sentence].last - 1) return hasHead ? { first, last: k + 1 } : null;
  }
  return null;
}

function countryIn(span: { first: number; last: number }, countryAt: (CountryMatch | null)[]): string | null {
  for (let k = span.first; k < span.last; k++) if (countryAt[k]) return countryAt[k]!.entry.code;
  return null;
}

/** The normalised head of a title ("Prime Minister" → "prime minister", "PM" → "prime minister"). */
function headIn(parsed: ParsedText, span: { first: number; last: number }, rules: CompiledRules): string | null {
  const tokens = parsed.tokens;
  let head: string | null = null;
  for (let k = span.first; k < span.last; k++) {
    const t = tokens[k];
    if (rules.titleExpansions.has(t.lower)) return rules.titleExpansions.get(t.lower)!;
    for (const parts of rules.titleHeads.byFirst.get(t.lower) ?? []) {
      if (parts.every((p, n) => tokens[k + n]?.lower === p) && k + parts.length <= span.last) {
        head = parts.join(' ');
        k += parts.length - 1;
        break;
      }
    }
    if (tokens[k].lower === 'of') break;
  }
  return head;
}

function genderOf(parsed: ParsedText, r: NameRun): Gender | null {
  const tokens = parsed.tokens;
  const prev = tokens[r.first - 1];
  const courtesy = prev ? COURTESY[prev.lower.replace(/\.$/, '')] : undefined;
  if (courtesy) return courtesy;
  const first = tokens[r.first];
  if (r.last - r.first > 1 && first.tags.has('MaleName')) return 'male';
  if (r.last - r.first > 1 && first.tags.has('FemaleName')) return 'female';
  return null;
}

interface Description {
  first: number;
  last: number;
  country: string | null;
  head: string;
}

// "the Russian president added", "The Slovak PM said": the + modifiers + title head, not followed by a name.
function findDescriptions(parsed: ParsedText, rules: CompiledRules, countryAt: (CountryMatch | null)[], names: MentionRef[]): Description[] {
  const tokens = parsed.tokens;
  const inName = new Set<number>();
  for (const m of names) for (let k = m.first; k < m.last; k++) inName.add(k);
  const found: Description[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].lower !== 'the') continue;
    let k = i + 1;
    let country: string | null = null;
    while (k < tokens.length && k - i < 5 && tokens[k].sentence === tokens[i].sentence && !inName.has(k)) {
      const t = tokens[k];
      if (countryAt[k]) country ??= countryAt[k]!.entry.code;
      else if (!rules.titleModifiers.has(t.lower) && !isTitleHead(t, rules)) break;
      if (!/^[\s-]*$/.test(t.post)) {
        k++;
        break;
      }
      k++;
    }
    const span = { first: i + 1, last: k };
    const head = span.last > span.first ? headIn(parsed, span, rules) : null;
    if (!head) continue;
    const lastTok = tokens[k - 1];
    if (!isTitleHead(lastTok, rules)) continue;
    const next = tokens[k];
    if (next && next.sentence === lastTok.sentence && /^[\s]*$/.test(lastTok.post) && (inName.has(k) || next.lower === 'of')) continue;
    found.push({ first: i, last: k, country, head });
    i = k - 1;
  }
  return found;
}

/** The tags compromise's lexicon gives a lower-case word ([] for a word it does not know). */
function lexiconTags(word: string): string[] {
  const lexicon = (languageModel().world() as unknown as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon;
  const entry = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
  return Array.isArray(entry) ? entry.map(String) : typeof entry === 'string' ? [entry] : [];
}

/** "Inc", "Co.", "Publishers", "Markets": a company suffix or a firm's head ends a firm's name (rules: not-person-firm-partners). */
function endsFirmName(t: Token, rules: CompiledRules): boolean {
  return rules.companySuffixes.has(t.lower.replace(/\.$/, '')) || rules.firmHeads.has(t.lower);
}

/** A word the lexicon knows, as something other than a name ("never", "drama"). */
function commonWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((tag) => tag.endsWith('Name'));
}

/** Words first…last that the lexicon knows as common words, or unknown past or present participles, never a name ("Little", "Crooked"). */
function onlyCommonWords(tokens: Token[], first: number, last: number): boolean {
  if (first >= last) return false;
  for (let k = first; k < last; k++) {
    const t = tokens[k];
    // ("Franz Konrad" beside "Konrad Porsche": the parser may call an unknown given name an adjective.)
    const tags = lexiconTags(t.lower);
    if (t.tags.has('FirstName') || tags.some((tag) => /Name$|^Person$|Place|City/.test(tag)) || !(tags.length || /(ed|ing|in['’]?)$/.test(t.lower))) return false;
  }
  return true;
}

/** A word the lexicon knows only as a given name ("derek", "corey"). */
function onlyGivenName(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length === 1 && /^(FirstName|MaleName|FemaleName)$/.test(tags[0]);
}

// Speakers: who said a quotation. For one document this module builds the candidate speakers
// once — person mentions (with the title words before them), "he"/"she" resolved to a person,
// organisation names, and descriptions ("a government spokesman", "the ministry") — and
// attributes direct quotations by applying ordered sieves, each a rule in
// src/rules/speakers.json (id, example, note, and the confidence measured for it), in the
// manner of the two-stage sieve of Muzny et al. (2017) behind CoreNLP's quote attributor.
// Shared by the two stages of the quotes extractor (direct quotes and reported speech), so it
// lives beside mentions.ts rather than in src/extractors/. It does not find quote spans.
import type { CompiledRules, Gender, SpeakerSieve } from './rules.js';
import type { MentionRef, OrganisationRef, PeopleResult } from './mentions.js';
import { closesQuote, endsPossessive, firstTokenFrom, isCapitalised, isSentenceStart, type ParsedText, type Token } from './parse.js';
import { isHonorific, isTitleHead, isTitleWord, partyTag } from './titles.js';
import { isDemonym } from './country-match.js';

import type { SpeakerKind } from './types.js';

export type { SpeakerKind } from './types.js';

export interface QuoteSpan {
  /** Content, without the marks. */
  start: number;
  end: number;
  /** Index of the opening mark; the closing mark is at `end` unless `closed` is false. */
  open: number;
  closed: boolean;
  paragraph: number;
  /** A transcript turn ("PENCE: …", "Q: …"): the label before the colon; `open` is its start. */
  label?: TurnLabel;
}

export interface TurnLabel {
  start: number;
  end: number;
  /** question: the interviewer's turn (Q:); answer: the interviewee's (A:); name: a named speaker. */
  kind: 'question' | 'answer' | 'name';
}

export interface Speaker {
  person: number | null;
  /** The words of a description or an organisation's name, when `person` is null. */
  description: string | null;
  first: number;
  last: number;
  pronoun: boolean;
  /** `person` when `person` is set; `organisation` for an organisation's name or an institution noun. */
  kind: SpeakerKind;
  /** A definite role ("the senator") read as the person the story gave that role (speaker-definite-role). */
  role?: boolean;
}

export interface Cue {
  first: number;
  last: number;
}

export interface Attribution {
  speaker: Speaker | null;
  cue: Cue | null;
  /** The rule id reported on the quote (kept as it was before the sieves had ids of their own). */
  ruleId: string;
  /** The sieve that decided the speaker (a rule id in speakers.json). */
  sieve: string;
}

/** How many tokens before a quote are searched for its cue and speaker. */
export const SCAN = 60;
/** How many tokens an appositive between a speaker and the cue may run: "Trump, the 2016 GOP
 * presidential frontrunner nationally and current polling leader in South Carolina, said". */
const APPOSITIVE = 24;

/** A document's speaker candidates and the tests the sieves are built from. */
export interface SpeakerFinder {
  parsed: ParsedText;
  rules: CompiledRules;
  inQuote: boolean[];
  cueAt(k: number): Cue | null;
  skipAdverbs(k: number, limit?: number): number;
  speakerAt(k: number): Speaker | null;
  followedByCue(m: { last: number }): boolean;
  skipAffiliation(j: number): number;
  /** Past a bracket or a name suffix right after a name: "Chaffetz (R-Utah)", "Bozell III". */
  skipAside(j: number): number;
  precededByPreposition(first: number): boolean;
  /** Candidates between tokens [from, to) that end at or before `to`, in text order. */
  candidatesIn(from: number, to: number): Speaker[];
  /** The words a speaker stands for: a person's canonical name, else the description. */
  nameOf(s: Speaker): string | null;
  /** The speaker a transcript turn's label stands for (sieve transcript-label). */
  labelSpeaker(span: QuoteSpan, spans: QuoteSpan[]): Speaker | null;
  /** The person of the story whose name ends with the words of tokens [first, last) ("Gowdy" → "Trey Gowdy"). */
  personLabelled(first: number, last: number): Speaker | null;
}

/** Marks the tokens that lie inside quotation spans. */
export function tokensInQuotes(tokens: Token[], spans: QuoteSpan[]): boolean[] {
  const inQuote = new Array<boolean>(tokens.length).fill(false);
  let s = 0;
  for (const t of tokens) {
    while (s < spans.length && spans[s].end <= t.start) s++;
    if (s < spans.length && t.start >= spans[s].start && t.start < spans[s].end) inQuote[t.i] = true;
  }
  return inQuote;
}

export function buildSpeakers(parsed: ParsedText, rules: CompiledRules, people: PeopleResult, organisations: OrganisationRef[], inQuote: boolean[]): SpeakerFinder {
  const { text, tokens } = parsed;
  const words = rules.speakerWords;
  const organisationAt = new Map<number, OrganisationRef>();
  const inOrganisation = new Array<boolean>(tokens.length).fill(false);
  for (const o of organisations) {
    if (!inQuote[o.first]) organisationAt.set(o.first, o);
    for (let i = o.first; i < o.last; i++) inOrganisation[i] = true;
  }
  // A person mention inside an organisation's name is the organisation (organisations.ts).
  const mentionAt = new Map<number, MentionRef>();
  for (const m of people.mentions) if (!inQuote[m.first] && !inOrganisation[m.first]) mentionAt.set(m.first, m);
  const mentionEndingAt = new Set([...mentionAt.values()].map((m) => m.last));

  // "…, saying she would run": the tagger reads "saying" before a pronoun as a noun ("a saying");
  // an -ing form after a comma or a subject, with no article or adjective before it, is the verb.
  const participleAt = (k: number): boolean => {
    const t = tokens[k];
    const before = tokens[k - 1];
    if (!/ing$/.test(t.lower) || !before) return false;
    return /[,–—]\s*$/.test(before.post) || (!before.tags.has('Determiner') && !before.tags.has('Adjective') && !before.possessive && !words.possessiveDeterminers.has(before.lower));
  };
  const cueAt = (k: number): Cue | null => {
    const t = tokens[k];
    if (!t || inQuote[k]) return null;
    for (const parts of rules.cuePhrases.byFirst.get(t.lower) ?? []) {
      if (parts.every((p, n) => tokens[k + n]?.lower === p)) return { first: k, last: k + parts.length };
    }
    // (`,” says Tom Hart, a farmer`: right after a quotation closed by a comma the tagger may read
    // "says" as a plural noun; there it can only be the verb. Not `her “work-related” emails`.)
    const afterQuoteComma = k > 0 && /[,?!]\s*([”"]|'')\s*$/.test(tokens[k - 1].post);
    if (rules.cueForms.has(t.lower) && (t.tags.has('Verb') || !t.tags.has('Noun') || t.tags.has('PastTense') || participleAt(k) || afterQuoteComma)) return { first: k, last: k + 1 };
    // cue-adjacent: ',” he continued.', 'He continued, “…”' — only where the verb closes its clause.
    let last = -1;
    if (rules.adjacentCueForms.has(t.lower)) last = k + 1;
    for (const parts of rules.adjacentCuePhrases.byFirst.get(t.lower) ?? []) {
      if (last < 0 && parts.every((p, n) => tokens[k + n]?.lower === p)) last = k + parts.length;
    }
    if (last > 0 && /^[,.:;]/.test(tokens[last - 1].post.trim())) return { first: k, last };
    return null;
  };
  // Also past auxiliaries and modals: `,” she has said`, `,” he will say`, `,” he would later write`.
  const skipAdverbs = (k: number, limit = 3): number => {
    let n = 0;
    while (n < limit && tokens[k] && !inQuote[k] && (tokens[k].tags.has('Adverb') || tokens[k].tags.has('Negative') || ((tokens[k].tags.has('Auxiliary') || tokens[k].tags.has('Modal')) && !tokens[k].tags.has('Copula'))) && !cueAt(k)) {
      k++;
      n++;
    }
    return k;
  };

  // "of" or "for" between two capitalised words, inside one name or title (rules: title-name-connector),
  // never right before a person ("Supporters of Sanders said", "Campaign for Trump says": a group).
  const innerConnector = (k: number): boolean =>
    k > 0 && rules.titleNameConnectors.has(tokens[k].lower) && isCapitalised(tokens[k - 1]) && !!tokens[k + 1] && isCapitalised(tokens[k + 1]) &&
    !mentionAt.has(k + 1) && /^\s+$/.test(tokens[k - 1].post) && /^\s+$/.test(tokens[k].post);
  // Candidates are built once per token: the sieves ask for the same positions many times.
  const memo = new Map<number, Speaker | null>();
  const speakerAt = (k: number): Speaker | null => {
    if (memo.has(k)) return memo.get(k)!;
    const s = findSpeakerAt(k);
    memo.set(k, s);
    return s;
  };
  // A speaker written at token k: a person mention (after any title words), a pronoun, an
  // organisation, or a description.
  const findSpeakerAt = (k: number): Speaker | null => {
    if (!tokens[k] || inQuote[k]) return null;
    const owned = ownedNameAt(k) ?? appositiveNameAt(k);
    if (owned) return owned;
    // "said the Rev. Peter Wherry", "said the former Gov. Ed Rendell": an article before the titles.
    let j = words.articles.has(tokens[k].lower) && tokens[k + 1] && isTitleWord(tokens[k + 1], rules) ? k + 1 : k;
    // Title words before the name: "Sen. Tom Carper", "former Pennsylvania Gov. Ed Rendell".
    // ("Secretary of State Hillary Clinton", "Centers for Disease Control Director Tom Frieden": "of"
    // and "for" between capitalised words are inside a title or a name.)
    while (j < k + 9 && tokens[j] && !mentionAt.has(j) && (isTitleWord(tokens[j], rules) || isCapitalised(tokens[j]) || (j > k && tokens[j].lower === 'and') || innerConnector(j)) && /^\.?[\s-]*$/.test(tokens[j].post)) j++;
    // "said retired surgeon Ben Carlson", "Republican party boss Ron Weiss told": lower-case nouns
    // and adjectives that describe the person, with no article, right before the name.
    if (!mentionAt.has(j) && !mentionAt.has(k)) j = descriptorRunEnd(j);
    let m = mentionAt.get(j) ?? mentionAt.get(k) ?? surnameAt(k);
    // "Trump spokesperson Ron Lieberman told", "Obama adviser David Axelrod said": a name used as a
    // modifier, then a role and the speaker's own name.
    if (m && !tokens[m.last - 1].possessive && /^\s*$/.test(tokens[m.last - 1].post)) {
      let n = m.last;
      while (n < m.last + 4 && tokens[n] && !mentionAt.has(n) && isTitleWord(tokens[n], rules) && /^[\s-]*$/.test(tokens[n].post)) n++;
      // ("former George W. Bush speechwriter Noam Neusner wrote": lower-case role nouns too.)
      if (n === m.last) {
        while (n < m.last + 3 && tokens[n] && !mentionAt.has(n) && !inQuote[n] && !isCapitalised(tokens[n]) && tokens[n].tags.has('Noun') && !tokens[n].tags.has('Verb') && !tokens[n].tags.has('Pronoun') && /^\s*$/.test(tokens[n].post)) n++;
        // (The last word is a role: "Ana Reyes beat Tom Marsh" is a subject, a verb and an object.)
        if (n > m.last && !(tokens[n - 1].tags.has('Actor') || isTitleHead(tokens[n - 1], rules))) n = m.last;
      }
      if (n > m.last && mentionAt.has(n)) m = mentionAt.get(n)!;
    }
    // "Powell’s office said", "Clinton’s campaign added": the institution speaks, not the person.
    if (m && institutionAfter(m.last)) return { person: null, description: text.slice(tokens[k].start, tokens[m.last].end), first: k, last: m.last + 1, pronoun: false, kind: 'organisation' };
    if (m) return { person: m.person, description: null, first: m.first, last: m.last, pronoun: false, kind: 'person' };
    const gender = rules.pronouns.get(tokens[k].lower);
    if (gender && (tokens[k].lower === 'he' || tokens[k].lower === 'she')) {
      const person = resolvePronoun(k, gender);
      return { person, description: null, first: k, last: k + 1, pronoun: true, kind: person !== null ? 'person' : 'unknown' };
    }
    if (words.organisationPronouns.has(tokens[k].lower)) return organisationPronounAt(k);
    // "the Home Office said", "The New York Times reported": an organisation's name, with its article.
    const o = organisationAt.get(k) ?? (/^the$/.test(tokens[k].lower) ? organisationAt.get(k + 1) : undefined);
    // "Bank of England Deputy Governor Sam Woods said": an organisation used as a modifier, then
    // the person's title and name (like "Obama adviser David Axelrod" above).
    if (o && /^\s+$/.test(tokens[o.last - 1].post)) {
      let n = o.last;
      while (n < o.last + 4 && tokens[n] && !mentionAt.has(n) && isTitleWord(tokens[n], rules) && /^\.?[\s-]*$/.test(tokens[n].post)) n++;
      const named = n > o.last ? mentionAt.get(n) : undefined;
      // (It starts at the organisation: the "of" inside "Department of Justice" opens no object.)
      if (named) return { person: named.person, description: null, first: k, last: named.last, pronoun: false, kind: 'person' };
    }
    // "Costa, who is President of the European Council, said": an organisation after a
    // preposition belongs to the phrase before it, it is not the subject.
    if (o && institutionAfter(o.last)) return { person: null, description: text.slice(tokens[k].start, tokens[o.last].end), first: k, last: o.last + 1, pronoun: false, kind: 'organisation' };
    if (o && !afterPreposition(k)) {
      // "the Senate minority leader said", "the White House press secretary told": a role held
      // in an organisation, not the organisation.
      const role = descriptionFrom(k);
      if (role && role.last > o.last && isTitleHead(tokens[role.last - 1], rules)) return role;
      const named = words.descriptionDeterminers.has(tokens[k].lower) ? namedBodyFrom(k, o.last) : null;
      if (named) return named;
      return { person: null, description: o.name, first: k, last: o.last, pronoun: false, kind: 'organisation' };
    }
    // (A demonym names the body too, though it is no organisation itself: "The Scottish government has said".)
    const nameEnd = !words.descriptionDeterminers.has(tokens[k].lower) ? -1 : (organisationAt.get(k + 1)?.last ?? (tokens[k + 1] && isCapitalised(tokens[k + 1]) && isDemonym(tokens[k + 1], rules.countries) ? k + 2 : -1));
    const d = descriptionFrom(k) ?? (nameEnd > 0 ? namedBodyFrom(k, nameEnd) : null) ?? documentFrom(k) ?? bareFrom(k);
    return d ? roleHolder(withAffiliation(d)) : unseenNameAt(k);
  };
  // "Sen. Ann Pell (D-Mo.) … “…,” the senator said", "Ben Carlson, a retired neurosurgeon, … the
  // retired neurosurgeon told": a definite role (rules: speaker-definite-role) is the person the
  // story last gave that role before it, by a title ("Sen."), the words before the name
  // ("billionaire businessman Tom Marsh") or an appositive after it ("Jane Doe, a 34-year-old
  // mother of three,"). With no such person it stays a description.
  const roleHolder = (d: Speaker): Speaker => {
    if (d.kind !== 'description' || d.person !== null || !words.definiteRole.has(tokens[d.first].lower) || d.last - d.first < 2) return d;
    const head = tokens[d.last - 1];
    if (!head.tags.has('Noun') || head.tags.has('Plural') || head.tags.has('Pronoun') || head.tags.has('Value') || head.tags.has('Date') || isHonorific(head, rules)) return d;
    const key = roleKey(head.lower);
    // ("the Florida senator", "the Wisconsin Republican": a capitalised word must be the person's
    // too, written by the name, or their party or state in a tag like "(R-Fla.)".)
    const marks = tokens.slice(d.first + 1, d.last).filter((t) => isCapitalised(t)).map((t) => t.lower);
    const seen = new Set<number>();
    for (let i = people.mentions.length - 1; i >= 0; i--) {
      const m = people.mentions[i];
      if (m.first >= d.first || seen.has(m.person) || inQuote[m.first]) continue;
      seen.add(m.person);
      const sigs = people.signatures[m.person] ?? [];
      const roles = rolesBefore(m.person, d.first);
      const titled = sigs.some((sig) => sig.head.split(' ').some((w) => roleKey(w) === key)) || roles.has(key);
      const { party, region } = people.people[m.person];
      const marked = marks.every((w) => roles.has(w) || party?.toLowerCase() === w || (!!region && abbreviates(region.toLowerCase().replace(/\./g, ''), w)));
      if (titled && marked) return { ...d, person: m.person, description: null, kind: 'person', role: true };
    }
    return d;
  };
  const roleKey = (w: string): string => words.roleAbbreviations.get(w) ?? rules.titleExpansions.get(w) ?? w;
  // The role words written next to a person's name before token `before`: the descriptors before
  // the name and an appositive after it.
  const rolesBefore = (person: number, before: number): Set<string> => {
    const found = new Set<string>();
    for (const m of people.mentions) {
      if (m.person !== person || m.first >= before || m.kind !== 'name') continue;
      for (let j = m.first - 1; j >= Math.max(0, m.first - 6); j--) {
        const t = tokens[j];
        if (t.sentence !== tokens[m.first].sentence || !/^[\s.-]*$/.test(t.post) || t.possessive || !(t.tags.has('Noun') || t.tags.has('Adjective') || isTitleWord(t, rules)) || t.tags.has('Pronoun')) break;
        // (Only roles and titles before a name: "a new poll Tom Marsh leads" gives him no "poll".)
        if (t.tags.has('Actor') || isTitleWord(t, rules) || isCapitalised(t)) found.add(roleKey(t.lower.replace(/\.$/, '')));
      }
      // ("The Home Secretary, Sarah Hughes, said", "the author of the book, Ann Pell,": a role set
      // off by a comma before the name; its head is the word before the comma or before "of".)
      if (m.first > 0 && /^,\s*$/.test(tokens[m.first - 1].post)) {
        let head = m.first - 1;
        for (let b = m.first - 1; b >= Math.max(0, m.first - 8) && tokens[b].sentence === tokens[m.first].sentence; b--) {
          const t = tokens[b];
          if (b < m.first - 1 && !/^[\s-]*$/.test(t.post)) break;
          if (t.tags.has('Preposition')) head = b - 1;
          else if (isTitleWord(t, rules)) found.add(roleKey(t.lower));
          else if (!t.tags.has('Adjective') && !t.tags.has('Noun') && !t.tags.has('Determiner')) break;
        }
        if (tokens[head]?.tags.has('Noun') && !tokens[head].possessive) found.add(roleKey(tokens[head].lower));
      }
      let j = skipAside(m.last);
      if (!/,\s*$/.test(tokens[j - 1]?.post ?? '')) continue;
      if (words.articles.has(tokens[j]?.lower ?? '')) j++;
      // (The appositive's own words, up to a preposition: "a member of the Living Church" gives
      // "member"; none where a verb comes first: "a poor view of Trump, the poll found".)
      const own: string[] = [];
      for (let n = j; n < j + 10 && tokens[n] && tokens[n].sentence === tokens[m.first].sentence && !inQuote[n]; n++) {
        const t = tokens[n];
        if ((t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective')) || t.tags.has('Pronoun')) {
          own.length = 0;
          break;
        }
        if (t.tags.has('Preposition')) break;
        if (t.tags.has('Noun') || isTitleWord(t, rules)) own.push(roleKey(t.lower));
        if (/[,.;:!?)]/.test(t.post)) break;
      }
      for (const w of own) found.add(w);
    }
    return found;
  };
  // "Harbor Bank’s Lisa Grant wrote", "Marsh’s senior adviser Tom Hart said", "his nephew Omar
  // Haddad added": a possessive (a capitalised name or his/her/their), any descriptors, then the
  // speaker's own name. The owner does not speak.
  const ownedNameAt = (k: number): Speaker | null => {
    let p = k;
    if (words.articles.has(tokens[p].lower)) p++;
    if (words.possessiveInstitution.has(tokens[k].lower)) p = k;
    else {
      while (p < k + 5 && tokens[p] && isCapitalised(tokens[p]) && !endsPossessive(tokens[p]) && /^\s*$/.test(tokens[p].post)) p++;
      if (!tokens[p] || !isCapitalised(tokens[p]) || !endsPossessive(tokens[p])) return null;
    }
    const owner = p + 1;
    if (!tokens[owner] || inQuote[owner] || !/^\s*$/.test(tokens[p].post)) return null;
    const m = mentionAt.get(owner) ?? mentionAt.get(descriptorRunEnd(owner));
    if (!m) return null;
    return { person: m.person, description: null, first: k, last: m.last, pronoun: false, kind: 'person' };
  };
  // "his wife, Ana Lazar, wrote", "said his best friend at college, Tom Hart, who…", "the
  // company's chief executive, Jeff Weiner, said": a description (an article or a possessive, then
  // a role) and the name set off after it by commas. The named person speaks.
  const appositiveNameAt = (k: number): Speaker | null => {
    const t = tokens[k];
    if (!(words.descriptionDeterminers.has(t.lower) || words.possessiveDeterminers.has(t.lower) || (isCapitalised(t) && endsPossessive(t)))) return null;
    let role = false;
    for (let c = k + 1; c < k + 9 && tokens[c] && !inQuote[c] && tokens[c].sentence === t.sentence && !mentionAt.has(c); c++) {
      const w = tokens[c];
      if (w.tags.has('Pronoun') || w.tags.has('Determiner') || cueAt(c) || (w.tags.has('Verb') && !w.tags.has('Noun') && !w.tags.has('Adjective'))) return null;
      role ||= w.tags.has('Actor') || isTitleHead(w, rules);
      if (/^,\s*$/.test(w.post)) {
        const m = role ? mentionAt.get(c + 1) : undefined;
        if (!m || !tokens[m.last] || !(/^,/.test(tokens[m.last - 1].post.trim()) || cueAt(skipAdverbs(m.last)))) return null;
        return { person: m.person, description: null, first: k, last: m.last, pronoun: false, kind: 'person' };
      }
      if (!/^[\s-]*$/.test(w.post)) return null;
    }
    return null;
  };
  // `,” said Virginia delegate Beau Correll, angered…`, `,” Mr. Prince said`: a name the tagger did
  // not read as a person, right next to its cue. It ends a run of descriptors (capitalised words,
  // title words, lower-case nouns): two or three capitalised words, or one after an honorific.
  // Its speaker is the name as written (no person of the story stands behind it).
  const unseenNameAt = (k: number): Speaker | null => {
    const cueBefore = [k - 1, k - 2].some((c) => c >= 0 && cueAt(c)?.last === k);
    let e = k;
    while (e < k + 8 && tokens[e] && !inQuote[e] && !inOrganisation[e] && !mentionAt.has(e) && tokens[e].sentence === tokens[k].sentence && !cueAt(e) && !tokens[e].possessive) {
      const t = tokens[e];
      if (t.tags.has('Pronoun') || t.tags.has('Determiner') || t.tags.has('Preposition') || t.tags.has('Conjunction') || t.tags.has('Value') || t.tags.has('Adverb')) break;
      if (!isCapitalised(t) && !(t.tags.has('Noun') || t.tags.has('Adjective'))) break;
      e++;
      if (!/^\.?[\s-]*$/.test(t.post)) break;
    }
    let f = e;
    while (f > k && isCapitalised(tokens[f - 1]) && tokens[f - 1].tags.has('ProperNoun') && !tokens[f - 1].tags.has('Place') && !isHonorific(tokens[f - 1], rules) && (f === e || (!isTitleHead(tokens[f - 1], rules) && /^\s*$/.test(tokens[f - 1].post)))) f--;
    const honorific = f > k && isHonorific(tokens[f - 1], rules);
    if (e - f > 3 || e - f < (honorific ? 1 : 2) || (!honorific && isTitleHead(tokens[e - 1], rules))) return null;
    if (!cueBefore && !cueAt(skipAdverbs(skipAside(e)))) return null;
    return { person: null, description: text.slice(tokens[f].start, tokens[e - 1].end), first: k, last: e, pronoun: false, kind: 'person' };
  };
  // `,” Trump responded.`, `said Cuban, who …`: the tagger sometimes misses a surname it found
  // elsewhere in the story. Next to a cue, up to four capitalised words (titles too) that end the name of a
  // person the story names are that person.
  const surnameAt = (j: number): MentionRef | undefined => {
    let n = j;
    while (n < j + 4 && tokens[n] && !inQuote[n] && !inOrganisation[n] && isCapitalised(tokens[n]) && !tokens[n].possessive && !cueAt(n)) {
      n++;
      if (!/^\.?\s*$/.test(tokens[n - 1].post)) break;
    }
    if (n === j) return undefined;
    const cueBefore = j > 0 && [j - 1, j - 2].some((c) => c >= 0 && cueAt(c)?.last === j);
    // (`,” Blunt, after a long pause, said`, `,” Paris, who used to work on Capitol Hill, said`: past an appositive.)
    if (!cueBefore && !cueAt(skipAdverbs(skipAside(n))) && !finiteCueAfterAppositive(n)) return undefined;
    // Past leading titles ("Ms. Boxer", "Sen. Tom Carper"); a surname may itself be a title word ("Boxer").
    let f = j;
    while (f < n - 1 && isTitleWord(tokens[f], rules)) f++;
    const person = personNamed(tokens.slice(f, n).map((t) => t.lower.replace(/’/g, "'").replace(/\.$/, '')));
    return person == null ? undefined : { person, first: j, last: n, kind: 'name', ruleId: 'speaker-surname' };
  };
  // `Blunt, after a long pause, said`: an appositive between commas, then a finite cue (not
  // `Trump, calling him…`, a participle that is the clause subject's).
  const finiteCueAfterAppositive = (j: number): boolean => {
    if (!tokens[j - 1] || !/,\s*$/.test(tokens[j - 1].post)) return false;
    let n = j;
    while (n < j + APPOSITIVE && tokens[n] && !inQuote[n] && !/[,.;:!?]/.test(tokens[n].post)) n++;
    if (!tokens[n] || inQuote[n] || !/,\s*$/.test(tokens[n].post)) return false;
    const cue = cueAt(skipAdverbs(n + 1));
    return !!cue && !/ing$/.test(tokens[cue.first].lower);
  };
  // "The council said the bridge was unsafe. It added: “We will reopen it in spring.”": "it"
  // before a cue is the organisation that last spoke nearby (rules: speaker-organisation-pronoun).
  const organisationPronounAt = (k: number): Speaker | null => {
    if (!cueAt(skipAdverbs(k + 1))) return null;
    const at = tokens[k].sentence;
    for (let s = at; s >= Math.max(0, at - 3); s--) {
      const sentence = parsed.sentences[s];
      if (tokens[k].paragraph - tokens[sentence.first].paragraph > 1) break;
      // (A source after its cue speaks too: "…, according to the monitoring group. It said …")
      const spoke = candidatesIn(sentence.first, s === at ? k : sentence.last).filter((c) => followedByCue(c) || [1, 2, 3].some((n) => cueAt(c.first - n)?.last === c.first)).at(-1);
      if (spoke) return spoke.kind === 'organisation' ? { ...spoke, first: k, last: k + 1, pronoun: true } : null;
    }
    return null;
  };
  // "the Scottish government said", "the Labour party said": a name before an institution noun
  // is the institution; "a Ministry of Defence spokesman said": before a role, the role holder.
  // Only after a determiner ("Iowa Republican strategist Grant Young said" is a person's
  // descriptors) and right before a cue.
  const namedBodyFrom = (k: number, nameEnd: number): Speaker | null => {
    let j = nameEnd;
    while (j < nameEnd + 2 && tokens[j] && !inQuote[j] && !isCapitalised(tokens[j]) && (isTitleHead(tokens[j], rules) || rules.organisationHeads.has(tokens[j].lower)) && /^\s*$/.test(tokens[j - 1].post)) j++;
    if (j === nameEnd || !cueAt(skipAdverbs(j))) return null;
    const head = tokens[j - 1];
    const kind = isTitleHead(head, rules) ? 'description' : 'organisation';
    return { person: null, description: text.slice(tokens[k].start, head.end), first: k, last: j, pronoun: false, kind };
  };
  // "A statement from Buckingham Palace said: “…”": a document the organisation issued, right
  // before a cue (rules: speaker-document-noun).
  const documentFrom = (k: number): Speaker | null => {
    const t = tokens[k + 1];
    if (!t || !words.descriptionDeterminers.has(tokens[k].lower) || !words.documentNouns.has(t.lower) || inQuote[k + 1]) return null;
    const end = skipAffiliation(k + 2);
    if (end === k + 2 || !cueAt(skipAdverbs(end))) return null;
    if (!rules.organisationHeads.has(tokens[end - 1].lower) && ![...organisationAt.values()].some((o) => o.last === end)) return null;
    return { person: null, description: text.slice(tokens[k].start, tokens[end - 1].end), first: k, last: end, pronoun: false, kind: 'organisation' };
  };
  // "a spokesman for the ministry said", "officials at Border Enforcement Investigations said": a
  // role held in an organisation speaks for it.
  const withAffiliation = (d: Speaker): Speaker => {
    const end = skipAffiliation(d.last);
    // (Also before a verb of reported speech: "A spokesman for the ministry declined to say";
    // and after its cue: "said a spokesman for the European Commission".)
    // Only a role or an institution, and only where the affiliation ends the phrase ("according
    // to an analysis of Federal Election Commission data" is no analysis by the commission).
    const head = tokens[d.last - 1];
    const speaksFor = isTitleHead(head, rules) || isTitleHead({ ...head, lower: head.lower.replace(/s$/, '') }, rules) || rules.organisationHeads.has(head.lower);
    const closes = !tokens[end] || tokens[end].sentence !== head.sentence || /[,;:.!?)]/.test(tokens[end - 1].post) || tokens[end].tags.has('Preposition');
    const cueBefore = speaksFor && closes && [1, 2].some((n) => d.first >= n && cueAt(d.first - n)?.last === d.first);
    if (end === d.last || !(cueBefore || cueAt(skipAdverbs(end)) || tokens[skipAdverbs(end)]?.tags.has('Verb'))) return d;
    return { ...d, description: text.slice(tokens[d.first].start, tokens[end - 1].end), last: end, kind: 'organisation' };
  };
  // "“The suspect fled,” police said", "Officials at the agency said", "said prosecutors": a plural
  // role or institution with no article, right next to its cue.
  const bareFrom = (start: number): Speaker | null => {
    // (`,” federal prosecutors wrote`, `,” senior officials said`: up to two lower-case words before the plural.)
    let k = start;
    while (k < start + 2 && tokens[k + 1] && !inQuote[k] && !isCapitalised(tokens[k]) && (tokens[k].tags.has('Adjective') || tokens[k].tags.has('Noun')) && !tokens[k].tags.has('Plural') && !tokens[k].tags.has('Pronoun') && !tokens[k].tags.has('Determiner') && !tokens[k].tags.has('Value') && !cueAt(k) && /^\s*$/.test(tokens[k].post)) k++;
    if (k > start && !tokens[k]?.tags.has('Plural')) k = start;
    const t = tokens[k];
    const institution = !!t && rules.organisationHeads.has(t.lower);
    // ("According to police, the man was …": the tagger reads "police" after "to" as a verb.)
    // ("according to company leaders" is no institution speaking: a noun after it is the head.)
    const plural = !!t && (t.tags.has('Plural') || (institution && accordingToEndsAt(k) && !tokens[k + 1]?.tags.has('Noun')));
    if (!t || inQuote[k] || !plural || t.tags.has('Pronoun') || (isCapitalised(t) && !isSentenceStart(parsed, t))) return null;
    if (!institution && !t.tags.has('Actor') && !isTitleHead({ ...t, lower: t.lower.replace(/s$/, '') }, rules)) return null;
    const cueBefore = [start - 1, start - 2].some((c) => c >= 0 && cueAt(c)?.last === start);
    if (!cueBefore && !cueAt(skipAdverbs(skipAffiliation(k + 1)))) return null;
    return { person: null, description: text.slice(tokens[start].start, t.end), first: start, last: k + 1, pronoun: false, kind: institution ? 'organisation' : 'description' };
  };
  const accordingToEndsAt = (k: number): boolean => {
    const c = k >= 2 ? cueAt(k - 2) : null;
    return !!c && c.last === k && isAccordingToCue(rules, tokens, c);
  };
  // Where a run of descriptors (lower-case nouns and adjectives, capitalised words, title words)
  // that starts at k ends at a person mention, that mention's first token; else k.
  const descriptorRunEnd = (k: number): number => {
    let j = k;
    let lower = 0;
    while (j < k + 7 && tokens[j] && !mentionAt.has(j) && !inQuote[j] && tokens[j].sentence === tokens[k].sentence && /^[\s-]*$/.test(tokens[j].post) && !tokens[j].possessive) {
      const t = tokens[j];
      if (cueAt(j) || t.tags.has('Pronoun') || t.tags.has('Determiner') || t.tags.has('Preposition') || t.tags.has('Conjunction') || t.tags.has('Value')) return k;
      if (!isCapitalised(t) && !isTitleWord(t, rules)) {
        if (!(t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('PastTense')) || (t.tags.has('Verb') && !t.tags.has('PastTense')) || ++lower > 3) return k;
      }
      j++;
    }
    return mentionAt.has(j) && j > k ? j : k;
  };
  const institutionAfter = (last: number): boolean => {
    const t = tokens[last];
    return !!t && endsPossessive(tokens[last - 1]) && rules.organisationHeads.has(t.lower) && !inQuote[last] && cueAt(skipAdverbs(last + 1)) !== null;
  };
  // "a government spokesman", "the ministry": determiner + words up to a noun head. The head must
  // be a role, unless a cue follows at once (`,” the website explains`, `said a person close to…`).
  const descriptionFrom = (k: number): Speaker | null => {
    const t = tokens[k];
    // "His campaign said", "their union warned": a possessive pronoun, only before an institution noun.
    const possessive = t && words.possessiveInstitution.has(t.lower);
    if (!t || (!words.descriptionDeterminers.has(t.lower) && !possessive)) return null;
    let j = k + 1;
    // "the editorial board recently wrote": the head is the last word before any adverbs and the cue.
    // Up to seven words: "the independent Vermont senator and Democratic presidential candidate".
    while (j < k + 7 && tokens[j] && tokens[j].sentence === t.sentence && /^[\s-]*$/.test(tokens[j].post) && !cueAt(j + 1) && !(tokens[j + 1]?.tags.has('Adverb') && cueAt(skipAdverbs(j + 1))) && !words.descriptionEnd.has(tokens[j + 1]?.lower ?? '')) j++;
    const head = tokens[j];
    // ("the Marsh campaign said": the tagger reads an institution noun after a name as a verb.)
    if (!head || !(head.tags.has('Noun') || (j > k + 1 && rules.organisationHeads.has(head.lower))) || head.tags.has('Pronoun') || inQuote[j]) return null;
    if (possessive) {
      if (!rules.organisationHeads.has(head.lower) || j !== k + 1 || !cueAt(skipAdverbs(j + 1)) || afterPreposition(k)) return null;
      return { person: null, description: text.slice(t.start, head.end), first: k, last: j + 1, pronoun: false, kind: 'organisation' };
    }
    // "Grant Young, an Iowa Republican strategist, said": a description set off after a person's
    // name describes that person, who is the speaker.
    if (k > 0 && /,\s*$/.test(tokens[k - 1].post) && mentionEndingAt.has(k) && /,\s*$/.test(head.post) && cueAt(skipAdverbs(j + 1))) return null;
    const beforeQuote = k > 0 && closesQuote(tokens[k - 1]);
    // "said a government spokesman", "According to the newspaper, “…”": a cue (word or phrase) ends right before.
    const cueBefore = [k - 1, k - 2, k - 3].some((c) => c >= 0 && cueAt(c)?.last === k);
    // "the ministry said", "the company added": an institution speaks like a role holder.
    const institution = rules.organisationHeads.has(head.lower) && cueAt(skipAdverbs(j + 1)) !== null && !afterPreposition(k);
    // "One intelligence source said", "Another child responded": any head as the subject of a
    // finite cue, but not an object ("issued a statement saying") nor after a preposition.
    const subjectCue = cueAt(skipAdverbs(j + 1));
    const before = tokens[k - 1];
    // (A document is no speaker by itself: "The statement said", "A letter from Jane Doe said";
    // speaker-document-noun gives it to the organisation that issued it.)
    const subject = !!subjectCue && /^\s*$/.test(head.post) && !words.documentNouns.has(head.lower) && !words.documentNouns.has(tokens[k + 1].lower) && !/ing$/.test(tokens[subjectCue.first].lower) && !afterPreposition(k) && (!before || /[,;:–—]\s*$/.test(before.post) || before.sentence !== t.sentence || !(before.tags.has('Verb') || before.tags.has('Preposition')));
    if (!isTitleHead(head, rules) && !institution && !(beforeQuote && cueAt(skipAdverbs(j + 1))) && !subject && !cueBefore) return null;
    return { person: null, description: text.slice(t.start, head.end), first: k, last: j + 1, pronoun: false, kind: descriptionKind(head, rules) };
  };

  // "President of the European Council", "a spokesman for the ministry", "Officials at the agency".
  const afterPreposition = (k: number): boolean => {
    let p = k - 1;
    if (tokens[p]?.lower === 'the') p--;
    return p >= 0 && tokens[p].sentence === tokens[k].sentence && words.affiliationBefore.has(tokens[p].lower);
  };
  // "Mr. Morgan of the Sierra Club said", "Ms. Ruiz from the Home Office told": an affiliation,
  // a preposition and a capitalised name, between a speaker and the cue.
  const skipAffiliation = (j: number): number => {
    j = skipAside(j);
    if (!tokens[j] || !words.affiliationPrepositions.has(tokens[j].lower) || /[,;:.]/.test(tokens[j - 1]?.post ?? '')) return j;
    let n = j + 1;
    if (tokens[n]?.lower === 'the') n++;
    // "a spokeswoman for the Department for Education said": a whole organisation's name.
    const o = organisationAt.get(n);
    if (o && !inQuote[n] && /^\s*$/.test(tokens[n - 1].post)) return o.last;
    // "a spokesman for the ministry said": an institution noun after "the".
    if (n > j + 1 && tokens[n] && !inQuote[n] && rules.organisationHeads.has(tokens[n].lower) && /^\s*$/.test(tokens[n - 1].post)) return n + 1;
    // "a spokesman for committee Democrats said": a lower-case noun or two before the name.
    let lower = n;
    while (lower < n + 2 && tokens[lower] && !inQuote[lower] && !isCapitalised(tokens[lower]) && tokens[lower].tags.has('Noun') && !tokens[lower].tags.has('Pronoun') && /^\s*$/.test(tokens[lower].post) && !cueAt(lower)) lower++;
    if (lower > n && tokens[lower] && isCapitalised(tokens[lower])) n = lower;
    const start = n;
    while (n < j + 8 && tokens[n] && !inQuote[n] && (isCapitalised(tokens[n]) || (n > start && words.affiliationJoiners.has(tokens[n].lower))) && !cueAt(n)) {
      n++;
      if (!/^[\s-]*$/.test(tokens[n - 1].post)) break;
    }
    return n > start && isCapitalised(tokens[n - 1]) ? n : j;
  };
  // "Jason Chaffetz (R-Utah) said", "Brent Bozell III, founder of…, said": a bracket or a name
  // suffix (rules: name-suffix) after the name is still the name.
  const skipAside = (j: number): number => {
    while (tokens[j] && !inQuote[j] && rules.nameSuffixes.has(tokens[j].lower.replace(/\.$/, '')) && /^[\s,.]*$/.test(tokens[j - 1]?.post ?? '')) j++;
    // "Mitch McConnell, R-Ky., said": a party tag between commas (rules: party-tag, state-abbreviation).
    const tag = tokens[j] && !inQuote[j] && /,\s*$/.test(tokens[j - 1]?.post ?? '') ? partyTag(tokens[j], rules) : null;
    if (tag && rules.stateAbbreviations.has(tag.region.toLowerCase()) && /,\s*$/.test(tokens[j].post)) return j + 1;
    if (tokens[j] && /\(/.test(tokens[j].pre + (tokens[j - 1]?.post ?? '')) && !/\)/.test(tokens[j - 1]?.post ?? '')) {
      for (let n = j; n < j + 6 && tokens[n] && !inQuote[n]; n++) if (/\)/.test(tokens[n].post)) return n + 1;
    }
    return j;
  };
  const followedByCue = (m: { last: number }): boolean => {
    let j = skipAside(m.last);
    const end = tokens[j - 1];
    if (/,/.test(end.post)) {
      // "met Senator Tom Marsh, who said it was “a good start”": a relative clause's cue.
      if (tokens[j]?.lower === 'who' && cueAt(skipAdverbs(j + 1))) return true;
      // Skip an appositive: "Costa, who is President of the European Council, said".
      let n = j;
      while (n < j + APPOSITIVE && tokens[n] && !/,/.test(tokens[n].post)) n++;
      if (tokens[n] && cueAt(skipAdverbs(n + 1))) return true;
    }
    j = skipAdverbs(skipAffiliation(j));
    return cueAt(j) !== null;
  };

  const precededByPreposition = (first: number): boolean => {
    let k = first - 1;
    while (k >= 0 && (isTitleWord(tokens[k], rules) || (isCapitalised(tokens[k]) && /^[\s-]*$/.test(tokens[k].post)) || innerConnector(k))) k--;
    return k >= 0 && words.objectBefore.has(tokens[k].lower) && tokens[k].sentence === tokens[first].sentence;
  };

  // The person a "he"/"she" stands for: in this paragraph, then up to ten before it (a profile names
  // its subject once and says "he" for paragraphs after; the nearest paragraph with a candidate
  // decides), the latest mention that speaks (followed by a cue), else the first that is not the
  // object of a preposition.
  const mentionsByParagraph = new Map<number, MentionRef[]>();
  for (const m of people.mentions) {
    const p = tokens[m.first].paragraph;
    const list = mentionsByParagraph.get(p) ?? [];
    list.push(m);
    mentionsByParagraph.set(p, list);
  }
  function resolvePronoun(k: number, gender: Gender): number | null {
    const para = tokens[k].paragraph;
    for (let p = para; p >= Math.max(0, para - 10); p--) {
      const cands = (mentionsByParagraph.get(p) ?? []).filter(
        (m) => m.first < k && !inQuote[m.first] && (people.genders[m.person] ?? gender) === gender,
      );
      if (!cands.length) continue;
      const speaking = cands.filter((m) => followedByCue(m));
      if (speaking.length) return speaking.at(-1)!.person;
      const subject = cands.find((m) => !precededByPreposition(m.first));
      return (subject ?? cands.at(-1)!).person;
    }
    return null;
  }

  const candidatesIn = (from: number, to: number): Speaker[] => {
    const cands: Speaker[] = [];
    for (let j = from; j < to; j++) {
      if (inQuote[j]) continue;
      const s = speakerAt(j);
      if (s && s.last <= to) {
        cands.push(s);
        j = s.last - 1;
      }
    }
    return cands;
  };

  // Transcript turns (sieve transcript-label). "PENCE:" is the person the story named
  // "Vice President Mike Pence"; "Q:" the interviewer its introduction names ("in an interview
  // with broadcaster Daniel Okafor", "Chris Wallace interviewed…"); "A:" the first other person it names.
  let roles: { interviewer: number | null; interviewee: number | null } | null = null;
  const interviewRoles = (introEnd: number) => {
    if (roles) return roles;
    const intro = people.mentions.filter((m) => tokens[m.first].start < introEnd && !inQuote[m.first]);
    let interviewer: number | null = null;
    for (let k = 0; k < tokens.length && tokens[k].start < introEnd && interviewer === null; k++) {
      for (const parts of rules.interviewerBefore.byFirst.get(tokens[k].lower) ?? []) {
        if (!parts.every((w, n) => tokens[k + n]?.lower === w)) continue;
        const end = k + parts.length;
        const m = intro.find((x) => x.first >= end && x.first < end + 8 && tokens[x.first].sentence === tokens[k].sentence);
        if (m) interviewer = m.person;
        break;
      }
      // "Fox News host Chris Wallace interviewed Vice President Mike Pence": the subject asks.
      if (interviewer === null && rules.interviewerVerbs.has(tokens[k].lower)) {
        const subject = intro.find((x) => x.last === k);
        const object = intro.find((x) => x.first > k && x.first < k + 8 && tokens[x.first].sentence === tokens[k].sentence);
        if (subject && object && subject.person !== object.person) interviewer = subject.person;
      }
    }
    const other = intro.find((m) => m.person !== interviewer);
    roles = { interviewer, interviewee: other ? other.person : null };
    return roles;
  };
  const labelWords = (label: string) =>
    label
      .toLowerCase()
      .replace(/’/g, "'")
      .split(/\s+/)
      .map((w) => w.replace(/\.$/, ''))
      .filter((w) => w && !rules.honorifics.has(w) && !rules.titleExpansions.has(w) && !rules.titleHeads.byFirst.get(w)?.some((p) => p.length === 1));
  // The person whose name ends with the label's words ("PENCE" → "Mike Pence"); with several, the
  // first named in the story.
  const personNamed = (words: string[]): number | null => {
    if (!words.length) return null;
    for (const m of people.mentions) {
      const name = people.people[m.person].name.toLowerCase().split(/\s+/);
      if (name.length >= words.length && words.every((w, n) => name[name.length - words.length + n] === w)) return m.person;
    }
    return null;
  };
  const labelSpeaker = (span: QuoteSpan, spans: QuoteSpan[]): Speaker | null => {
    const label = span.label;
    if (!label) return null;
    const first = firstTokenFrom(tokens, label.start);
    const last = Math.max(first + 1, firstTokenFrom(tokens, label.end));
    const at = { first, last, pronoun: false };
    if (label.kind !== 'name') {
      const { interviewer, interviewee } = interviewRoles(spans.find((s) => s.label)!.open);
      const person = label.kind === 'question' ? interviewer : interviewee;
      if (person !== null) return { ...at, person, description: null, kind: 'person' };
      // An unnamed interviewer ("Questions have been edited for length") is still the one asking.
      return label.kind === 'question' ? { ...at, person: null, description: 'the interviewer', kind: 'description' } : null;
    }
    const words = labelWords(text.slice(label.start, label.end));
    const person = personNamed(words);
    if (person !== null) return { ...at, person, description: null, kind: 'person' };
    // A name the story gives only as a label ("KATE BOULDUAN:", later "BOULDUAN:"): the fullest
    // label that ends with these words, in title case.
    let fullest = words;
    for (const s of spans) {
      if (s.label?.kind !== 'name') continue;
      const w = labelWords(text.slice(s.label.start, s.label.end));
      if (w.length > fullest.length && words.every((x, n) => w[w.length - words.length + n] === x)) fullest = w;
    }
    if (!fullest.length) return null;
    const name = fullest.map((w) => w.replace(/(^|[-'])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())).join(' ');
    return { ...at, person: null, description: name, kind: 'person' };
  };

  const personLabelled = (first: number, last: number): Speaker | null => {
    const person = personNamed(labelWords(text.slice(tokens[first].start, tokens[last - 1].end)));
    return person === null ? null : { first, last, pronoun: false, person, description: null, kind: 'person' };
  };

  return {
    labelSpeaker,
    personLabelled,
    parsed,
    rules,
    inQuote,
    cueAt,
    skipAdverbs,
    speakerAt,
    followedByCue,
    skipAffiliation,
    skipAside,
    precededByPreposition,
    candidatesIn,
    nameOf: (s) => (s.person !== null ? people.people[s.person].name : s.description),
  };
}

/** A description whose head is an institution ("the ministry", "the agency") speaks for an organisation. */
function descriptionKind(head: Token, rules: CompiledRules): SpeakerKind {
  // ("according to the Times": a capitalised head of a publication's or company's name.)
  return rules.organisationHeads.has(head.lower) || (isCapitalised(head) && rules.organisationNameHeads.has(head.lower)) ? 'organisation' : 'description';
}

/** What a sieve sees of one quotation. */
interface SieveInput {
  spans: QuoteSpan[];
  n: number;
  /** First token after the quote (-1 if none), last token before its opening mark (-1 if none). */
  after: number;
  before: number;
  /** The attributions of the quotes before this one. */
  done: Attribution[];
}

type SieveResult = { speaker: Speaker | null; cue: Cue | null; ruleId?: string } | null;
type Sieve = (f: SpeakerFinder, q: SieveInput) => SieveResult;

/** "fla" abbreviates "florida", "ky" "kentucky": the same first letter, then the rest in order. */
function abbreviates(short: string, word: string): boolean {
  if (!short || short[0] !== word[0]) return false;
  let i = 1;
  for (const ch of word.slice(1)) if (ch === short[i]) i++;
  return i >= short.length;
}

/** The first token of the sentence holding token k. The splitter often keeps a quotation closed
 * by a full stop and the next sentence together ("…the regime.” He echoed that, saying…"): a
 * capitalised word after such a closing mark starts a sentence too. */
function sentenceStart(f: SpeakerFinder, k: number): number {
  const { tokens, sentences } = f.parsed;
  const first = sentences[tokens[k].sentence].first;
  for (let j = k; j > first; j--) {
    if (!f.inQuote[j] && isCapitalised(tokens[j]) && /[.!?]\s*([”"]|'')\s+$/.test(tokens[j - 1].post)) return j;
  }
  return first;
}

// The nearest cue before a quote in its sentence, and what it tells; two sieves read it.
function nearestCueBefore(f: SpeakerFinder, q: SieveInput): { cue: Cue; inverted: Speaker | null; first: number } | null {
  const { tokens, sentences } = f.parsed;
  const span = q.spans[q.n];
  const before = q.before;
  // A quote that opens a new sentence — `said. “The goals came.”` — has no cue before it.
  if (before < 0 || tokens[before].paragraph !== span.paragraph || /[.!?]/.test(tokens[before].post)) return null;
  // A cue is near its quote: the scan back is bounded, so a sentence full of quotes stays linear.
  const first = Math.max(sentenceStart(f, before), before - SCAN);
  for (let k = before; k >= first; k--) {
    if (f.inQuote[k]) continue;
    const cue = f.cueAt(k);
    if (!cue) continue;
    // cue-takes-object: 'called Trump “unhinged”', 'told Reuters, “…”' — the next phrase is the object.
    const lemma = f.rules.cueForms.get(tokens[cue.first].lower);
    let inverted = lemma && f.rules.objectCueLemmas.has(lemma) ? null : f.speakerAt(cue.last);
    // `He says Obama “knows full well…”`: with a subject before the cue, the name after it is the
    // subject of the quoted clause, not an inverted speaker.
    if (inverted && f.candidatesIn(first, cue.first).some((s) => s.last === cue.first || f.skipAdverbs(s.last) === cue.first)) inverted = null;
    return { cue, inverted: inverted && inverted.last > before ? inverted : null, first };
  }
  return null;
}

/** Sieves for direct quotations by id; speakers.json gives their order. */
export const DIRECT_SIEVES: Record<string, Sieve> = {
  // `PENCE: We will…`, `Q: Why now?`: a transcript turn belongs to its label.
  'transcript-label': (f, q) => {
    const s = f.labelSpeaker(q.spans[q.n], q.spans);
    return s ? { speaker: s, cue: null } : null;
  },
  // `,” Zelensky said`, `,” he told`, `,” the Russian president added`. A quote closed by a full
  // stop ends the sentence: what follows is news, not attribution.
  'cue-after-quote': (f, q) => {
    if (!afterInSameParagraph(f, q)) return null;
    // (`the race is “wide open,” as Cruz said on the radio`: past "as", rules speaker-as-before-speaker.)
    const at = f.rules.speakerWords.asBeforeSpeaker.has(f.parsed.tokens[q.after].lower) ? q.after + 1 : q.after;
    const s = f.speakerAt(at);
    const c = s ? f.cueAt(f.skipAdverbs(s.last)) ?? f.cueAt(f.skipAdverbs(f.skipAffiliation(s.last))) : null;
    // `“happy to see” the result, according to the Times`: the source follows "according to".
    if (c && isAccordingTo(f, c)) return null;
    return s && c ? { speaker: s, cue: c } : null;
  },
  // `,” said Zelensky`, `,” said a government spokesman`.
  'cue-after-quote-inverted': (f, q) => {
    if (!afterInSameParagraph(f, q)) return null;
    const c = f.cueAt(q.after);
    const s = c ? f.speakerAt(c.last) : null;
    return c && s ? { speaker: s, cue: c } : null;
  },
  // `“We will not cut rates.” Lisa Grant said.`, `“…today.” said a spokesman in a statement.`: a
  // quote closed by a full stop, then a sentence that is nothing but its attribution.
  'cue-after-full-stop': (f, q) => {
    const { tokens, text, sentences } = f.parsed;
    const span = q.spans[q.n];
    if (q.after < 0 || !span.closed || tokens[q.after].paragraph !== span.paragraph || !closedByFullStop(f, q)) return null;
    // (The sentence splitter often keeps `.”` and the attribution together.)
    const sentence = sentences[tokens[q.after].sentence];
    let s = f.speakerAt(q.after);
    let c = s ? f.cueAt(f.skipAdverbs(f.skipAffiliation(s.last))) : null;
    if (!c) {
      c = f.cueAt(q.after);
      s = c ? f.speakerAt(c.last) : null;
    }
    // (`” Ann Pell, tweeting…`: a cue after a comma is no longer the speaker's verb.)
    if (!s || !c || (c.first >= s.last && /[,;:]/.test(tokens[c.first - 1].post))) return null;
    return attributionEnds(f, Math.max(s.last, c.last), sentence.last) ? { speaker: s, cue: c } : null;
  },
  // `“We will win.” - Tom Marsh.`, `“Great speech.” —Senator Ann Pell, on Twitter`: a dash between
  // the closing mark and a name that ends its sentence or is followed by a comma, in the same
  // paragraph or opening the next (a fact check quotes a claim, then "- Marsh." on its own line).
  'dash-after-quote': (f, q) => {
    const { tokens, text } = f.parsed;
    const span = q.spans[q.n];
    if (q.after < 0 || !span.closed || tokens[q.after].paragraph - span.paragraph > 1) return null;
    if (!/^\s*[-–—]{1,2}\s*$/.test(text.slice(span.end + 1, tokens[q.after].start))) return null;
    const s = f.speakerAt(q.after);
    if (!s || s.pronoun || s.kind !== 'person' || !/^[,.]/.test(tokens[s.last - 1].post.trim()) || f.inQuote[s.first]) return null;
    return { speaker: s, cue: null };
  },
  // `,” House Speaker Paul Ryan, the convention chair, told the delegates`: an appositive
  // between the speaker after the quote and the cue.
  'cue-after-quote-appositive': (f, q) => {
    if (!afterInSameParagraph(f, q)) return null;
    const { tokens } = f.parsed;
    const s = f.speakerAt(q.after);
    if (!s) return null;
    const from = f.skipAside(s.last);
    if (!/^,\s*$/.test(tokens[from - 1].post)) return null;
    for (let n = from; n < from + APPOSITIVE && tokens[n] && !f.inQuote[n] && tokens[n].sentence === tokens[s.first].sentence; n++) {
      if (f.cueAt(n)) return null;
      // (`,” Ann Pell, 67, a nurse in Allentown, Pa., said`: the appositive may hold commas of its
      // own, an age or a place, and an abbreviation's point before one.)
      const comma = /^\.?,\s*$/.test(tokens[n].post);
      // (`,” Tina Tchen, Mrs. Obama's chief of staff, said`: an honorific's point ends nothing.)
      const abbreviation = /^\.\s*$/.test(tokens[n].post) && (isHonorific(tokens[n], f.rules) || /^\p{Lu}$/u.test(tokens[n].word));
      if (!comma && !abbreviation && /[.;:!?]/.test(tokens[n].post)) return null;
      if (comma) {
        const cue = f.cueAt(f.skipAdverbs(n + 1));
        if (cue) return { speaker: s, cue };
      }
    }
    return null;
  },
  // `“Is that a yes?” Marsh pressed.`, `,” he mocks.`: after the quote, a speaker and any verb that
  // closes the clause speak as a cue would.
  'verb-after-quote': (f, q) => {
    if (!afterInSameParagraph(f, q)) return null;
    const { tokens } = f.parsed;
    const s = f.speakerAt(q.after);
    if (!s) return null;
    const v = f.skipAdverbs(s.last);
    const t = tokens[v];
    if (!t || f.inQuote[v] || !t.tags.has('Verb') || t.tags.has('Copula') || t.tags.has('Auxiliary') || !(t.tags.has('PastTense') || t.tags.has('PresentTense')) || !/^[.,;!?]/.test(t.post.trim())) return null;
    return { speaker: s, cue: { first: v, last: v + 1 } };
  },
  // `Trump went after Bush, calling him “a total stiff.”`: a participle cue after a comma belongs
  // to the subject of the clause, the first candidate not after a preposition.
  'cue-participle-subject': (f, q) => {
    const near = nearestCueBefore(f, q);
    const { tokens } = f.parsed;
    if (!near || near.inverted || !/ing$/.test(tokens[near.cue.first].lower) || near.cue.first === 0 || !/,\s*$/.test(tokens[near.cue.first - 1].post)) return null;
    const subject = f.candidatesIn(near.first, near.cue.first).find((s) => !f.precededByPreposition(s.first) && !tokens[s.last - 1].possessive);
    return subject ? { speaker: subject, cue: near.cue } : null;
  },
  // `said Zelensky: “…”`: the nearest cue before the quote, its speaker after it.
  'cue-before-quote-inverted': (f, q) => {
    const near = nearestCueBefore(f, q);
    return near?.inverted ? { speaker: near.inverted, cue: near.cue } : null;
  },
  // `Trump said he was “very disappointed”`: the nearest cue before the quote and its subject,
  // the last candidate before it that is itself followed by a cue, else the last candidate.
  'cue-before-quote': (f, q) => {
    const near = nearestCueBefore(f, q);
    if (!near || near.inverted) return null;
    const cands = f.candidatesIn(near.first, near.cue.first);
    // `She was defending the group against attacks from Donald Trump, but admitted “one or two
    // instances”`: with no candidate right before a cue, the subject is the last one not after a preposition.
    // (`Sen. Ann Pell (D-Mo.), who has endorsed Tom Hart, said …`: a name inside the relative
    // clause or appositive of an earlier speaker is not the cue's subject.)
    const speaking = cands.filter((s) => f.followedByCue(s) && !cands.some((p) => p.last <= s.first && setOffBetween(f, p, s)));
    const speaker = speaking.at(-1) ?? cands.filter((s) => !f.precededByPreposition(s.first)).at(-1) ?? cands.at(-1) ?? null;
    // `House Speaker Ann Pell told CNN that Marsh’s remarks “show bias”`, `Rep. Tom Hart said Boyd
    // called on members to be “closely coordinated”`: a quotation in a clause that an earlier
    // speaker reports is that speaker's.
    const outer = speaker && speaking.find((s) => s.last <= speaker.first && reportsClause(f, s, speaker.first, q.before));
    if (outer) return { speaker: outer, cue: near.cue };
    return speaker ? { speaker, cue: near.cue } : null;
  },
  // `According to the ministry, the plant will close “within weeks”.`: the source of an
  // "according to" earlier in the sentence, when no cue comes nearer the quote.
  'according-to-before-quote': (f, q) => {
    const near = nearestCueBefore(f, q);
    if (!near || near.inverted || !isAccordingTo(f, near.cue)) return null;
    const s = f.speakerAt(near.cue.last);
    return s && s.last <= q.before + 1 ? { speaker: s, cue: near.cue } : null;
  },
  // `Bush: “…”`, `Kasich resisted: “…”`: a colon hands the quotation to the subject of the
  // clause before it, the last speaker candidate followed by a verb, else the first.
  'colon-before-quote': (f, q) => {
    const { tokens } = f.parsed;
    const before = q.before;
    if (before < 0 || tokens[before].paragraph !== q.spans[q.n].paragraph || /[.!?]/.test(tokens[before].post)) return null;
    return colonSubject(f, before);
  },
  // `Assange has been “arbitrarily detained” since 2010, the rights group says.`: a quote inside a
  // clause whose attribution closes the sentence, after a comma (`, X said.`, `, said X.`).
  'cue-closes-sentence': (f, q) => {
    const { tokens, sentences } = f.parsed;
    const span = q.spans[q.n];
    if (q.after < 0 || !span.closed || tokens[q.after].paragraph !== span.paragraph) return null;
    const sentence = sentences[tokens[q.after].sentence];
    if (/[.!?]["”]?\s*$/.test(f.parsed.text.slice(span.start, span.end + 1)) && tokens[q.after].i === sentence.first) return null;
    for (let k = q.after; k < Math.min(sentence.last, q.after + SCAN); k++) {
      if (f.inQuote[k]) return null;
      if (!/,\s*$/.test(tokens[k - 1].post)) continue;
      const s = f.speakerAt(k);
      const cue = s ? f.cueAt(f.skipAdverbs(f.skipAffiliation(s.last))) : f.cueAt(k);
      const speaker = s ?? (cue ? f.speakerAt(cue.last) : null);
      if (!speaker || !cue) continue;
      // The attribution closes the sentence: nothing but a few words ("on Monday", "in a statement") after it.
      const end = Math.max(cue.last, speaker.last);
      // (", said RoseAnn DeMoro, executive director of …": an appositive may follow an inverted speaker.)
      const appositive = speaker.first >= cue.last && /,\s*$/.test(tokens[end - 1].post);
      if ((sentence.last - end > 5 && !appositive) || tokens.slice(end, sentence.last).some((t) => t.lower === 'that' || f.inQuote[t.i])) continue;
      return { speaker, cue };
    }
    return null;
  },
  // `He said:` at the end of a paragraph, the quotation opening the next one.
  'colon-before-paragraph': (f, q) => {
    const { tokens, text, paragraphs } = f.parsed;
    const span = q.spans[q.n];
    const before = q.before;
    if (before < 0 || tokens[before].paragraph !== span.paragraph - 1 || text.slice(paragraphs[span.paragraph].start, span.open).trim()) return null;
    // Only after a cue ("He said:", "Trump told reporters:"): a bare colon ending a paragraph
    // mostly introduces a list or a document, not the speaker's words.
    const sentenceFirst = f.parsed.sentences[tokens[before].sentence].first;
    let cued = false;
    for (let k = before; k >= Math.max(sentenceFirst, before - 8) && !cued; k--) cued = f.cueAt(k) !== null;
    return cued ? colonSubject(f, before) : null;
  },
  // `Governor Lisa Hart dismissed the report as “a fantasy.”`, `Marsh has referred to his rival as
  // “a puppet”`: a quotation right after "as" names something the subject of the verb before it
  // called it, whatever the verb. Not after a passive ("was seen as “…”") or "such as", "known as".
  'verb-as-quote': (f, q) => {
    const { tokens, sentences } = f.parsed;
    const span = q.spans[q.n];
    let k = q.before;
    const words = f.rules.speakerWords;
    if (k >= 0 && words.articles.has(tokens[k].lower)) k--;
    if (k < 1 || tokens[k].lower !== 'as' || tokens[k].paragraph !== span.paragraph || f.inQuote[k]) return null;
    if (words.asNotNaming.has(tokens[k - 1].lower)) return null;
    const first = Math.max(sentences[tokens[k].sentence].first, k - SCAN / 2);
    for (let v = k - 1; v >= first; v--) {
      if (f.inQuote[v]) return null;
      const t = tokens[v];
      if (!t.tags.has('Verb') || t.tags.has('Auxiliary') || t.tags.has('Copula') || t.tags.has('Modal')) continue;
      // "was seen as", "is widely regarded as": the one who sees is not named here.
      for (let a = v - 1; a >= Math.max(first, v - 3); a--) {
        if (words.passiveAuxiliaries.has(tokens[a].lower) && t.tags.has('PastTense')) return null;
        if (!tokens[a].tags.has('Adverb')) break;
      }
      const cands = f.candidatesIn(first, v);
      // `…, referring to Senator Ann Pell as “…”`: a participle after a comma is the clause subject's.
      const participle = /ing$/.test(t.lower) && v > 0 && /,\s*$/.test(tokens[v - 1].post);
      const free = cands.filter((s) => !f.precededByPreposition(s.first) && !tokens[s.last - 1].possessive);
      const speaker = participle ? free[0] : free.filter((s) => f.skipAdverbs(s.last) === v || tokens[f.skipAdverbs(s.last)]?.tags.has('Verb')).at(-1);
      return speaker ? { speaker, cue: { first: v, last: v + 1 } } : null;
    }
    return null;
  },
  // `Harbor Bank economist Lisa Grant told reporters on Monday. “We will not cut rates.”`: a
  // quotation that opens a sentence right after one that ends its attribution is the same speaker's.
  'cue-sentence-before': (f, q) => {
    const { tokens, sentences } = f.parsed;
    const span = q.spans[q.n];
    const before = q.before;
    const opensParagraph = !f.parsed.text.slice(f.parsed.paragraphs[span.paragraph].start, span.open).trim();
    const samePara = before >= 0 && (tokens[before].paragraph === span.paragraph || (opensParagraph && tokens[before].paragraph === span.paragraph - 1));
    if (!samePara || !/[.!?]/.test(tokens[before].post) || cueFollows(f, q)) return null;
    const first = Math.max(sentences[tokens[before].sentence].first, before - SCAN);
    for (let k = before; k >= first; k--) {
      if (f.inQuote[k]) return null;
      const cue = f.cueAt(k);
      if (!cue) continue;
      const lemma = f.rules.cueForms.get(tokens[cue.first].lower);
      const cands = f.candidatesIn(first, cue.first);
      const subject = cands.filter((s) => f.followedByCue(s)).at(-1) ?? cands.filter((s) => !f.precededByPreposition(s.first)).at(-1);
      const inverted = lemma && f.rules.objectCueLemmas.has(lemma) ? null : f.speakerAt(cue.last);
      const speaker = subject ?? inverted;
      return speaker ? { speaker, cue } : null;
    }
    return null;
  },
  // `Marsh’s pledge to be “neutral” worried donors`, `Boyd’s claim that “thousands” cheered`,
  // `Pell’s “47 percent” remark`: a person's possessive and a noun of saying own the quotation.
  'possessive-speech-noun': (f, q) => {
    const { tokens, sentences } = f.parsed;
    const span = q.spans[q.n];
    const before = q.before;
    if (before < 0 || tokens[before].paragraph !== span.paragraph) return null;
    const nouns = f.rules.speakerWords.speechNouns;
    const owner = (k: number): Speaker | null => {
      if (!tokens[k] || f.inQuote[k] || !endsPossessive(tokens[k])) return null;
      for (let j = k; j >= Math.max(0, k - 4); j--) {
        const s = f.speakerAt(j);
        if (s && s.last === k + 1 && s.kind === 'person' && !s.pronoun) return s;
      }
      return null;
    };
    // "Pell’s “47 percent” remark": the possessive right before the quotation, the noun right after it.
    if (q.after >= 0 && span.closed && nouns.has(tokens[q.after].lower)) {
      const s = owner(before);
      if (s) return { speaker: s, cue: null };
    }
    if (/[.!?:;]/.test(tokens[before].post)) return null;
    const first = Math.max(sentences[tokens[before].sentence].first, before - 14);
    for (let n = before; n >= first; n--) {
      if (f.inQuote[n] || (n < before && /[.!?;:]/.test(tokens[n].post))) return null;
      if (!nouns.has(tokens[n].lower)) continue;
      // Up to three adjectives or nouns between: "Trump’s controversial pledge", "Obama’s patronizing suggestion".
      for (let k = n - 1; k >= Math.max(0, n - 4); k--) {
        const s = owner(k);
        if (s) return { speaker: s, cue: null };
        if (!/^\s*$/.test(tokens[k].post) || f.inQuote[k]) break;
      }
      return null;
    }
    return null;
  },
  // `Governor Lisa Hart decried the budget for “turning its back on the poor.”`, `The council
  // cited “blocked drains and bare wiring.”`: with no cue, a quotation inside a clause is what the
  // clause's subject says or calls something: the nearest candidate of the sentence before it that
  // is not after a preposition and is followed by a verb. Tried last: every cue sieve comes first.
  'verb-before-quote': (f, q) => {
    const { tokens, sentences } = f.parsed;
    const span = q.spans[q.n];
    const before = q.before;
    if (before < 0 || tokens[before].paragraph !== span.paragraph || /[.!?:]/.test(tokens[before].post)) return null;
    // `starred in “Girls, Girls, Girls”`, `a film titled “The Day of the Donald”`: a name in title
    // case names a work or a slogan, not words the subject said.
    const words = f.parsed.text.slice(span.start, span.end).split(/[\s—–-]+/).filter((w) => /\p{L}/u.test(w));
    if (words.length <= 8 && words.every((w, n) => /^\P{Ll}*\p{Lu}/u.test(w) || (n > 0 && f.rules.speakerWords.titleSmallWords.has(w.toLowerCase())))) return null;
    const first = Math.max(sentences[tokens[before].sentence].first, before - SCAN);
    for (const s of f.candidatesIn(first, before + 1).reverse()) {
      if (f.precededByPreposition(s.first) || tokens[s.last - 1].possessive) continue;
      const v = tokens[f.skipAdverbs(f.skipAffiliation(s.last))];
      if (!v || f.inQuote[v.i] || !v.tags.has('Verb') || v.tags.has('Copula') || v.tags.has('Gerund')) continue;
      // `Frank Dunn, known as “the Hammer,” retired`: a participle after a comma describes the
      // name (an appositive); the name does not say the quotation.
      if (v.i > 0 && tokens[v.i - 1].post.includes(',')) continue;
      return { speaker: s, cue: null };
    }
    return null;
  },
  // A paragraph that goes on quoting with no cue keeps the previous quote's speaker: a quote left
  // open at the end of its paragraph and taken up again in the next…
  'quote-continues-paragraph': (f, q) => {
    const prev = continuedFrom(f, q);
    return prev && !prev.span.closed ? { speaker: prev.speaker, cue: null } : null;
  },
  // …or a new quote after a closed one, in the same paragraph or opening the next.
  'quote-continuation': (f, q) => {
    // `“Very good reporter,” Trump, the frontrunner …, said`: an attribution after the quote that
    // the cue sieves could not read is still someone else's; the previous speaker is a worse guess.
    if (cueFollows(f, q)) return null;
    const prev = continuedFrom(f, q);
    if (!prev || !prev.span.closed) return null;
    // (`He offered “my prayers for the families.”`: a quotation inside a clause whose subject is a
    // resolved "he"/"she" and a verb belongs to that subject, which sieve verb-before-quote reads.)
    const own = DIRECT_SIEVES['verb-before-quote'](f, q);
    if (own?.speaker?.pronoun && own.speaker.person !== null) return { ...own, ruleId: 'verb-before-quote' };
    return { speaker: prev.speaker, cue: null };
  },
};

// `Bush: “…”`, `Kasich resisted: “…”`: a colon hands the quotation to the subject of the
// clause before it, the last speaker candidate followed by a verb, else the first.
function colonSubject(f: SpeakerFinder, before: number): SieveResult {
  const { tokens, sentences } = f.parsed;
  if (!/:\s*$/.test(tokens[before].post)) return null;
  const first = Math.max(sentences[tokens[before].sentence].first, before - SCAN);
  const cands: Speaker[] = [];
  for (let j = first; j <= before; j++) {
    const s = f.inQuote[j] ? null : f.speakerAt(j);
    if (s && !f.precededByPreposition(s.first)) cands.push(s);
    if (s) j = s.last - 1;
  }
  const subject = cands.filter((s) => s.last === before + 1 || tokens[f.skipAdverbs(s.last)]?.tags.has('Verb')).at(-1) ?? cands[0];
  return subject ? { speaker: subject, cue: null } : null;
}

/** Whether candidate s lies inside an appositive or relative clause set off by commas after p,
 * one that a cue closes: "Ann Pell, who has endorsed Tom Hart, said" (s = Tom Hart). */
function setOffBetween(f: SpeakerFinder, p: Speaker, s: Speaker): boolean {
  const { tokens } = f.parsed;
  const from = f.skipAside(p.last);
  if (!tokens[from] || !/,\s*$/.test(tokens[from - 1].post) || s.first < from) return false;
  for (let n = from; n < from + APPOSITIVE && tokens[n] && !f.inQuote[n]; n++) {
    // ("CNN, Cruz said, called it “significant”": an attribution set off by commas, no appositive.)
    if (/[.;:!?]/.test(tokens[n].post) || f.cueAt(n)) return false;
    if (/,\s*$/.test(tokens[n].post)) return n >= s.last - 1 && !!f.cueAt(f.skipAdverbs(n + 1));
  }
  return false;
}

/** Whether speaker s, its cue right after it, reports the clause holding token `inner` ("said Boyd…",
 * "told CNN that Boyd…"), with no quotation or sentence end from s to `before`. */
function reportsClause(f: SpeakerFinder, s: Speaker, inner: number, before: number): boolean {
  const { tokens } = f.parsed;
  if (f.precededByPreposition(s.first)) return false;
  let cue = f.cueAt(f.skipAdverbs(f.skipAffiliation(s.last)));
  // "Sen. Ann Pell (D-Mo.), who has endorsed Boyd, said Marsh…": past an appositive between commas.
  const from = f.skipAside(s.last);
  if (!cue && /,\s*$/.test(tokens[from - 1].post)) {
    let n = from;
    while (n < from + APPOSITIVE && n < inner && tokens[n] && !/,/.test(tokens[n].post)) n++;
    if (n < inner) cue = f.cueAt(f.skipAdverbs(n + 1));
  }
  if (!cue || cue.last > inner) return false;
  for (let k = s.first; k <= before; k++) if (f.inQuote[k] || (k < before && /[.!?;:]/.test(tokens[k].post))) return false;
  const lemma = f.rules.cueForms.get(tokens[cue.first].lower);
  if (cue.last === inner) return !!lemma && f.rules.bareClauseLemmas.has(lemma);
  // "told CNN on Tuesday that …": a short object or time phrase, then "that".
  return inner - cue.last <= 6 && tokens[inner - 1].lower === 'that';
}

/** Whether the words from `end` to `last` close an attribution: none, or a short phrase that opens
 * with a preposition or an adverb ("in a statement", "on Monday", "later"), with no clause ("that"). */
function attributionEnds(f: SpeakerFinder, end: number, last: number): boolean {
  const { tokens } = f.parsed;
  if (end >= last) return true;
  if (last - end > 6 || tokens.slice(end, last).some((t) => t.lower === 'that' || f.inQuote[t.i] || t.tags.has('Verb'))) return false;
  const t = tokens[end];
  return t.tags.has('Preposition') || t.tags.has('Adverb') || t.tags.has('Date');
}

/** The cue is "according to" (rules: cue-according-to), whose source comes after it. */
function isAccordingToCue(rules: CompiledRules, tokens: Token[], cue: Cue): boolean {
  return rules.cuePhrases.ruleOf.get(tokens.slice(cue.first, cue.last).map((t) => t.lower).join(' ')) === 'cue-according-to';
}

function isAccordingTo(f: SpeakerFinder, cue: Cue): boolean {
  return isAccordingToCue(f.rules, f.parsed.tokens, cue);
}

/** A cue in the clause right after a closed quote (same sentence, within SCAN / 2 tokens, outside quotes). */
function cueFollows(f: SpeakerFinder, q: SieveInput): boolean {
  if (!afterInSameParagraph(f, q)) return false;
  const { tokens } = f.parsed;
  const sentence = tokens[q.after].sentence;
  for (let k = q.after; k < q.after + SCAN / 2 && tokens[k] && tokens[k].sentence === sentence && !f.inQuote[k]; k++) {
    if (f.cueAt(k)) return true;
    // `“Go home,” the crowd chanted.`: a short subject and a verb closing the clause.
    const t = tokens[k];
    if (k - q.after <= 5 && k > q.after && t.tags.has('Verb') && !t.tags.has('Auxiliary') && (t.tags.has('PastTense') || t.tags.has('PresentTense')) && /^[.,;:!?]/.test(t.post.trim())) return true;
  }
  return false;
}

function afterInSameParagraph(f: SpeakerFinder, q: SieveInput): boolean {
  const span = q.spans[q.n];
  if (q.after < 0 || !span.closed || f.parsed.tokens[q.after].paragraph !== span.paragraph) return false;
  return !closedByFullStop(f, q);
}

/**
 * The quote's sentence ends with it: a full stop inside the marks (`“…cut rates.” Lisa Grant`)
 * or, in British style, after them (`the offer was "fair and final". He added that…`).
 */
function closedByFullStop(f: SpeakerFinder, q: SieveInput): boolean {
  const span = q.spans[q.n];
  const { text, tokens } = f.parsed;
  return /\.$/.test(text.slice(span.start, span.end).trimEnd()) || (q.after >= 0 && /^\s*[.!?]/.test(text.slice(span.end + 1, tokens[q.after].start)));
}

function continuedFrom(f: SpeakerFinder, q: SieveInput): { span: QuoteSpan; speaker: Speaker } | null {
  if (q.n === 0) return null;
  const span = q.spans[q.n];
  const prev = q.spans[q.n - 1];
  const speaker = q.done[q.n - 1].speaker;
  const startsParagraph = !f.parsed.text.slice(f.parsed.paragraphs[span.paragraph].start, span.open).trim();
  const sameOrNext = prev.paragraph === span.paragraph || prev.paragraph === span.paragraph - 1;
  if (!speaker || !sameOrNext || !(startsParagraph || prev.paragraph === span.paragraph)) return null;
  return { span: prev, speaker };
}

/** Attributes each direct quotation: the first sieve (in speakers.json order) that finds a speaker decides. */
export function attributeDirectQuotes(f: SpeakerFinder, spans: QuoteSpan[]): Attribution[] {
  const { tokens } = f.parsed;
  const sieves = f.rules.speakerSieves.filter((s) => s.stage === 'direct');
  const done: Attribution[] = [];
  spans.forEach((span, n) => {
    const next = firstTokenFrom(tokens, span.end + (span.closed ? 1 : 0));
    let before = -1;
    for (let k = next - 1; k >= 0; k--) {
      if (tokens[k].termEnd <= span.open) {
        before = k;
        break;
      }
    }
    const input: SieveInput = { spans, n, after: next < tokens.length ? next : -1, before, done };
    let found: Attribution = { speaker: null, cue: null, ruleId: 'quote-unattributed', sieve: 'quote-unattributed' };
    for (const sieve of sieves) {
      // A transcript turn is its label's, or nobody's: no cue or continuation sieve reads it (transcript-label).
      if (span.label && sieve.id !== 'transcript-label') continue;
      const r = runSieve(sieve, f, input);
      if (r?.speaker) {
        found = { speaker: r.speaker, cue: r.cue, ruleId: r.ruleId ?? sieve.id, sieve: sieve.id };
        break;
      }
    }
    done.push(found);
  });
  // A quote that runs over paragraphs is often attributed only in its last part: share it back.
  if (f.rules.speakerSieves.some((s) => s.id === 'quote-continues-paragraph-backward')) {
    for (let n = spans.length - 2; n >= 0; n--) {
      if (!spans[n].closed && !done[n].speaker && done[n + 1].speaker && spans[n + 1].paragraph === spans[n].paragraph + 1) {
        done[n] = { ...done[n + 1], cue: null, ruleId: 'quote-continues-paragraph', sieve: 'quote-continues-paragraph-backward' };
      }
    }
  }
  return done;
}

function runSieve(sieve: SpeakerSieve, f: SpeakerFinder, q: SieveInput): SieveResult {
  const fn = DIRECT_SIEVES[sieve.id];
  if (!fn) throw new Error(`speakers.json: sieve "${sieve.id}" has no code`);
  return fn(f, q);
}

/** The sieve's measured confidence (speakers.json), 0 when there is no speaker. */
export function confidenceOf(rules: CompiledRules, sieve: string, speaker: Speaker | null): number {
  if (!speaker || speaker.kind === 'unknown') return 0;
  return rules.speakerSieves.find((s) => s.id === sieve)?.confidence ?? 0;
}

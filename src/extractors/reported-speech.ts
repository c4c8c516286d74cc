// Reported speech, the second stage of the quotes extractor: `Macron said on Thursday that 26
// countries…`, `Putin said Moscow would…`, `Putin denied that…`, `…, according to the central
// bank.`, `The senator criticized the administration's handling of…` (a verb whose object is the
// content, src/rules/reported-speech.json), `…, saying the plant had met…`. Content runs to the end
// of the sentence or to a clause break before a direct quotation; content that runs into a
// quotation is a mixed quote and is left to the direct quote. Each rule (`indirect-*`) is in
// src/rules/speakers.json or src/rules/reported-speech.json with its measured confidence.
// `Obama: Americans will say no to Trump` (a paragraph that opens with a named speaker and a colon).
// Does not find reported speech with no speech or belief verb ("Moscow is ready to talk, a
// diplomat close to the talks" with no verb), nor content that runs on into the next sentence.
import type { MentionRef } from '../mentions.js';
import { endsPossessive, isCapitalised, opensQuote, phraseLengthAt } from '../parse.js';
import { confidenceOf, SCAN, type Cue, type Speaker, type SpeakerFinder } from '../speakers.js';
import type { Quote } from '../types.js';


export interface ReportedSpeech {
  quotes: Quote[];
  pronounMentions: MentionRef[];
}

/** Reported speech in every sentence; `usedCues` are the first tokens of cues that already attribute a direct quote. */
export function findReportedSpeech(f: SpeakerFinder, usedCues: Set<number>): ReportedSpeech {
  const { parsed, rules, inQuote, speakerAt, cueAt, skipAdverbs, precededByPreposition } = f;
  const { text, tokens } = parsed;
  const { auxiliaries, quantifierSubjects, noSpeakerHeads, shareHeads, hearerVerbs, objectPronouns, descriptionArticles, verbContractions, relativePronouns, clauseOpeners, indefiniteArticles, weekdays, timeWords, dayPrepositions, timePhrases, channelPhrases, objectStops, objectKeeps, hearerPronouns, notClauseOpeners, subjectPronouns, figureObjectVerbs, gapOpeners, evidenceNouns, evidenceOpeners, evidenceClauseOpeners, subordinators } = rules.reportedWords;
  const { sharedSubjectSkips, sharedSubjectJoiners, subjectSkips, possessorWords, possessiveDeterminers, quantifierNotAfter, clausePronouns, clausePronounSuffixes, beforeDay, quantityWords, nameConnectors, groupDeterminers, groupPrepositions, groupPluralDeterminers, relativeWords, cueParticles, passiveAuxiliaries, frontedQuestions, contrastJoiners, secondVerbSkips, clauseBoundaries, trailingConjunctions } = rules.reportedWords;
  // "he'd", "they're": a clause pronoun alone or with a contracted verb (reported-clause-pronoun).
  const isClausePronoun = (w: string): boolean => {
    if (clausePronouns.has(w)) return true;
    for (const x of clausePronounSuffixes) if (w.endsWith(x) && clausePronouns.has(w.slice(0, -x.length))) return true;
    return false;
  };
  const quotes: Quote[] = [];
  const pronounMentions: MentionRef[] = [];

  const isReportCue = (k: number): Cue | null => {
    const t = tokens[k];
    if (!t || inQuote[k] || usedCues.has(k)) return null;
    const c = cueAt(k);
    if (c) return c;
    return rules.reportForms.has(t.lower) && t.tags.has('Verb') ? { first: k, last: k + 1 } : null;
  };
  // "He condemned the bill but praised the senators": a verb after "and"/"but" shares the subject
  // of the reported speech just before it.
  const coordinatedSubject = (k: number): Speaker | null => {
    let c = k - 1;
    while (c > 0 && sharedSubjectSkips.has(tokens[c].lower)) c--;
    if (!previous || !tokens[c] || !sharedSubjectJoiners.has(tokens[c].lower) || previous.sentence !== tokens[k].sentence || previous.last > c) return null;
    return previous.speaker;
  };
  // Where a sentence's first clause starts: after an opening conjunction ("But according to…", "And as
  // Comey noted…"), unless that word is one of `kept` (a subordinator that opens the clause itself).
  const clauseStart = (sentence: { first: number }, kept?: Set<string>): number => {
    const t = tokens[sentence.first];
    return t.tags.has('Conjunction') && !kept?.has(t.lower) && /^\s*$/.test(t.post) ? sentence.first + 1 : sentence.first;
  };
  const subjectBefore = (k: number): Speaker | null => coordinatedSubject(k) ?? subjectOf(k);
  // "Gary Ruiz, a former party chairman, became a delegate and said he is leaning…": a verb
  // after "and"/"but" with no subject of its own shares the clause's subject.
  const sharedSubject = (k: number): Speaker | null => {
    let c = k - 1;
    while (c > 0 && sharedSubjectSkips.has(tokens[c].lower)) c--;
    if (!tokens[c] || !sharedSubjectJoiners.has(tokens[c].lower)) return null;
    const first = parsed.sentences[tokens[k].sentence].first;
    return c > first ? sentenceSubject(first, c) : null;
  };
  const relativeAntecedent = (j: number): Speaker | null => {
    if (!relativePronouns.has(tokens[j].lower) || j < 1 || !/,\s*$/.test(tokens[j - 1].post)) return null;
    const sentenceFirst = parsed.sentences[tokens[j].sentence].first;
    const named = f.candidatesIn(Math.max(sentenceFirst, j - SCAN), j).filter((c) => c.last === j && c.person !== null && !c.pronoun).at(-1);
    return named ? { ...named, first: j, last: j + 1, pronoun: true } : null;
  };
  const subjectOf = (k: number): Speaker | null => {
    const first = Math.max(parsed.sentences[tokens[k].sentence].first, k - SCAN);
    const cands: Speaker[] = [];
    for (let j = first; j < k; j++) {
      if (inQuote[j]) continue;
      const s = speakerAt(j);
      if (s && s.last <= k) {
        if (!precededByPreposition(s.first)) cands.push(s);
        j = s.last - 1;
      }
    }
    // The subject is the candidate nearest the cue with only adverbs, auxiliaries or an appositive between.
    // (An earlier speaker in a long sentence is not the subject of every later verb.)
    // "Ryan also is stressing that…": adverbs and auxiliaries may stand between.
    const skipAux = (j: number) => {
      let n = 0;
      while (n < 4 && j < k && (auxiliaries.has(tokens[j].lower) || tokens[j].tags.has('Adverb')) && /^\s*$/.test(tokens[j].post)) [j, n] = [j + 1, n + 1];
      return j;
    };
    // "Clinton, a Democrat, did not mention…": auxiliaries may stand between the appositive's comma and the verb.
    let group = k;
    while (group - 1 > first && k - group < 4 && auxiliaries.has(tokens[group - 1].lower) && /^\s*$/.test(tokens[group - 1].post)) group--;
    // "Sen. John Cornyn of Texas, the No. 2 Republican in the Senate, said": the appositive
    // follows the speaker's affiliation.
    const appositiveAfterAffiliation = (s: Speaker) => {
      const a = f.skipAffiliation(s.last);
      return a > s.last && a < group && /,\s*$/.test(tokens[a - 1].post) && /,\s*$/.test(tokens[group - 1].post) && group - a <= 14;
    };
    const subject = cands.filter((s) => skipAdverbs(s.last, 4) >= k || skipAux(s.last) >= k || skipAux(f.skipAffiliation(s.last)) >= k || (/,\s*$/.test(tokens[s.last - 1].post) && /,\s*$/.test(tokens[group - 1].post) && group - s.last <= 14) || appositiveAfterAffiliation(s)).at(-1);
    if (subject) return subject;
    // "Analysts said", "Republican leaders say": a plain noun phrase right before the verb.
    let j = k - 1;
    while (j >= first && (subjectSkips.has(tokens[j].lower) || (tokens[j].tags.has('Adverb') && j > first))) j--;
    // A cue that opens its sentence has no subject before it: not the last word of the sentence
    // before ("few \r said" once read "few", then the token before it, which did not exist).
    const head = j >= first ? tokens[j] : undefined;
    // "O'Malley's campaign says…", "the company said": an institution noun may head it too.
    // (compromise may tag "campaign" a verb after a possessive: "O'Malley's campaign says".)
    const possessed = j > first && (endsPossessive(tokens[j - 1]) || possessorWords.has(tokens[j - 1].lower));
    const institution = head && rules.organisationHeads.has(head.lower) && possessed;
    // "Cameron’s spokesman said", "her lawyer says": a role noun after a possessive.
    const role = head && j > first && head.tags.has('Noun') && !head.tags.has('Date') && !head.tags.has('Value') && (endsPossessive(tokens[j - 1]) || possessiveDeterminers.has(tokens[j - 1].lower)) && /^\s*$/.test(tokens[j - 1].post);
    // "Some say…", "Others said…": a quantifier standing for people.
    if (head && !inQuote[j] && /^\s*$/.test(head.post) && quantifierSubjects.has(head.lower) && (j === first || !quantifierNotAfter.has(tokens[j - 1].lower))) return { person: null, description: head.word, first: j, last: j + 1, pronoun: false, kind: 'description' };
    // "They called him…", "voters who say…", "He believes that…" with no one to resolve "he" to:
    // the pronoun is the subject; the speaker is unknown, the reported speech is still there.
    if (head && j >= first && !inQuote[j] && isClausePronoun(head.lower) && /^\s*$/.test(head.post)) {
      const s = speakerAt(j);
      // "President Obama, who endorsed Clinton on Thursday,…": "who" right after a person's name and a comma stands for that person.
      const antecedent = relativeAntecedent(j);
      if (antecedent) return antecedent;
      return s?.pronoun ? s : { person: null, description: null, first: j, last: j + 1, pronoun: true, kind: 'unknown' };
    }
    // "The judge said", "A source said": a singular noun after an article is a description too.
    const article = () => {
      for (let a = j - 1; a >= Math.max(first, j - 4); a--) {
        if (descriptionArticles.has(tokens[a].lower)) return true;
        if (!tokens[a].tags.has('Adjective') && !tokens[a].tags.has('Noun')) return false;
      }
      return false;
    };
    // "Nobody opposed…", "Everyone wants…": no one speaks. "A poll released Tuesday showed…",
    // "the past two years shows…": a day or a span of time is not a speaker either.
    if (!head || noSpeakerHeads.has(head.lower) || /^\d{4}$/.test(head.word)) return null;
    // "Obama on Tuesday dismissed…", "A poll released Sunday showed…": the subject is before the day.
    if ((weekdays.has(head.lower) || head.tags.has('Date')) && j - 1 > first && beforeDay.has(tokens[j - 1].lower)) {
      const before = tokens[j - 1].lower === 'on' ? j - 1 : j;
      return before < k && before - 1 >= first ? subjectOf(before) : null;
    }
    if (weekdays.has(head.lower) || head.tags.has('Date')) return null;
    // "Less than a third agreed", "Fifty-five percent said", "a majority say": a share of those polled.
    if (j >= first && !inQuote[j] && /^\s*$/.test(head.post) && (shareHeads.has(head.lower) || head.tags.has('Value'))) {
      let s = j;
      while (s > first && j - s < 6 && /^[\s-]*$/.test(tokens[s - 1].post) && !inQuote[s - 1] && (tokens[s - 1].tags.has('Value') || quantityWords.has(tokens[s - 1].lower))) s--;
      return { person: null, description: text.slice(tokens[s].start, head.end), first: s, last: j + 1, pronoun: false, kind: 'description' };
    }
    if (j < first || inQuote[j] || (!head.tags.has('Noun') && !institution && !(rules.organisationHeads.has(head.lower) && article())) || head.tags.has('Pronoun') || !/^\s*$/.test(head.post) || !(head.tags.has('Plural') || isCapitalised(head) || rules.organisationHeads.has(head.lower) || article() || role)) return null;
    let s = j;
    // Left over modifiers; a capitalised name keeps its inner "and", "of" ("Securities and Investments Commission").
    const connector = (n: number) => nameConnectors.has(tokens[n].lower) && n > first && isCapitalised(tokens[n - 1]) && isCapitalised(tokens[n + 1]);
    while (s > first && s > j - 7 && /^\s*$/.test(tokens[s - 1].post) && (tokens[s - 1].tags.has('Adjective') || tokens[s - 1].tags.has('Noun') || tokens[s - 1].tags.has('Value') || connector(s - 1) || groupDeterminers.has(tokens[s - 1].lower)) && !tokens[s - 1].tags.has('Pronoun') && !inQuote[s - 1]) s--;
    // "Analysts at one bank estimated": the people at an institution speak, not the institution.
    if (s - 2 >= first && groupPrepositions.has(tokens[s - 1].lower) && tokens[s - 2].tags.has('Plural') && !tokens[s - 2].tags.has('Pronoun') && /^\s*$/.test(tokens[s - 2].post) && !inQuote[s - 2]) {
      s -= 2;
      while (s > first && /^\s*$/.test(tokens[s - 1].post) && (tokens[s - 1].tags.has('Adjective') || groupPluralDeterminers.has(tokens[s - 1].lower)) && !inQuote[s - 1]) s--;
      return { person: null, description: text.slice(tokens[s].start, head.end), first: s, last: j + 1, pronoun: false, kind: 'description' };
    }
    const kind = rules.organisationNameHeads.has(head.lower) || tokens.slice(s, j + 1).some((t) => t.tags.has('Organization')) ? 'organisation' : 'description';
    return { person: null, description: text.slice(tokens[s].start, head.end), first: s, last: j + 1, pronoun: false, kind };
  };
  // `…, he said.`, `…, said Peskov.`, `Survival, Mr. VandeHei says, depends on…`: the speaker and
  // cue close a clause; returns the speaker and where the content before them ends.
  const speakerAfterContent = (k: number, cue: Cue, sentenceFirst: number, sentenceLast: number): { speaker: Speaker; end: number } | null => {
    const prev = tokens[k - 1];
    // "…, the budget office reported.": a belief verb never closes content, a speech verb that is also one does.
    if (!prev || k - 1 < sentenceFirst || (rules.reportForms.has(tokens[k].lower) && !rules.cueForms.has(tokens[k].lower))) return null;
    // The cue closes its clause: nothing but a speaker, a comma or a phrase without a verb follows.
    const closes = (from: number) => /[,.;]/.test(tokens[from - 1].post) || from >= sentenceLast || !rangeHasVerb(from, sentenceLast);
    // "It is no surprise, Mr. Garin said, that the senator won": after a comma, "that" goes on with the content.
    if (tokens[cue.last]?.lower === 'that' && !/,\s*$/.test(tokens[cue.last - 1].post)) return null;
    if (/,\s*$/.test(prev.post)) {
      const s = speakerAt(cue.last);
      // "Tom Hart, whose father worked at the yard, said the sale was a mistake": a phrase with a
      // finite verb after the cue is the content's subject, not an inverted speaker.
      if (s && closes(s.last) && !tokens.slice(s.first, s.last).some((t) => t.tags.has('Copula') || auxiliaries.has(t.lower))) return { speaker: s, end: k };
    }
    if (!closes(cue.last)) return null;
    // "Asked whether the port would be sold, the mayor said…": the fronted question, up to the
    // speaker's comma, is not the content ("Asked to leave, the crowd stayed, police said" is).
    const fronted = (p: number) => frontedQuestions.has(tokens[sentenceFirst].lower) && tokens.slice(sentenceFirst, p - 1).every((t) => !/,/.test(t.post));
    let j = k - 1;
    while (j > sentenceFirst && tokens[j].tags.has('Adverb')) j--;
    for (let p = j; p >= Math.max(sentenceFirst + 1, j - 8); p--) {
      if (!/,\s*$/.test(tokens[p - 1].post)) continue;
      const s = speakerAt(p);
      if (s && s.last === j + 1) return fronted(p) ? null : { speaker: s, end: p };
      // "…, former officials said.", "…, the airline said Thursday.", "…, they said.": a noun
      // phrase or a pronoun that is no name.
      const phrase = subjectOf(k);
      // Not "…, who added to her lead": a relative pronoun opens a new clause.
      if (!phrase || phrase.first < p || relativeWords.has(tokens[p].lower)) return null;
      if (phrase.first === p) return fronted(p) ? null : { speaker: phrase, end: p };
      // "…, former officials said.": adjectives before a role the speakers module found alone;
      // "Mrs. Clinton, these people said, would…", "…, Mrs. Clinton's aides say, …": a determiner
      // or a possessor too, set off by commas.
      const parenthetical = /,\s*$/.test(tokens[cue.last - 1].post);
      const modifier = (t: (typeof tokens)[number]) => t.tags.has('Adjective') || (parenthetical && !hasVerb(t) && (t.tags.has('Determiner') || endsPossessive(t) || isCapitalised(t)));
      for (let q = p; q < phrase.first; q++) if (!modifier(tokens[q]) || !/^\s+$/.test(tokens[q].post)) return null;
      const description = parsed.text.slice(tokens[p].start, tokens[phrase.last - 1].end);
      return fronted(p) ? null : { speaker: { ...phrase, first: p, description: phrase.description === null ? null : description }, end: p };
    }
    return null;
  };
  const phraseFrom = (from: number, limit: number, longest = 8): Speaker | null => {
    let j = from;
    while (j < Math.min(limit, from + longest) && !inQuote[j]) {
      j++;
      if (/[,.;:()]/.test(tokens[j - 1].post)) break;
    }
    if (j <= from) return null;
    const kind = tokens.slice(from, j).some((t) => t.tags.has('Organization') || rules.organisationHeads.has(t.lower)) ? 'organisation' : 'description';
    return { person: null, description: text.slice(tokens[from].start, tokens[j - 1].end), first: from, last: j, pronoun: false, kind };
  };
  const skipTimeOrChannel = (j: number): number => {
    const words = (n: number, count: number) => tokens.slice(n, n + count).map((t) => t.lower).join(' ');
    for (let step = 0; step < 2; step++) {
      const t = tokens[j];
      if (!t || inQuote[j] || /[,;:]/.test(tokens[j - 1].post)) break;
      if ((timeWords.has(t.lower) || weekdays.has(t.lower)) && /^\s*$/.test(t.post)) j++;
      else if (dayPrepositions.has(t.lower) && tokens[j + 1] && weekdays.has(tokens[j + 1].lower) && /^\s*$/.test(tokens[j + 1].post)) j += 2;
      else if (tokens[j + 1] && timePhrases.has(words(j, 2)) && /^\s*$/.test(tokens[j + 1].post)) j += 2;
      // (At the end of the text fewer words are left: "…,” his colleague wrote on Facebook.)
      else if (tokens[j + 2] && channelPhrases.has(words(j, 3)) && /^\s*$/.test(tokens[j + 2].post)) j += 3;
      // "said on Twitter the plan…": a channel.
      else if (tokens[j + 1] && channelPhrases.has(words(j, 2)) && /^\s*$/.test(tokens[j + 1].post)) j += 2;
      else break;
    }
    return j;
  };
  // "Trump said he's not happy": the contraction is the clause's verb.
  const hasVerb = (t: (typeof tokens)[number]): boolean => t.tags.has('Verb') || (t.tags.has('Pronoun') && verbContractions.some((c) => t.lower.endsWith(c)));
  const rangeHasVerb = (from: number, to: number): boolean => {
    for (let j = from; j < to; j++) if (hasVerb(tokens[j])) return true;
    return false;
  };

  // "Ford itself said the deal was on", "Those surveyed said…", "Larry Cohen, a senior adviser
  // to the campaign and past president of the union, said…": a speech verb (cue-speech) with a
  // "that" or a clause after it reports even when the subject search names no one; the speaker is
  // a name that opens the sentence before a comma, else unknown. Not a passive ("it was said"), an
  // infinitive, a relative clause ("workers who had said nothing"), nor a participle used as an
  // adjective ("the recently announced layoffs").
  const unnamedSubject = (k: number, first: number): Speaker | null => {
    if (k <= first || !rules.cueForms.has(tokens[k].lower) || !tokens[k].tags.has('Verb') || /ing$/.test(tokens[k].lower)) return null;
    let b = k - 1;
    while (b > first && (tokens[b].tags.has('Adverb') || auxiliaries.has(tokens[b].lower)) && !passiveAuxiliaries.has(tokens[b].lower) && /^\s*$/.test(tokens[b].post)) b--;
    const prev = tokens[b];
    if (passiveAuxiliaries.has(prev.lower) || relativeWords.has(prev.lower) || prev.lower === 'to' || inQuote[b] || !/^[\s,]*$/.test(prev.post) || prev.tags.has('Determiner') || prev.tags.has('Preposition') || prev.tags.has('Adjective') || (prev.tags.has('Adverb') && b === first)) return null;
    // "…, said one official involved in the talks, who…": after a comma the verb may close the
    // content and name its speaker; a clause reaches its verb before a comma or a relative word.
    if (/,/.test(tokens[k - 1].post) && tokens[k + 1]?.lower !== 'that') {
      for (let j = k + 1; j < Math.min(k + 12, tokens.length); j++) {
        const t = tokens[j];
        if (inQuote[j] || relativeWords.has(t.lower)) return null;
        if (hasVerb(t) && !(/(ed|en)$/.test(t.lower) && tokens[j - 1].tags.has('Noun'))) break;
        if (/[,;:.]/.test(t.post) || t.sentence !== tokens[k].sentence) return null;
      }
    }
    const opening = speakerAt(first);
    if (opening && !opening.pronoun && opening.last < k && /,\s*$/.test(tokens[f.skipAffiliation(opening.last) - 1].post) && /,\s*$/.test(tokens[k - 1].post)) return opening;
    return { person: null, description: null, first: k, last: k, pronoun: false, kind: 'unknown' };
  };
  interface Found {
    speaker: Speaker;
    from: number;
    to: number;
    ruleId: string;
    /** The content may be a noun phrase with no verb ("criticized the plan"). */
    phrase?: boolean;
    /** The subject search named no one (unnamedSubject). */
    unnamed?: boolean;
  }
  // The cue rules of the first stage: according to, content before the cue, "that" or a clause after it.
  const resolveCue = (k: number, cue: Cue, sentence: { first: number; last: number }): Found | null => {
    const lemma = rules.cueForms.get(tokens[k].lower) ?? rules.reportForms.get(tokens[k].lower) ?? tokens[k].lower;
    let after: { speaker: Speaker; end: number } | null;
    if (tokens[k].lower === 'according' && cue.last - cue.first === 2) {
      // "according to exit polls", "according to a report by the central bank": the phrase up to a comma.
      // "But according to reports, …": a conjunction may open the sentence.
      // "It hasn't gone unnoticed: According to recent polls, Trump holds…": or a colon before it.
      const opening = cue.first === sentence.first || cue.first === clauseStart(sentence) || /:\s*$/.test(tokens[cue.first - 1].post);
      // "According to early results of the exit poll conducted by Edison Research, Clinton led…": a
      // source that opens the sentence may be long; its comma ends it ("According to a recent poll
      // of Indiana voters, …", where the speakers module reads "a recent poll" alone).
      let speaker = speakerAt(cue.last) ?? phraseFrom(cue.last, sentence.last, opening ? 20 : 8);
      if (opening && speaker && !/,\s*$/.test(tokens[speaker.last - 1].post)) speaker = phraseFrom(cue.last, sentence.last, 20) ?? speaker;
      if (!speaker) return null;
      // "According to the report, the plant…": the content follows the source's comma.
      if (opening) return /,\s*$/.test(tokens[speaker.last - 1].post) && speaker.last < sentence.last ? { speaker, from: speaker.last, to: sentence.last, ruleId: 'indirect-according-to' } : null;
      // "Fundraising, according to the campaign, has surged": a source set off by commas sits inside its content.
      if (/,\s*$/.test(tokens[cue.first - 1].post) && /,\s*$/.test(tokens[speaker.last - 1].post) && speaker.last < sentence.last) return { speaker, from: sentence.first, to: sentence.last, ruleId: 'indirect-according-to' };
      return { speaker, from: sentence.first, to: cue.first, ruleId: 'indirect-according-to' };
    }
    // indirect-participle: "The ministry responded on Friday, saying the plant had met…": the
    // -ing form after a comma speaks for the sentence's subject; it never closes content before it.
    const participle = /ing$/.test(tokens[k].lower) && k > sentence.first && /[,–—]\s*$/.test(tokens[k - 1].post);
    if (!participle && (after = speakerAfterContent(k, cue, sentence.first, sentence.last))) {
      // A parenthetical cue ("Survival, he says, depends on…") sits inside its content.
      const parenthetical = /,\s*$/.test(tokens[Math.max(cue.last, after.speaker.last) - 1].post);
      return { speaker: after.speaker, from: sentence.first, to: parenthetical ? sentence.last : after.end, ruleId: 'indirect-before-cue' };
    }
    // "Senator Marco Rubio says, win or lose in Florida, he's staying in the race": a comma after
    // the cue of a speaker who opens the sentence, then the clause.
    if (/,\s*$/.test(tokens[cue.last - 1].post) && !participle && cue.last < sentence.last && !inQuote[cue.last]) {
      const opening = subjectOf(cue.first);
      // Not "After Clinton testified, Gowdy…" (a subordinate clause), "Jokes are told, …" (a passive), "…reporting, …".
      // "As The Washington Post reported, even if Sanders…", "But as Comey noted, people…": "as"
      // opening a comment clause (rules: speaker-as-before-speaker) before the speaker.
      const comment = (first: number) => {
        const o = clauseStart(sentence, rules.speakerWords.asBeforeSpeaker);
        return first === o + 1 && rules.speakerWords.asBeforeSpeaker.has(tokens[o].lower) && /^\s*$/.test(tokens[o].post);
      };
      const opens = (s: Speaker) => comment(s.first) || tokens.slice(sentence.first, s.first).every((t) => /^\s*$/.test(t.post) && !hasVerb(t) && !t.tags.has('Preposition') && !t.tags.has('Conjunction'));
      const plain = !/ing$/.test(tokens[k].lower) && !auxiliaries.has(tokens[k - 1]?.lower ?? '') && !rules.adjacentCueForms.has(tokens[k].lower);
      if (opening && plain && opens(opening) && rangeHasVerb(cue.last, sentence.last)) return { speaker: opening, from: cue.last, to: sentence.last, ruleId: 'indirect-clause' };
    }
    // "As reported by Western Journalism, the former secretary…": a passive comment clause names
    // its speaker after "by".
    if (k === sentence.first + 1 && rules.speakerWords.asBeforeSpeaker.has(tokens[sentence.first].lower) && tokens[cue.last]?.lower === 'by' && /^\s*$/.test(tokens[k].post)) {
      const by = speakerAt(cue.last + 1) ?? phraseFrom(cue.last + 1, sentence.last);
      if (by && /,\s*$/.test(tokens[by.last - 1].post) && by.last < sentence.last && rangeHasVerb(by.last, sentence.last)) return { speaker: by, from: by.last, to: sentence.last, ruleId: 'indirect-clause' };
    }
    if (/[,:;.]/.test(tokens[cue.last - 1].post)) return null;
    const named = participle ? sentenceSubject(sentence.first, k) : subjectBefore(cue.first) ?? sharedSubject(cue.first);
    const speaker = named ?? (participle ? null : unnamedSubject(k, sentence.first));
    if (!speaker) return null;
    const unnamed = !named;
    const ruleOf = (id: string) => (participle ? 'indirect-participle' : id);
    // "said on Thursday that", "told reporters in an interview that": a "that" not far on.
    let that = -1;
    for (let j = cue.last; j < Math.min(sentence.last, cue.last + 10); j++) {
      if (inQuote[j]) break;
      if (tokens[j].lower === 'that' && !tokens[j + 1]?.tags.has('Verb')) {
        that = j;
        break;
      }
      // "Groberg says it is hard to blame anyone for that": a "that" after the clause has begun
      // (a verb or a subject pronoun) is no complementizer; "said in an interview published on
      // Friday that…": a participle after a noun has not begun it.
      const participle = /(ed|en)$/.test(tokens[j].lower) && tokens[j - 1].tags.has('Noun');
      if (isReportCue(j) || /[;:]/.test(tokens[j].post) || (tokens[j].tags.has('Verb') && !participle) || subjectPronouns.has(tokens[j].lower)) break;
    }
    // "The ministry said on Monday it would…", "said in a statement the plant…": a time or
    // channel phrase may stand between the verb and its clause.
    // "told reporters the port…", "assured The Associated Press the sale…": the hearer, then the clause.
    const hearer = (j: number): number => {
      const t = tokens[j];
      if (!t || inQuote[j] || !/^\s*$/.test(t.post)) return j;
      // An object pronoun or a bare plural ("reporters", "supporters").
      if (hearerPronouns.has(t.lower) || (t.tags.has('Plural') && t.tags.has('Noun') && !t.tags.has('Pronoun'))) return j + 1;
      const s = speakerAt(j);
      if (s && !s.pronoun && s.first >= j && /^\s*$/.test(tokens[s.last - 1].post)) return s.last;
      // "told POLITICO she was leaning…", "told The Huffington Post he's not…": a name the speakers
      // module does not know (a publication in capitals) is the hearer too.
      let n = j + (tokens[j].lower === 'the' ? 1 : 0);
      while (n < j + 5 && tokens[n] && isCapitalised(tokens[n]) && !inQuote[n] && /^\s+$/.test(tokens[n].post)) n++;
      return n > j && isCapitalised(tokens[n - 1]) ? n : j;
    };
    const heard = hearerVerbs.has(lemma) ? hearer(cue.last) : cue.last;
    const clause = skipTimeOrChannel(heard);
    const next = tokens[clause];
    // "They argued that the bridge would…": an unresolved pronoun keeps its content, with no
    // speaker (on tune, with the stance verbs of cue-report-object-stance: 31 more right, 11 more wrong).
    if (that >= 0) return { speaker, from: that + 1, to: sentence.last, ruleId: ruleOf('indirect-that'), unnamed };
    // "Putin said Moscow would…": a clause right after the verb (not "told him", "said on", nor
    // "warned against complacency", where the tagger may read "against" as an adjective).
    if (next && next.sentence === tokens[k].sentence && !inQuote[clause] && (rules.bareClauseLemmas.has(lemma) || heard > cue.last) &&
      // "The party says 34,570 citizens voted": a figure opens the clause too.
      (((next.tags.has('Noun') || next.tags.has('Determiner') || next.tags.has('Adjective') || next.tags.has('Gerund') || (next.tags.has('Value') && !next.tags.has('Date') && !figureObjectVerbs.has(lemma)) || clauseOpeners.has(next.lower)) && !next.tags.has('Preposition') && !notClauseOpeners.has(next.lower)) ||
        pluralSubjectReadAsVerb(clause, sentence.last, speaker) || (hedgedFigure(clause) && !figureObjectVerbs.has(lemma))) &&
      // "…praised the crews and thanked volunteers": a "clause" with no verb is left to the object verbs.
      rangeHasVerb(clause, sentence.last)) return { speaker, from: clause, to: sentence.last, ruleId: ruleOf('indirect-clause'), unnamed };
    // indirect-relative: "Sanders's donor list, which the campaign says includes 2.7 million
    // contributors, …", "a rule change that he said would make it harder…": the relative word
    // (reported-gap-opener) is the subject of the verb right after the cue. The content is the
    // relative clause, from that word to its comma.
    // Not "in which the men were charged": a passive cue, or a relative word after a preposition.
    const opener = speaker.first - 1;
    if (!unnamed && !participle && rules.cueForms.has(tokens[k].lower) && opener >= sentence.first && gapOpeners.has(tokens[opener].lower) && next && next.sentence === tokens[k].sentence && !inQuote[clause] &&
      !passiveAuxiliaries.has(tokens[k - 1].lower) && !(opener > sentence.first && tokens[opener - 1].tags.has('Preposition')) &&
      (next.tags.has('Modal') || next.tags.has('Copula') || next.tags.has('Auxiliary') || (hasVerb(next) && !next.tags.has('Gerund') && !next.tags.has('Infinitive')))) {
      let to = clause + 1;
      while (to < sentence.last && !inQuote[to] && !/[,;:–—()]/.test(tokens[to - 1].post)) to++;
      return { speaker, from: opener, to, ruleId: 'indirect-relative' };
    }
    return null;
  };
  // "The union said talks with the government had broken down", "said prices would rise": right
  // after a cue a present-tense verb has no subject, so an -s form there is a plural noun the
  // tagger read as a verb, when the clause has a verb of its own after it.
  // Not "which the campaign says includes…", "who it believes deserves…" (reported-gap-opener): there
  // the -s form is the verb. The clause's verb must be past, modal or auxiliary, before any comma.
  const pluralSubjectReadAsVerb = (j: number, to: number, speaker: Speaker): boolean => {
    const t = tokens[j];
    if (!t || !t.tags.has('PresentTense') || t.tags.has('Auxiliary') || t.tags.has('Copula') || !/^[a-z]{2,}[^s]s$/.test(t.lower) || !/^\s+$/.test(t.post)) return false;
    if (gapOpeners.has(tokens[speaker.first - 1]?.lower ?? '')) return false;
    for (let v = j + 1; v < to && !inQuote[v]; v++) {
      if (hasVerb(tokens[v])) return tokens[v].tags.has('Auxiliary') || tokens[v].tags.has('Modal') || tokens[v].tags.has('PastTense');
      if (/[,;:]/.test(tokens[v].post)) return false;
    }
    return false;
  };
  // "NHS England said about 1.2 million appointments had been…": a hedge before a figure opens the clause.
  const hedgedFigure = (j: number): boolean => {
    const n = phraseLengthAt(tokens, j, rules.hedges);
    return n > 0 && !!tokens[j + n]?.tags.has('Value') && !tokens[j + n].tags.has('Date');
  };
  // indirect-object (cue-report-object): "The senator criticized the administration's handling
  // of the crisis": the subject speaks and the verb's object is what was said.
  const objectCueAt = (k: number): Cue | null => {
    const t = tokens[k];
    if (!t || inQuote[k] || usedCues.has(k) || !t.tags.has('Verb')) return null;
    for (const parts of rules.reportObjectCues.byFirst.get(t.lower) ?? []) {
      if (parts.every((p, n) => tokens[k + n]?.lower === p && !inQuote[k + n])) return { first: k, last: k + parts.length };
    }
    return null;
  };
  const resolveObject = (cue: Cue, sentence: { first: number; last: number }): Found | null => {
    const k = cue.first;
    if (/[,:;.]/.test(tokens[cue.last - 1].post) || cue.last >= sentence.last) return null;
    // Phrasal verbs that are not speech: "showed up", "support is growing".
    if (cueParticles.has(tokens[cue.last].lower)) return null;
    const participle = /ing$/.test(tokens[k].lower) && k > sentence.first && /[,–—]\s*$/.test(tokens[k - 1].post);
    // Passives are not speech by the subject: "was backed by", "supported by most voters", "asked to name".
    if (tokens[cue.last].lower === 'by' || (k > sentence.first && !/ing$/.test(tokens[k].lower) && passiveAuxiliaries.has(tokens[k - 1].lower))) return null;
    // "Trump's proposed ban", "300 pledged delegates": a participle right after a possessive or a
    // number is an adjective, not the verb of a subject.
    if (k > sentence.first && cue.last - cue.first === 1 && /(ed|en)$/.test(tokens[k].lower) && /^\s*$/.test(tokens[k - 1].post) && (endsPossessive(tokens[k - 1]) || /^[\d,.]+$/.test(tokens[k - 1].word))) return null;
    // cue-report-naming: "called him a liar", not "a firm called Acme" or "called a meeting".
    if (rules.reportNamingCues.byFirst.has(tokens[k].lower) && cue.last - cue.first === 1 && !objectPronouns.has(tokens[cue.last].lower) && speakerAt(cue.last)?.kind !== 'person') return null;
    const from = skipTimeOrChannel(cue.last);
    // "reported from Los Angeles", "reports as …": no object, the verb is not a report of content.
    // "the deficit projected last August", "the plan announced this year", "proposed under a flat
    // rate": a time or place after the verb means its object came before it (a relative clause).
    if (!tokens[from] || from >= sentence.last || (cue.last - cue.first === 1 && (objectStops.has(tokens[from].lower) || (tokens[from].tags.has('Preposition') && !objectKeeps.has(tokens[from].lower)))) || (tokens[from].tags.has('Conjunction') && tokens[from].lower !== 'to')) return null;
    // "which Beijing has vowed to ignore.": an infinitive with no object of its own.
    if (tokens[from].lower === 'to' && from + 2 >= sentence.last) return null;
    // (Sharing the subject of an earlier verb, "…and praised the plan", added 65 right and 24
    // wrong on tune for object verbs, so only speech verbs do.) "The mayor toured the site,
    // criticizing the plan": an object verb's participle speaks for a named sentence subject.
    const speaker = participle ? sentenceSubject(sentence.first, k) : subjectBefore(cue.first);
    // "A new group called Black Votes Matter is…": after an indefinite description, a naming verb is its name.
    if (speaker && rules.reportNamingCues.byFirst.has(tokens[k].lower) && indefiniteArticles.has(tokens[speaker.first].lower)) return null;
    // "Nobody opposed him", "who endorsed Trump", "they want…": with no one named, an object verb
    // is too often not speech (on tune: 0.75 precision with an unresolved pronoun).
    if (!speaker || f.nameOf(speaker) === null) return null;
    return { speaker, from, to: sentence.last, ruleId: participle ? 'indirect-participle' : 'indirect-object', phrase: true };
  };
  // The subject of a sentence: its first speaker candidate that is not a preposition's object.
  const sentenceSubject = (first: number, k: number): Speaker | null => {
    const cands = f.candidatesIn(first, k);
    for (const s of cands) if (!precededByPreposition(s.first)) {
      if (s.first - first <= 3) return s;
      break;
    }
    // "“…,” said Ana Reyes, adding that…", "On Sunday, he defended the plan, saying…": the speaker
    // of the sentence's last cue, or the nearest candidate that is a verb's subject.
    for (const s of cands.reverse()) {
      if (precededByPreposition(s.first) || inQuote[s.first]) continue;
      if (s.first > first && cueAt(s.first - 1)) return s;
      let v = f.skipAffiliation(s.last);
      while (v < k && (auxiliaries.has(tokens[v].lower) || tokens[v].tags.has('Adverb'))) v++;
      if (v < k && /^\s*$/.test(tokens[v - 1].post) && tokens[v].tags.has('Verb') && !tokens[v].tags.has('Gerund')) return s;
    }
    // "Senate Republicans have blocked the bills for years, saying they…": a plain noun phrase
    // that opens the sentence as the subject of its first verb.
    for (let v = first + 1; v < k && !inQuote[v] && !/[,;:()]/.test(tokens[v - 1].post); v++) {
      if (!tokens[v].tags.has('Verb') || tokens[v].tags.has('Gerund')) continue;
      const s = subjectOf(v);
      return s && s.first <= first + 1 ? s : null;
    }
    return null;
  };

  // "…, saying the plan would fail", "…, adding that…": a speech verb's participle after a comma
  // starts a second attribution inside content [from, to); returns the token the content ends before.
  // (Cutting also at "and"/"but" + verb or at a new subject cost precision on tune: 22 more right
  // and 29 more wrong, and 7 fewer right and 42 more wrong.)
  const secondAttribution = (from: number, to: number, own: Cue): number => {
    for (let j = from + 1; j < to; j++) {
      // ("That's bad, according to Rubio, because…": the content's own cue sits inside it.)
      if (inQuote[j] || (j >= own.first && j < own.last)) continue;
      // "…said there was no call, adding: “…”": a participle that cues a direct quotation ends the content too.
      if (j > from + 1 && /ing$/.test(tokens[j].lower) && /[,–—]\s*$/.test(tokens[j - 1].post) && (isReportCue(j) || cueAt(j))) return j;
      // "…praised the nominee and said Republicans should…", "…, but Ryan said the bill…": a
      // second speech cue after a conjunction, with or without its own subject, starts a second
      // attribution (the loop goes on to it).
      if (!contrastJoiners.has(tokens[j].lower) || !/^\s*$/.test(tokens[j].post)) continue;
      let c = j + 1;
      const s = speakerAt(c);
      if (s && s.last < to) c = s.last;
      while (c < to && c - j < 8 && secondVerbSkips.has(tokens[c].lower)) c++;
      if (c < to && cueAt(c) && !/ing$/.test(tokens[c].lower)) return j;
      // "…as most unfair, and a third said that of Cruz's campaign": after a comma, a short noun
      // phrase with no verb, then a cue.
      if (/,\s*$/.test(tokens[j - 1].post)) {
        for (let n = j + 1; n < Math.min(to, j + 6) && !inQuote[n]; n++) {
          if (cueAt(n) && !/ing$/.test(tokens[n].lower)) {
            if (n > j + 1) return j;
            break;
          }
          if (hasVerb(tokens[n]) || /[,;:]/.test(tokens[n].post)) break;
        }
      }
    }
    return to;
  };

  // indirect-evidence: a poll, a study or a record reports the clause. "A CNN/ORC poll of South
  // Carolina released on Tuesday showed Mr. Trump with a 16-point lead", "Polls there show…",
  // "The aircraft, records show, was insured…".
  // The modifiers before an evidence noun: "A Wall Street Journal/NBC News poll", "Last year's FBI statistics".
  const evidencePhraseStart = (n: number, first: number): number => {
    const modifier = (m: number): boolean => {
      const t = tokens[m];
      if (!/^[\s/-]*$/.test(t.post) || inQuote[m] || relativeWords.has(t.lower) || t.tags.has('Conjunction') || t.tags.has('Preposition')) return false;
      // "Exit polling", "Edison Research": a capitalised word is part of the name, whatever its tag.
      if (isCapitalised(t)) return true;
      // "of exit polls": a verb reading right before the noun, after a preposition or an article, is a compound's first word.
      if (hasVerb(t) && !t.tags.has('Adjective') && !t.tags.has('Noun')) return m === n - 1 && !/(ed|ing)$/.test(t.lower) && m - 1 >= first && (tokens[m - 1].tags.has('Preposition') || tokens[m - 1].tags.has('Determiner'));
      return t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Noun') || t.tags.has('Value');
    };
    let s = n;
    while (s > first && n - s < 8 && modifier(s - 1)) s--;
    return s;
  };
  // The subject opens its clause: the sentence's start, a comma, a conjunction ("as polls show"),
  // or "that" after a cue. Not "Voters who took the survey found…", where a verb comes before it.
  const opensClause = (s: number, first: number): boolean =>
    s === first || /[,–—(]\s*$/.test(tokens[s - 1].post) || evidenceClauseOpeners.has(tokens[s - 1].lower) || tokens[s - 1].lower === 'that';
  const evidenceSubject = (k: number, first: number): Speaker | null => {
    let j = k - 1;
    // "polls have consistently shown", "the data would suggest": auxiliaries and adverbs between.
    while (j > first && (auxiliaries.has(tokens[j].lower) || tokens[j].tags.has('Adverb') || tokens[j].tags.has('Modal')) && /^\s*$/.test(tokens[j].post)) j--;
    // "her medical records, which showed…", "a new poll that shows…": the relative pronoun stands for the noun.
    if (j > first && (relativeWords.has(tokens[j].lower) || tokens[j].lower === 'that')) j--;
    for (let m = j; m >= Math.max(first, j - 16); m--) {
      const t = tokens[m];
      if (m < j && evidenceClauseOpeners.has(t.lower)) return null;
      if (inQuote[m] || /[;:]/.test(t.post) || relativeWords.has(t.lower)) return null;
      if (evidenceNouns.has(t.lower)) {
        const s = evidencePhraseStart(m, first);
        // "Early results of exit polls conducted by Edison Research show": the phrase goes on before a preposition.
        if (!opensClause(s, first)) {
          if (s - 1 > first && tokens[s - 1].tags.has('Preposition') && !evidenceClauseOpeners.has(tokens[s - 1].lower)) {
            m = s;
            continue;
          }
          return null;
        }
        return { person: null, description: text.slice(tokens[s].start, t.end), first: s, last: m + 1, pronoun: false, kind: 'description' };
      }
      // Between the noun and the verb only a modifier: "poll out Monday", "survey, conducted by the
      // institute,": a participle, no finite verb.
      if (m < j && hasVerb(t) && !isCapitalised(t) && !/(ed|en|wn)$/.test(t.lower)) return null;
    }
    return null;
  };
  const evidenceAt = (k: number, sentence: { first: number; last: number }): Found | null => {
    const t = tokens[k];
    if (!t || inQuote[k] || usedCues.has(k) || !rules.evidenceCues.has(t.lower) || /ing$/.test(t.lower) || k === sentence.first) return null;
    const speaker = evidenceSubject(k, sentence.first);
    if (!speaker) return null;
    // "…, polls show." and "The aircraft, records show, was insured…": the cue sits at the end of
    // its content or inside it, between commas.
    const closes = k + 1 >= sentence.last;
    if (closes || /,\s*$/.test(t.post)) {
      if (speaker.first <= sentence.first || !/,\s*$/.test(tokens[speaker.first - 1].post)) return null;
      return { speaker, from: sentence.first, to: closes ? speaker.first : sentence.last, ruleId: 'indirect-evidence' };
    }
    let from = k + 1;
    if (tokens[from].lower === 'that') from++;
    // "Her medical records, which showed she was fit for duty, were released in July": a relative
    // clause set off by a comma ends at the next one.
    let to = sentence.last;
    if (speaker.last <= k - 1 && relativeWords.has(tokens[k - 1].lower) && /,\s*$/.test(tokens[k - 2].post)) {
      for (let c = from; c < sentence.last - 1; c++) if (/,\s*$/.test(tokens[c].post)) {
        to = c + 1;
        break;
      }
    }
    const next = tokens[from];
    // Not "showed up", "found in", "suggested to": a particle or a preposition is no finding.
    if (/[:;.]/.test(t.post) || from >= sentence.last || inQuote[from] || cueParticles.has(next.lower) || (next.tags.has('Preposition') && from === k + 1)) return null;
    return { speaker, from, to, ruleId: 'indirect-evidence', phrase: true };
  };
  // "In a CBS News poll last month, she led Mr. Sanders 56 percent to 32 percent": an opening
  // phrase whose head is an evidence noun reports the clause after its comma.
  const evidenceOpening = (k: number, sentence: { first: number; last: number }): Found | null => {
    if (!evidenceOpeners.has(tokens[k].lower) || inQuote[k]) return null;
    if (k !== sentence.first && k !== clauseStart(sentence)) return null;
    let c = k + 1;
    while (c < sentence.last - 1 && c - k < 16 && !/[,;:.()]/.test(tokens[c].post) && !inQuote[c]) c++;
    if (c >= sentence.last - 1 || !/,\s*$/.test(tokens[c].post) || inQuote[c]) return null;
    let n = k + 1;
    while (n <= c && !evidenceNouns.has(tokens[n].lower)) {
      if (hasVerb(tokens[n]) && !tokens[n].tags.has('Adjective') && !tokens[n].tags.has('Noun')) return null;
      n++;
    }
    if (n > c) return null;
    // The clause needs a verb, and none of its own cues: "In a statement, the agency said…" is the
    // speech verb's ("statement" is no evidence noun, but "In the study, researchers found…" is).
    const from = c + 1;
    if (!rangeHasVerb(from, sentence.last)) return null;
    for (let m = from; m < sentence.last; m++) if (cueAt(m) || isReportCue(m) || rules.evidenceCues.has(tokens[m].lower)) return null;
    const speaker: Speaker = { person: null, description: text.slice(tokens[k + 1].start, tokens[c].end), first: k + 1, last: c + 1, pronoun: false, kind: 'description' };
    return { speaker, from, to: sentence.last, ruleId: 'indirect-evidence' };
  };

  // "When Rubio thanked Miami and said it was great to be home, the crowd cheered": in a clause that
  // a subordinator (reported-subordinator) opens before the speaker, the content ends at the comma
  // that closes it, when a clause with a verb follows.
  const subordinateEnd = (sentence: { first: number; last: number }, speaker: Speaker, from: number, to: number): number => {
    const o = clauseStart(sentence, subordinators);
    if (!subordinators.has(tokens[o]?.lower ?? '') || o >= speaker.first || speaker.first >= from) return to;
    // (Not "As the Post reported, even if…, he would trail": the subordinate clause closed before the content.)
    for (let j = o; j < from; j++) if (/[,;:]/.test(tokens[j].post)) return to;
    for (let j = from; j < to - 2; j++) {
      if (inQuote[j]) return to;
      if (/,\s*$/.test(tokens[j].post)) return rangeHasVerb(j + 1, to) ? j + 1 : to;
    }
    return to;
  };
  // The speaker of the last reported speech, for a verb that shares its subject ("…and said he would").
  let previous: { speaker: Speaker; sentence: number; last: number } | null = null;

  // indirect-colon: "Obama: Americans will say no to Trump", a headline or a paragraph that opens
  // with a named speaker and a colon; the content runs to the end of the line.
  const colonContent = (k: number, sentence: { first: number; last: number }): Found | null => {
    if (k > 0 && !/\n/.test(tokens[k - 1].post)) return null;
    // "Gowdy: Inquiry Helped Reveal Email Scandal": names in a headline are not mentions, so a
    // headline's label is the person of the story whose name ends with it.
    let label = k;
    while (label < sentence.last && label - k < 4 && isCapitalised(tokens[label]) && /^\s*$/.test(tokens[label].post)) label++;
    const labelled = label < Math.min(k + 4, sentence.last) && isCapitalised(tokens[label]) && /^\s*:\s*$/.test(tokens[label].post) && tokens.slice(k, label + 1).some((t) => /\p{Ll}/u.test(t.word));
    const headline = (tokens[k].furniture === 'headline' || k === 0) && labelled ? f.personLabelled(k, label + 1) : null;
    let speaker = speakerAt(k) ?? headline;
    // A line of its own that a label opens, where names are not mentions ("Graham: Trump's Rhetoric
    // Destroying GOP's Chance", "Poll: Trump Ties Clinton"): a person of the story whose name ends
    // with the label, or a document or an institution (reported-evidence-noun, organisation heads).
    // The content is a headline of four words or more: "Rubio: Finish second." is a list, not a claim.
    let lineLabel = false;
    if (!speaker && labelled) {
      const head = tokens[label].lower;
      const institution = rules.organisationNameHeads.has(head);
      speaker = f.personLabelled(k, label + 1) ?? (evidenceNouns.has(head) || institution ? { person: null, description: text.slice(tokens[k].start, tokens[label].end), first: k, last: label + 1, pronoun: false, kind: institution ? 'organisation' : 'description' } : null);
      lineLabel = true;
    }
    if (!speaker || speaker.pronoun || (speaker.kind !== 'person' && speaker.kind !== 'organisation' && !lineLabel) || !/^\s*:\s*$/.test(tokens[speaker.last - 1].post)) return null;
    let to = speaker.last;
    while (to < sentence.last && !inQuote[to] && (to === speaker.last || !/\n/.test(tokens[to - 1].post))) to++;
    if (lineLabel && (to - speaker.last < 4 || /^\d/.test(tokens[speaker.last].word))) return null;
    // (A headline's words are often tagged as names, not verbs: after a label the content may read as a phrase.)
    return to - speaker.last >= 3 ? { speaker, from: speaker.last, to, ruleId: 'indirect-colon', phrase: lineLabel } : null;
  };

  for (const sentence of parsed.sentences) {
    for (let k = sentence.first; k < sentence.last; k++) {
      let cue = isReportCue(k);
      let found = cue ? resolveCue(k, cue, sentence) : null;
      if (!found && k === sentence.first && (found = colonContent(k, sentence))) cue = { first: found.speaker.last - 1, last: found.speaker.last };
      // (A document's finding before an object verb's: "Early results of exit polls conducted for
      // the networks show…" is the results', not the networks'.)
      if (!found && (found = evidenceAt(k, sentence) ?? evidenceOpening(k, sentence))) cue = { first: k, last: k + 1 };
      if (!found) {
        const objectCue = objectCueAt(k);
        if (objectCue) [cue, found] = [objectCue, resolveObject(objectCue, sentence)];
      }
      if (!cue || !found) continue;
      const { speaker, from, ruleId } = found;
      let to = secondAttribution(from, subordinateEnd(sentence, speaker, from, found.to), cue);
      // Stop at a direct quotation inside the sentence.
      let quoted = false;
      for (let j = from; j < to; j++) if (inQuote[j] || opensQuote(tokens[j])) {
        [to, quoted] = [j, true];
        break;
      }
      // "said he saw a quick end to the war, but admitted that they had “different opinions”": the
      // quotation belongs to a second clause; the reported speech ends before it.
      if (quoted) {
        for (let j = to - 1; j > from + 2; j--) {
          // "He says he respects Clinton and calls her “…”": a second verb after "and" opens a new clause too.
          if ((/,\s*$/.test(tokens[j - 1].post) && clauseBoundaries.has(tokens[j].lower)) || (sharedSubjectJoiners.has(tokens[j].lower) && (cueAt(j + 1) !== null || rules.reportObjectCues.byFirst.has(tokens[j + 1]?.lower ?? '')))) {
            [to, quoted] = [j, false];
            break;
          }
        }
      }
      // "Ana Reyes said the port was “a national disgrace”", "decried the issue of “…”": content that
      // runs into a quotation is a mixed quote (its content has quotation marks), not reported speech.
      if (quoted) continue;
      while (to > from && trailingConjunctions.has(tokens[to - 1].lower)) to--;
      if (found.phrase ? to <= from || !tokens.slice(from, to).some((t) => t.tags.has('Noun') || t.tags.has('Verb')) : to - from < 3 || !rangeHasVerb(from, to)) continue;
      const start = tokens[from].start;
      let end = tokens[to - 1].end;
      while (end > start && /[\s,.;:]/.test(text[end - 1])) end--;
      const name = f.nameOf(speaker);
      if (!name && !speaker.pronoun && speaker.kind !== 'unknown') continue;
      // "It was said the port would be sold", "I was told that…": a passive cue with no one named
      // reports no speaker's words (on tune: 4 fewer wrong, 1 fewer right).
      let before = cue.first - 1;
      while (before > 0 && tokens[before].tags.has('Adverb') && /^\s*$/.test(tokens[before].post)) before--;
      if (!name && passiveAuxiliaries.has(tokens[before]?.lower ?? '')) continue;
      if (speaker.pronoun && speaker.person !== null) pronounMentions.push({ person: speaker.person, first: speaker.first, last: speaker.last, kind: 'pronoun', ruleId: 'pronoun-speaker' });
      // "the senator said": a role read as a person is a description mention (speaker-definite-role).
      if (speaker.role && speaker.person !== null) pronounMentions.push({ person: speaker.person, first: speaker.first, last: speaker.last, kind: 'description', ruleId: 'speaker-definite-role' });
      // "…, said he did not see the evidence": the content of a subject found by unnamedSubject is not
      // searched for cues of its own, so a resolved pronoun subject in it is kept as a mention here.
      if (found.unnamed) for (let j = from; j < to; j++) {
        const inner = tokens[j + 1]?.tags.has('Verb') ? speakerAt(j) : null;
        if (inner?.pronoun && inner.person !== null && inner.first === j) pronounMentions.push({ person: inner.person, first: inner.first, last: inner.last, kind: 'pronoun', ruleId: 'pronoun-speaker' });
      }
      const cueText = ruleId === 'indirect-colon' ? ':' : text.slice(tokens[cue.first].start, tokens[cue.last - 1].end);
      quotes.push({
        text: text.slice(start, end),
        start,
        end,
        direct: false,
        speaker: name,
        speakerKind: speaker.kind,
        cue: cueText,
        ruleId,
        sieve: ruleId,
        confidence: confidenceOf(rules, ruleId, speaker),
        shape: tokens[speaker.first].start < start ? 'SCQ' : 'QCS',
      });
      previous = { speaker, sentence: tokens[k].sentence, last: to };
      k = Math.max(k, cue.last - 1, speaker.last - 1, to - 1);
    }
  }
  return { quotes, pronounMentions };
}

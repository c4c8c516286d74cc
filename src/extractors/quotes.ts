// Quotes: every direct quotation in straight or curly double quotes, full or partial, with its
// speaker and cue verb. Speakers are found the way wire copy writes them: a cue after the quote
// (`,” Zelensky said`, `,” said Zelensky`, `,” he told`), a cue before it in the same sentence
// (`Trump wrote: “…”`, `he was “very disappointed”`), or the previous quote's speaker when a
// paragraph goes on quoting with no cue. Pronouns and role descriptions resolve to people.
// Does not find indirect speech, and does not treat single quotation marks as quotes, since
// they are mostly apostrophes in wire copy.
import type { CompiledRules, Gender } from '../rules.js';
import type { MentionRef, PeopleResult } from '../mentions.js';
import { closesQuote, firstTokenFrom, isCapitalised, opensQuote, type ParsedText, type Token } from '../parse.js';
import { isTitleHead, isTitleWord } from '../titles.js';
import type { Paragraph } from '../layout.js';
import type { Quote, Warning } from '../types.js';

export interface QuoteSpan {
  /** Content, without the marks. */
  start: number;
  end: number;
  /** Index of the opening mark; the closing mark is at `end` unless `closed` is false. */
  open: number;
  closed: boolean;
  paragraph: number;
}

export interface QuotesResult {
  quotes: Quote[];
  /** Pronoun mentions that were resolved to a person while attributing quotes. */
  pronounMentions: MentionRef[];
  warnings: Warning[];
}

/** How many tokens before a quote are searched for its cue and speaker. */
const SCAN = 60;
const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
const PREPOSITIONS = new Set(['with', 'to', 'by', 'of', 'from', 'against', 'for', 'in', 'on', 'at', 'about', 'between', 'and', 'or', 'than', 'like', 'urged', 'met', 'meeting']);

/** Quote spans in the raw text, paragraph by paragraph. */
export function findQuoteSpans(text: string, paragraphs: Paragraph[], warnings: Warning[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  paragraphs.forEach((para, p) => {
    // A headline's quotation ("Trump: 'We will win'") is told again in the story; bylines,
    // credits and tables hold none.
    if (para.furniture) return;
    let open = -1;
    let openWidth = 1;
    let straight = false;
    for (let i = para.start; i < para.end; i++) {
      const ch = text[i];
      // Two apostrophes stand for a straight double quote in some wire archives ('' … '').
      const straightWidth = ch === '"' ? 1 : ch === "'" && text[i + 1] === "'" ? 2 : 0;
      if (OPENERS.has(ch)) {
        if (open < 0) {
          open = i;
          openWidth = 1;
          straight = false;
        }
      } else if (CLOSERS.has(ch)) {
        if (open >= 0 && !straight) {
          spans.push({ start: open + openWidth, end: i, open, closed: true, paragraph: p });
          open = -1;
        } else if (open < 0) {
          warnings.push({ code: 'stray-closing-quote', message: 'a closing quotation mark with no opening one', start: i });
        }
      } else if (straightWidth) {
        if (open >= 0 && straight) {
          spans.push({ start: open + openWidth, end: i, open, closed: true, paragraph: p });
          open = -1;
        } else if (open < 0 && !/[\p{L}\p{N}=]/u.test(text[i - 1] ?? ' ')) {
          // (After "=" it is an HTML attribute's value, as in pasted markup.)
          open = i;
          openWidth = straightWidth;
          straight = true;
        }
        i += straightWidth - 1;
      }
    }
    if (open >= 0) {
      // Wire quotes that run over paragraphs leave the mark open on purpose.
      let end = para.end;
      while (end > open + openWidth && /\s/.test(text[end - 1])) end--;
      spans.push({ start: open + openWidth, end, open, closed: false, paragraph: p });
      const next = paragraphs[p + 1];
      if (!next || !/^[\s]*([“"„«]|'')/.test(text.slice(next.start, next.start + 4))) {
        warnings.push({ code: 'unclosed-quote', message: 'an opening quotation mark is never closed in its paragraph', start: open });
      }
    }
  });
  return spans.filter((s) => /[\p{L}\p{N}]/u.test(text.slice(s.start, s.end)));
}

interface Speaker {
  person: number | null;
  description: string | null;
  first: number;
  last: number;
  pronoun: boolean;
}

interface Cue {
  first: number;
  last: number;
}

export function extractQuotes(parsed: ParsedText, rules: CompiledRules, people: PeopleResult): QuotesResult {
  const { text, tokens } = parsed;
  const warnings: Warning[] = [];
  const spans = findQuoteSpans(text, parsed.paragraphs, warnings);
  const inQuote = new Array<boolean>(tokens.length).fill(false);
  {
    let s = 0;
    for (const t of tokens) {
      while (s < spans.length && spans[s].end <= t.start) s++;
      if (s < spans.length && t.start >= spans[s].start && t.start < spans[s].end) inQuote[t.i] = true;
    }
  }
  const mentionAt = new Map<number, MentionRef>();
  for (const m of people.mentions) if (!inQuote[m.first]) mentionAt.set(m.first, m);
  const pronounMentions: MentionRef[] = [];

  const cueAt = (k: number): Cue | null => {
    const t = tokens[k];
    if (!t || inQuote[k]) return null;
    for (const parts of rules.cuePhrases.byFirst.get(t.lower) ?? []) {
      if (parts.every((p, n) => tokens[k + n]?.lower === p)) return { first: k, last: k + parts.length };
    }
    if (rules.cueForms.has(t.lower) && (t.tags.has('Verb') || !t.tags.has('Noun') || t.tags.has('PastTense'))) return { first: k, last: k + 1 };
    return null;
  };
  const skipAdverbs = (k: number, limit = 3): number => {
    let n = 0;
    while (n < limit && tokens[k] && !inQuote[k] && (tokens[k].tags.has('Adverb') || tokens[k].tags.has('Negative')) && !cueAt(k)) {
      k++;
      n++;
    }
    return k;
  };

  // A speaker written at token k: a person mention (after any title words), a pronoun, or a description.
  const speakerAt = (k: number): Speaker | null => {
    if (!tokens[k] || inQuote[k]) return null;
    let j = k;
    // Title words before the name: "Sen. Tom Carper", "former Pennsylvania Gov. Ed Rendell".
    while (j < k + 8 && tokens[j] && !mentionAt.has(j) && (isTitleWord(tokens[j], rules) || isCapitalised(tokens[j]) || (j > k && tokens[j].lower === 'and')) && /^\.?[\s-]*$/.test(tokens[j].post)) j++;
    const m = mentionAt.get(j) ?? mentionAt.get(k);
    if (m) return { person: m.person, description: null, first: m.first, last: m.last, pronoun: false };
    const gender = rules.pronouns.get(tokens[k].lower);
    if (gender && (tokens[k].lower === 'he' || tokens[k].lower === 'she')) {
      const person = resolvePronoun(k, gender);
      return { person, description: null, first: k, last: k + 1, pronoun: true };
    }
    return descriptionFrom(k);
  };
  // "a government spokesman", "the ministry": determiner + words up to a noun head. The head must
  // be a role, unless a cue follows at once (`,” the website explains`, `said a person close to…`).
  const descriptionFrom = (k: number): Speaker | null => {
    const t = tokens[k];
    if (!t || !/^(the|a|an|one)$/.test(t.lower)) return null;
    let j = k + 1;
    while (j < k + 5 && tokens[j] && tokens[j].sentence === t.sentence && /^[\s-]*$/.test(tokens[j].post) && !cueAt(j + 1) && !/^(of|to|in|at|for|close|who)$/.test(tokens[j + 1]?.lower ?? '')) j++;
    const head = tokens[j];
    if (!head || !head.tags.has('Noun') || head.tags.has('Pronoun') || inQuote[j]) return null;
    const beforeQuote = k > 0 && closesQuote(tokens[k - 1]);
    const cueBefore = k > 0 && cueAt(k - 1) !== null;
    if (!isTitleHead(head, rules) && !(beforeQuote && cueAt(skipAdverbs(j + 1))) && !cueBefore) return null;
    return { person: null, description: text.slice(t.start, head.end), first: k, last: j + 1, pronoun: false };
  };

  const followedByCue = (m: { last: number }): boolean => {
    let j = m.last;
    const end = tokens[m.last - 1];
    if (/,/.test(end.post)) {
      // Skip an appositive: "Costa, who is President of the European Council, said".
      let n = j;
      while (n < j + 14 && tokens[n] && !/,/.test(tokens[n].post)) n++;
      if (tokens[n] && cueAt(skipAdverbs(n + 1))) return true;
    }
    j = skipAdverbs(j);
    return cueAt(j) !== null;
  };

  const precededByPreposition = (first: number): boolean => {
    let k = first - 1;
    while (k >= 0 && (isTitleWord(tokens[k], rules) || (isCapitalised(tokens[k]) && /^[\s-]*$/.test(tokens[k].post)))) k--;
    return k >= 0 && PREPOSITIONS.has(tokens[k].lower) && tokens[k].sentence === tokens[first].sentence;
  };

  // The person a "he"/"she" stands for: in this paragraph, then up to three before it, the latest
  // mention that speaks (followed by a cue), else the first that is not the object of a preposition.
  const mentionsByParagraph = new Map<number, MentionRef[]>();
  for (const m of people.mentions) {
    const p = tokens[m.first].paragraph;
    const list = mentionsByParagraph.get(p) ?? [];
    list.push(m);
    mentionsByParagraph.set(p, list);
  }
  function resolvePronoun(k: number, gender: Gender): number | null {
    const para = tokens[k].paragraph;
    for (let p = para; p >= Math.max(0, para - 3); p--) {
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

  const quotes: Quote[] = [];
  const attributions: { speaker: Speaker | null; cue: Cue | null; ruleId: string }[] = [];
  spans.forEach((span, n) => {
    const next = firstTokenFrom(tokens, span.end + (span.closed ? 1 : 0));
    const after = next < tokens.length ? next : -1;
    const afterTok = after >= 0 ? tokens[after] : null;
    let before = -1;
    for (let k = next - 1; k >= 0; k--) {
      if (tokens[k].termEnd <= span.open) {
        before = k;
        break;
      }
    }
    const content = text.slice(span.start, span.end).trimEnd();
    let speaker: Speaker | null = null;
    let cue: Cue | null = null;
    let ruleId = 'quote-unattributed';

    // 1. After the quote: `,” Zelensky said`, `,” said Zelensky`, `,” the Russian president added`.
    // A quote closed by a full stop ends the sentence: what follows is news, not attribution.
    if (afterTok && span.closed && afterTok.paragraph === span.paragraph && !/\.$/.test(content)) {
      const s = speakerAt(after);
      const c = s ? cueAt(skipAdverbs(s.last)) : null;
      if (s && c) [speaker, cue, ruleId] = [s, c, 'cue-after-quote'];
      else {
        const c2 = cueAt(after);
        const s2 = c2 ? speakerAt(c2.last) : null;
        if (c2 && s2) [speaker, cue, ruleId] = [s2, c2, 'cue-after-quote-inverted'];
      }
    }
    // 2. Before the quote, in the same sentence: the nearest cue and its subject.
    // (A quote that opens a new sentence — `said. “The goals came.”` — has no cue before it.)
    if (!speaker && before >= 0 && tokens[before].paragraph === span.paragraph && !/[.!?]/.test(tokens[before].post)) {
      // A cue is near its quote: the scan back is bounded, so a sentence full of quotes stays linear.
      const first = Math.max(parsed.sentences[tokens[before].sentence].first, before - SCAN);
      for (let k = before; k >= first && !cue; k--) {
        if (inQuote[k]) continue;
        const c = cueAt(k);
        if (!c) continue;
        const inverted = speakerAt(c.last);
        if (inverted && inverted.last > before) {
          [speaker, cue, ruleId] = [inverted, c, 'cue-before-quote-inverted'];
          break;
        }
        cue = c;
        ruleId = 'cue-before-quote';
        const cands: Speaker[] = [];
        for (let j = first; j < k; j++) {
          if (inQuote[j]) continue;
          const s = speakerAt(j);
          if (s && s.last <= k) {
            cands.push(s);
            j = s.last - 1;
          }
        }
        speaker = cands.filter((s) => followedByCue(s)).at(-1) ?? cands.at(-1) ?? null;
      }
      if (cue && !speaker) {
        cue = null;
        ruleId = 'quote-unattributed';
      }
      // `Bush: “…”`, `Kasich resisted: “…”`: a colon hands the quotation to the subject of the
      // clause before it, the last speaker candidate followed by a verb, else the first.
      if (!speaker && /:\s*$/.test(tokens[before].post)) {
        const first = Math.max(parsed.sentences[tokens[before].sentence].first, before - SCAN);
        const cands: Speaker[] = [];
        for (let j = first; j <= before; j++) {
          const s = inQuote[j] ? null : speakerAt(j);
          if (s && !precededByPreposition(s.first)) cands.push(s);
          if (s) j = s.last - 1;
        }
        const subject = cands.filter((s) => s.last === before + 1 || tokens[skipAdverbs(s.last)]?.tags.has('Verb')).at(-1) ?? cands[0];
        if (subject) [speaker, ruleId] = [subject, 'colon-before-quote'];
      }
    }
    // 3. A paragraph that goes on quoting with no cue keeps the previous quote's speaker.
    if (!speaker && n > 0) {
      const prev = spans[n - 1];
      const prevAttr = attributions[n - 1];
      const startsParagraph = !text.slice(parsed.paragraphs[span.paragraph].start, span.open).trim();
      const sameOrNext = prev.paragraph === span.paragraph || prev.paragraph === span.paragraph - 1;
      if (prevAttr.speaker && sameOrNext && (startsParagraph || prev.paragraph === span.paragraph) && !cue) {
        [speaker, ruleId] = [prevAttr.speaker, !prev.closed ? 'quote-continues-paragraph' : 'quote-continuation'];
      }
    }
    attributions.push({ speaker, cue, ruleId });
  });

  // A quote that runs over paragraphs is often attributed only in its last part: share it back.
  for (let n = spans.length - 2; n >= 0; n--) {
    if (!spans[n].closed && !attributions[n].speaker && attributions[n + 1].speaker && spans[n + 1].paragraph === spans[n].paragraph + 1) {
      attributions[n] = { ...attributions[n + 1], cue: null, ruleId: 'quote-continues-paragraph' };
    }
  }

  spans.forEach((span, n) => {
    const { speaker, cue, ruleId } = attributions[n];
    if (speaker?.pronoun && speaker.person !== null && ruleId.startsWith('cue')) {
      pronounMentions.push({ person: speaker.person, first: speaker.first, last: speaker.last, kind: 'pronoun', ruleId: 'pronoun-speaker' });
    }
    if (speaker?.pronoun && speaker.person === null) {
      warnings.push({ code: 'unresolved-pronoun', message: `could not tell who "${tokens[speaker.first].word}" is`, start: tokens[speaker.first].start });
    }
    const name = speaker ? (speaker.person !== null ? people.people[speaker.person].name : speaker.description) : null;
    const cueText = cue ? text.slice(tokens[cue.first].start, tokens[cue.last - 1].end) : null;
    quotes.push({
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      direct: true,
      speaker: name,
      cue: name ? cueText : null,
      ruleId,
      shape: shapeOf(span, name ? speaker : null, name ? cue : null, tokens),
    });
  });

  // Reported speech: `Macron said on Thursday that 26 countries…`, `Putin said Moscow would…`,
  // `Putin denied that…`, `…, according to the central bank.` Content runs to the end of the
  // sentence, or to a direct quotation inside it.
  const usedCues = new Set<number>();
  for (const a of attributions) if (a.cue) usedCues.add(a.cue.first);
  const isReportCue = (k: number): Cue | null => {
    const t = tokens[k];
    if (!t || inQuote[k] || usedCues.has(k)) return null;
    const c = cueAt(k);
    if (c) return c;
    return rules.reportForms.has(t.lower) && t.tags.has('Verb') ? { first: k, last: k + 1 } : null;
  };
  const subjectBefore = (k: number): Speaker | null => {
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
    const subject = cands.filter((s) => skipAdverbs(s.last, 4) >= k || (/,\s*$/.test(tokens[s.last - 1].post) && /,\s*$/.test(tokens[k - 1].post) && k - s.last <= 14)).at(-1);
    if (subject) return subject;
    // "Analysts said", "Republican leaders say": a plain noun phrase right before the verb.
    let j = k - 1;
    while (j >= first && /^(has|have|had|also|would|will|could|may|might|previously|later|repeatedly)$/.test(tokens[j].lower)) j--;
    const head = tokens[j];
    if (!head || j < first || inQuote[j] || !head.tags.has('Noun') || head.tags.has('Pronoun') || !/^\s*$/.test(head.post) || !(head.tags.has('Plural') || isCapitalised(head))) return null;
    let s = j;
    // Left over modifiers; a capitalised name keeps its inner "and", "of" ("Securities and Investments Commission").
    const connector = (n: number) => /^(and|of|for|&)$/.test(tokens[n].lower) && n > first && isCapitalised(tokens[n - 1]) && isCapitalised(tokens[n + 1]);
    while (s > first && s > j - 7 && /^\s*$/.test(tokens[s - 1].post) && (tokens[s - 1].tags.has('Adjective') || tokens[s - 1].tags.has('Noun') || tokens[s - 1].tags.has('Value') || connector(s - 1) || /^(the|some|many|most|several|two|three)$/.test(tokens[s - 1].lower)) && !tokens[s - 1].tags.has('Pronoun') && !inQuote[s - 1]) s--;
    return { person: null, description: text.slice(tokens[s].start, head.end), first: s, last: j + 1, pronoun: false };
  };
  // `…, he said.`, `…, said Peskov.`, `Survival, Mr. VandeHei says, depends on…`: the speaker and
  // cue close a clause; returns the speaker and where the content before them ends.
  const speakerAfterContent = (k: number, cue: Cue, sentenceFirst: number, sentenceLast: number): { speaker: Speaker; end: number } | null => {
    const prev = tokens[k - 1];
    if (!prev || k - 1 < sentenceFirst || rules.reportForms.has(tokens[k].lower)) return null;
    // The cue closes its clause: nothing but a speaker, a comma or a phrase without a verb follows.
    const closes = (from: number) => /[,.;]/.test(tokens[from - 1].post) || from >= sentenceLast || !rangeHasVerb(from, sentenceLast);
    if (tokens[cue.last]?.lower === 'that') return null;
    if (/,\s*$/.test(prev.post)) {
      const s = speakerAt(cue.last);
      if (s && closes(s.last)) return { speaker: s, end: k };
    }
    if (!closes(cue.last)) return null;
    let j = k - 1;
    while (j > sentenceFirst && tokens[j].tags.has('Adverb')) j--;
    for (let p = j; p >= Math.max(sentenceFirst + 1, j - 8); p--) {
      if (!/,\s*$/.test(tokens[p - 1].post)) continue;
      const s = speakerAt(p);
      return s && s.last === j + 1 ? { speaker: s, end: p } : null;
    }
    return null;
  };
  for (const sentence of parsed.sentences) {
    for (let k = sentence.first; k < sentence.last; k++) {
      const cue = isReportCue(k);
      if (!cue) continue;
      const lemma = rules.cueForms.get(tokens[k].lower) ?? rules.reportForms.get(tokens[k].lower) ?? tokens[k].lower;
      let speaker: Speaker | null;
      let after: { speaker: Speaker; end: number } | null;
      let from: number;
      let to = sentence.last;
      let ruleId: string;
      if (tokens[k].lower === 'according' && cue.last - cue.first === 2) {
        // "according to exit polls", "according to a report by the central bank": the phrase up to a comma.
        speaker = speakerAt(cue.last) ?? phraseFrom(cue.last, sentence.last);
        if (!speaker) continue;
        if (cue.first === sentence.first) [from, ruleId] = [speaker.last, 'indirect-according-to'];
        else [from, to, ruleId] = [sentence.first, cue.first, 'indirect-according-to'];
      } else if ((after = speakerAfterContent(k, cue, sentence.first, sentence.last))) {
        speaker = after.speaker;
        // A parenthetical cue ("Survival, he says, depends on…") sits inside its content.
        const parenthetical = /,\s*$/.test(tokens[Math.max(cue.last, after.speaker.last) - 1].post);
        [from, to, ruleId] = [sentence.first, parenthetical ? sentence.last : after.end, 'indirect-before-cue'];
      } else {
        if (/[,:;.]/.test(tokens[cue.last - 1].post)) continue;
        speaker = subjectBefore(cue.first);
        if (!speaker) continue;
        // "said on Thursday that", "told reporters in an interview that": a "that" not far on.
        let that = -1;
        for (let j = cue.last; j < Math.min(sentence.last, cue.last + 10); j++) {
          if (inQuote[j]) break;
          if (tokens[j].lower === 'that' && !tokens[j + 1]?.tags.has('Verb')) {
            that = j;
            break;
          }
          if (isReportCue(j) || /[;:]/.test(tokens[j].post)) break;
        }
        const next = tokens[cue.last];
        if (that >= 0) [from, ruleId] = [that + 1, 'indirect-that'];
        // "Putin said Moscow would…": a clause right after the verb (not "told him", "said on").
        else if (next && next.sentence === tokens[k].sentence && !inQuote[cue.last] && rules.bareClauseLemmas.has(lemma) &&
          (next.tags.has('Noun') || next.tags.has('Determiner') || /^(he|she|they|it|we|i|there)$/.test(next.lower)) && !next.tags.has('Preposition') && !/^(him|her|them|us|me|so|this)$/.test(next.lower)) [from, ruleId] = [cue.last, 'indirect-clause'];
        else continue;
      }
      // Stop at a direct quotation inside the sentence.
      for (let j = from; j < to; j++) if (inQuote[j] || opensQuote(tokens[j])) {
        to = j;
        break;
      }
      while (to > from && /^(and|but|or)$/.test(tokens[to - 1].lower)) to--;
      if (to - from < 3 || !rangeHasVerb(from, to)) continue;
      const start = tokens[from].start;
      let end = tokens[to - 1].end;
      while (end > start && /[\s,.;:]/.test(text[end - 1])) end--;
      const name = speaker.person !== null ? people.people[speaker.person].name : speaker.description;
      if (!name) continue;
      if (speaker.pronoun && speaker.person !== null) pronounMentions.push({ person: speaker.person, first: speaker.first, last: speaker.last, kind: 'pronoun', ruleId: 'pronoun-speaker' });
      const cueText = text.slice(tokens[cue.first].start, tokens[cue.last - 1].end);
      quotes.push({ text: text.slice(start, end), start, end, direct: false, speaker: name, cue: cueText, ruleId, shape: tokens[speaker.first].start < start ? 'SCQ' : 'QCS' });
      k = Math.max(k, cue.last - 1, speaker.last - 1, to - 1);
    }
  }
  quotes.sort((a, b) => a.start - b.start);
  return { quotes, pronounMentions, warnings };

  function phraseFrom(from: number, limit: number): Speaker | null {
    let j = from;
    while (j < Math.min(limit, from + 8) && !inQuote[j]) {
      j++;
      if (/[,.;:()]/.test(tokens[j - 1].post)) break;
    }
    return j > from ? { person: null, description: text.slice(tokens[from].start, tokens[j - 1].end), first: from, last: j, pronoun: false } : null;
  }

  function rangeHasVerb(from: number, to: number): boolean {
    for (let j = from; j < to; j++) if (tokens[j].tags.has('Verb')) return true;
    return false;
  }
}

function shapeOf(span: QuoteSpan, speaker: Speaker | null, cue: Cue | null, tokens: Token[]): string {
  const parts: [number, string][] = [[span.start, 'Q']];
  if (cue) parts.push([tokens[cue.first].start, 'C']);
  if (speaker && cue) parts.push([tokens[speaker.first].start, 'S']);
  return parts.sort((a, b) => a[0] - b[0]).map((p) => p[1]).join('');
}

// Quotes: every direct quotation in straight or curly double quotes, full or partial, with its
// speaker and cue verb, then reported speech (./reported-speech.ts). This module finds the
// quotation spans and builds the records; who speaks is decided by the sieves of src/speakers.ts
// (`,” Zelensky said`, `,” said Zelensky`, `,” he told`, `Trump wrote: “…”`, `he was “very
// disappointed”`, or the previous quote's speaker when a paragraph goes on quoting with no cue).
// Transcripts and interviews: a paragraph that opens with a speaker label and a colon
// ("PENCE: …", "MR. SMITH: …", "Q: …", "A: …") is a turn, quoted whole (findTranscriptTurns).
// Does not treat single quotation marks as quotes, since they are mostly apostrophes in wire copy.
// Does not carry a turn on into a following paragraph that has no label.
import type { CompiledRules } from '../rules.js';
import type { MentionRef, OrganisationRef, PeopleResult } from '../mentions.js';
import type { ParsedText, Token } from '../parse.js';
import { attributeDirectQuotes, buildSpeakers, confidenceOf, tokensInQuotes, type Cue, type QuoteSpan, type Speaker, type TurnLabel } from '../speakers.js';
import type { Quote, Warning } from '../types.js';
import { findReportedSpeech } from './reported-speech.js';
import type { Paragraph } from '../layout.js';

export type { QuoteSpan } from '../speakers.js';

export interface QuotesResult {
  quotes: Quote[];
  /** Pronoun and role mentions ("he", "the senator") that were resolved to a person while attributing quotes. */
  pronounMentions: MentionRef[];
  warnings: Warning[];
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);

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

// "OKAFOR: Minister, the union says…", "MR. SMITH: …", "Q: Will the…": a label of one to four
// upper-case words (no digits: "10:30"), or a question/answer label, then a colon and the turn.
const TURN_LABEL = /^[ \t]*([\p{Lu}][\p{Lu}.'’-]*(?:[ \t]+[\p{Lu}][\p{Lu}.'’-]*){0,3}|[\p{L}]+)[ \t]*:[ \t]+(?=\S)/u;

/**
 * Transcript turns: paragraphs that open with a speaker label (rules: transcript-*). A story is a
 * transcript only where at least two paragraphs carry labels; one "UPDATE:" or "WASHINGTON:" line
 * is not an interview.
 */
export function findTranscriptTurns(text: string, paragraphs: Paragraph[], rules: CompiledRules): QuoteSpan[] {
  const turns: QuoteSpan[] = [];
  paragraphs.forEach((para, p) => {
    if (para.furniture) return;
    const m = TURN_LABEL.exec(text.slice(para.start, Math.min(para.end, para.start + 80)));
    if (!m) return;
    const label = m[1];
    const lower = label.toLowerCase().replace(/’/g, "'");
    let kind: TurnLabel['kind'];
    if (rules.questionLabels.has(lower)) kind = 'question';
    else if (rules.answerLabels.has(lower)) kind = 'answer';
    else if (label === label.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(label) && !rules.notSpeakerLabels.has(lower.replace(/\.$/, ''))) kind = 'name';
    else return;
    const labelStart = para.start + m[0].indexOf(label);
    let end = para.end;
    while (end > para.start && /\s/.test(text[end - 1])) end--;
    turns.push({ start: para.start + m[0].length, end, open: labelStart, closed: true, paragraph: p, label: { start: labelStart, end: labelStart + label.length, kind } });
  });
  return turns.length >= 2 ? turns : [];
}

export function extractQuotes(parsed: ParsedText, rules: CompiledRules, people: PeopleResult, organisations: OrganisationRef[] = []): QuotesResult {
  const { text, tokens } = parsed;
  const warnings: Warning[] = [];
  let spans = findQuoteSpans(text, parsed.paragraphs, warnings);
  const turns = findTranscriptTurns(text, parsed.paragraphs, rules);
  if (turns.length) {
    // A quotation inside a turn is the turn's speaker quoting someone: the turn is the quote.
    const turnParagraphs = new Set(turns.map((t) => t.paragraph));
    spans = [...spans.filter((s) => !turnParagraphs.has(s.paragraph)), ...turns].sort((a, b) => a.start - b.start);
  }
  const finder = buildSpeakers(parsed, rules, people, organisations, tokensInQuotes(tokens, spans));
  const attributions = attributeDirectQuotes(finder, spans);
  const pronounMentions: MentionRef[] = [];
  const quotes: Quote[] = [];

  spans.forEach((span, n) => {
    const { speaker, cue, ruleId, sieve } = attributions[n];
    if (speaker?.pronoun && speaker.person !== null && (ruleId.startsWith('cue') || ruleId.startsWith('colon') || ruleId === 'verb-before-quote')) {
      pronounMentions.push({ person: speaker.person, first: speaker.first, last: speaker.last, kind: 'pronoun', ruleId: 'pronoun-speaker' });
    }
    // "the senator said": the role is a description mention of the person it stands for.
    if (speaker?.role && speaker.person !== null && ruleId.startsWith('cue')) {
      pronounMentions.push({ person: speaker.person, first: speaker.first, last: speaker.last, kind: 'description', ruleId: 'speaker-definite-role' });
    }
    // "Mr. Sanders, who said he would take “a day off”": the relative pronoun right before the cue
    // is a mention of the speaker, as reported speech reads it (rules: reported-relative-pronoun).
    if (speaker && cue && speaker.person !== null && !speaker.pronoun && ruleId.startsWith('cue')) {
      const w = finder.skipAside(speaker.last);
      if (w < cue.first && rules.reportedWords.relativePronouns.has(tokens[w].lower) && /,\s*$/.test(tokens[w - 1].post) && finder.skipAdverbs(w + 1) === cue.first) {
        pronounMentions.push({ person: speaker.person, first: w, last: w + 1, kind: 'pronoun', ruleId: 'pronoun-speaker' });
      }
    }
    if (speaker?.pronoun && speaker.person === null) {
      warnings.push({ code: 'unresolved-pronoun', message: `could not tell who "${tokens[speaker.first].word}" is`, start: tokens[speaker.first].start });
    }
    const name = speaker ? finder.nameOf(speaker) : null;
    const cueText = cue ? text.slice(tokens[cue.first].start, tokens[cue.last - 1].end) : null;
    quotes.push({
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      direct: true,
      speaker: name,
      speakerKind: name && speaker ? speaker.kind : 'unknown',
      cue: name ? cueText : null,
      ruleId,
      sieve,
      confidence: name ? confidenceOf(rules, sieve, speaker) : 0,
      shape: shapeOf(span, name ? speaker : null, name ? cue : null, tokens),
    });
  });

  const usedCues = new Set<number>();
  // A partial quote inside reported speech ("…has been “arbitrarily detained”…, the group says")
  // leaves the clause to reported speech too (sieve cue-closes-sentence), and so does the sentence
  // before a quotation that borrows its speaker ("Grant said rates would hold. “We are patient.”",
  // sieve cue-sentence-before).
  for (const a of attributions) if (a.cue && a.sieve !== 'cue-closes-sentence' && a.sieve !== 'cue-sentence-before') usedCues.add(a.cue.first);
  const reported = findReportedSpeech(finder, usedCues);
  quotes.push(...reported.quotes);
  pronounMentions.push(...reported.pronounMentions);
  quotes.sort((a, b) => a.start - b.start);
  return { quotes, pronounMentions, warnings };
}

function shapeOf(span: QuoteSpan, speaker: Speaker | null, cue: Cue | null, tokens: Token[]): string {
  const parts: [number, string][] = [[span.start, 'Q']];
  // A turn's label is its speaker, written before it: "SQ".
  if (span.label && speaker) parts.push([span.label.start, 'S']);
  if (cue) parts.push([tokens[cue.first].start, 'C']);
  if (speaker && cue) parts.push([tokens[speaker.first].start, 'S']);
  return parts.sort((a, b) => a[0] - b[0]).map((p) => p[1]).join('');
}

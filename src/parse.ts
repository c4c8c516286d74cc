// One compromise parse per document, flattened into tokens with offsets we can trust.
// Extractors read these tokens; none of them calls compromise on the whole text again.
import { languageModel, type Nlp } from './packages.js';
import { findLayout, type Furniture, type FurnitureKind, type Paragraph } from './layout.js';
import type { PhraseSet } from './rules.js';

export interface Token {
  /** Index in ParsedText.tokens. */
  i: number;
  /** The word as written, without a possessive ending ("Russia’s" → "Russia"). */
  word: string;
  /** Lower-case `word` with curly apostrophes made straight. */
  lower: string;
  start: number;
  /** End of `word` (before any possessive ending). */
  end: number;
  /** End of the whole term as compromise saw it (possessive included). */
  termEnd: number;
  tags: Set<string>;
  /** Punctuation and space compromise put before / after the term. */
  pre: string;
  post: string;
  possessive: boolean;
  sentence: number;
  paragraph: number;
  /** Set on tokens of story furniture (headline, dateline, byline, credit, table row). */
  furniture?: FurnitureKind;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [first, last). */
  first: number;
  last: number;
}

export interface ParsedText {
  /** The input as given: every span's text is a slice of this. */
  text: string;
  /** The input with soft line wraps as spaces (same length): scan this, slice `text`. */
  flat: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Paragraphs as the writer meant them: a blank line or an indented line starts one, a soft wrap does not. */
  paragraphs: Paragraph[];
  /** Headline, dateline, byline, credits and table rows, in text order. */
  furniture: Furniture[];
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

const POSSESSIVE = /['’]s?$/;

/** Paragraphs as the writer meant them (see layout.ts). */
export function findParagraphs(text: string): Paragraph[] {
  return findLayout(text).paragraphs;
}

/** Steps of compromise's parse that nothing here reads. */
const UNREAD_PARSE_STEPS = new Set(['chunks', 'id', 'typeahead']);

/**
 * compromise's parse without the steps we never read: its noun and verb chunks ('chunks') took
 * 9-12% of the parse's CPU on Reuters stories; a random id for every term ('id', for views that
 * are edited later) about 5% more; 'typeahead' does nothing without a typeahead lexicon. None of
 * them changes a tag or an offset (checked on 300 stories; extract() output the same on 1,800).
 * compromise runs the hooks of its shared world; they are put back at once, so another user
 * of compromise in the same process sees its own parse.
 */
function parseWithoutChunks(text: string): ReturnType<Nlp> {
  const nlp = languageModel();
  const world = nlp.world() as unknown as { hooks: string[] };
  const hooks = world.hooks;
  world.hooks = hooks.filter((h) => !UNREAD_PARSE_STEPS.has(h));
  try {
    return nlp(text);
  } finally {
    world.hooks = hooks;
  }
}

export function parseText(text: string): ParsedText {
  const { paragraphs, flat, furniture } = findLayout(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  // compromise keeps offsets into the text it was given; we give it the text unchanged. Its
  // terms are read in place: building .json() for every term costs more than the rest of a parse.
  let paragraph = 0;
  for (const chunk of chunksOf(text, paragraphs)) {
    // compromise reads the text with soft wraps as spaces ("Donald\nTrump", "10\nbillion yen").
    const doc = parseWithoutChunks(chunk.start === 0 && chunk.end === flat.length ? flat : flat.slice(chunk.start, chunk.end));
    doc.compute('offset');
    const document = (doc as unknown as { document: CompromiseTerm[][] }).document;
    for (const terms of document) {
      const first = tokens.length;
      for (let n = 0; n < terms.length; n++) {
        const t = terms[n];
        const prev = tokens.length > first ? tokens[tokens.length - 1] : null;
        // Contractions ("He’s") yield an empty term for the implied verb.
        if (!t.text || t.offset.length === 0) {
          // "Westpac's Luci Ellis said": before a capitalised word, a name's "'s" read as "is" is a
          // possessive, and the space after it, the empty term's, goes back to the word. (Not an
          // acronym's: "MSNBC’s Tamron Hall" is read as before, where a possessive acronym would
          // make the name after it a programme, "NBC's Meet the Press".)
          const possessiveName = prev && !prev.post && !prev.possessive && !prev.tags.has('Pronoun') && /^\p{Lu}.*\p{Ll}['’]s$/u.test(prev.word) && /^\s+$/.test(t.pre + t.post) && /^\p{Lu}/u.test(terms[n + 1]?.text ?? '');
          if (prev && possessiveName) {
            prev.post = t.pre + t.post;
            prev.word = prev.word.replace(POSSESSIVE, '');
            prev.lower = lowerOf(prev.word);
            prev.end = prev.start + prev.word.length;
            prev.possessive = true;
          }
          continue;
        }
        // Punctuation or a possessive ending written apart from its word ("Fox , who", "Dole 's"),
        // as in tokenised text: it belongs to the word before, as if it were attached.
        if (prev && !/[\p{L}\p{N}]/u.test(t.text)) {
          prev.post = prev.post.replace(/\s+$/, '') + t.pre + t.text + t.post;
          continue;
        }
        if (prev && /^s$/i.test(t.text) && /^['’]$/.test(t.pre) && /^\s+$/.test(prev.post) && !prev.possessive) {
          prev.possessive = true;
          prev.post += t.pre + t.text + t.post;
          continue;
        }
        const start = chunk.start + t.offset.start;
        const termEnd = start + t.offset.length;
        const tags = t.tags;
        let word = t.text;
        let possessive = false;
        // compromise sometimes leaves "Clinton's" untagged in a long story ("Mrs. Clinton's campaign
        // said"); a proper noun's "'s" is a possessive or a contraction, never part of the name.
        const properS = tags.has('ProperNoun') && /^\p{Lu}.*\p{L}['’]s$/u.test(word);
        if ((tags.has('Possessive') || properS) && POSSESSIVE.test(word) && word.length > 2 && !/^(its|his|her|their|our|your|my)$/i.test(word)) {
          word = word.replace(POSSESSIVE, '');
          possessive = true;
        }
        while (paragraph < paragraphs.length - 1 && start >= paragraphs[paragraph].end) paragraph++;
        tokens.push({
          i: tokens.length,
          word,
          lower: lowerOf(word),
          start,
          end: start + word.length,
          termEnd,
          tags,
          pre: t.pre,
          post: t.post,
          possessive,
          sentence: sentences.length,
          paragraph,
        });
      }
      if (tokens.length > first) {
        sentences.push({ start: tokens[first].start, end: tokens[tokens.length - 1].termEnd, first, last: tokens.length });
      }
    }
  }
  markFurniture(tokens, furniture);
  splitSentencesAtParagraphs(tokens, sentences);
  return { text, flat, tokens, sentences, paragraphs, furniture };
}

/** Longest text given to compromise at once: its time grows much faster than linearly in very long sentences. */
export const CHUNK_CHARS = 20_000;

// Stories go to compromise whole. Longer texts go in chunks of whole paragraphs, and a paragraph
// longer than a chunk is cut after a sentence end or, failing that, at a space.
export function chunksOf(text: string, paragraphs: { start: number; end: number }[]): { start: number; end: number }[] {
  if (text.length <= CHUNK_CHARS) return [{ start: 0, end: text.length }];
  const chunks: { start: number; end: number }[] = [];
  let start = 0;
  const cut = (end: number) => {
    if (end > start) chunks.push({ start, end });
    start = end;
  };
  for (const p of paragraphs) {
    if (p.end - start <= CHUNK_CHARS) continue;
    if (p.start > start) cut(p.start);
    while (p.end - start > CHUNK_CHARS) {
      const window = text.slice(start, start + CHUNK_CHARS);
      const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
      const space = window.lastIndexOf(' ');
      const at = sentenceEnd > CHUNK_CHARS / 2 ? sentenceEnd + 2 : space > CHUNK_CHARS / 2 ? space + 1 : CHUNK_CHARS;
      cut(start + at);
    }
  }
  cut(text.length);
  return chunks;
}

function markFurniture(tokens: Token[], furniture: Furniture[]): void {
  let f = 0;
  for (const t of tokens) {
    while (f < furniture.length && furniture[f].end <= t.start) f++;
    if (f < furniture.length && furniture[f].start <= t.start) t.furniture = furniture[f].kind;
  }
}

// compromise can run a sentence across a line break when the first line has no final stop
// (headlines, datelines); a paragraph break always ends a sentence here, and so does the end of a
// dateline ("WASHINGTON, Feb 26 - The Senate voted…": the sentence starts at "The") and a full stop
// inside a closing quotation mark before a capital (endsQuotedSentence).
function splitSentencesAtParagraphs(tokens: Token[], sentences: Sentence[]): void {
  const out: Sentence[] = [];
  for (const s of sentences) {
    let first = s.first;
    for (let i = s.first + 1; i < s.last; i++) {
      if (tokens[i].paragraph !== tokens[i - 1].paragraph || (tokens[i - 1].furniture === 'dateline' && tokens[i].furniture !== 'dateline') || endsQuotedSentence(tokens[i - 1], tokens[i])) {
        out.push({ start: tokens[first].start, end: tokens[i - 1].termEnd, first, last: i });
        first = i;
      }
    }
    out.push({ start: tokens[first].start, end: tokens[s.last - 1].termEnd, first, last: s.last });
  }
  sentences.length = 0;
  out.forEach((s, n) => {
    sentences.push(s);
    for (let i = s.first; i < s.last; i++) tokens[i].sentence = n;
  });
}

// "He said it was over.” About 250 firms left.": compromise reads on past a full stop inside a
// closing quotation mark; a capital after it starts a new sentence ("“No,” he said" has no stop).
function endsQuotedSentence(before: Token, t: Token): boolean {
  return /^[.!?]+(?:[”"]|'')\s/.test(before.post) && /^\p{Lu}/u.test(t.word.replace(/^[“"'‘(]+/, ''));
}

// Quotation marks around tokens: curly, straight, and '' (a straight double quote in some wire archives).
/** Text that holds a quotation mark of any kind. */
export const QUOTE_MARK = /[“”"]|''/;

/** The token's trailing punctuation closes a quotation (`said,” ` or `said,'' `). */
export function closesQuote(t: Token | undefined): boolean {
  return !!t && /([”"]|'')\s*$/.test(t.post);
}

/** The token's leading punctuation opens a quotation. */
export function opensQuote(t: Token): boolean {
  return /[“"]|''/.test(t.pre);
}

/** A token's `lower`: lower case, with a curly apostrophe straightened ("Reyes’s" → "reyes's"). */
function lowerOf(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/** "Gallup’s", "Harbor Bank's": the parser's possessive, or an "'s" it left on the word. */
export function endsPossessive(t: Token): boolean {
  return t.possessive || /['’]s$/.test(t.word);
}

export function isCapitalised(t: Token): boolean {
  return /^[A-Z\u00C0-\u00DE]/.test(t.word);
}

/** Length of a phrase of `set` that starts at token k (words compared in lower case, longest first), or 0. */
export function phraseLengthAt(tokens: Token[], k: number, set: PhraseSet): number {
  for (const parts of set.byFirst.get(tokens[k]?.lower ?? '') ?? []) {
    if (parts.every((p, n) => tokens[k + n]?.lower === p)) return parts.length;
  }
  return 0;
}

/** True when the token starts its sentence, ignoring opening quotes and brackets. */
export function isSentenceStart(parsed: ParsedText, t: Token): boolean {
  return parsed.sentences[t.sentence].first === t.i;
}

/** Index of the first token that starts at or after `offset` (tokens.length if none): a binary search. */
export function firstTokenFrom(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// PolNeAR (brat standoff) scoring of direct quotes and their speakers.
// Gold direct quotes are the parts of an attribution's Content span that lie inside quotation
// marks; quotation marks the annotators did not attribute (scare quotes, titles) are not gold, so
// quoting them counts against precision.
import type { Facts, Quote } from '../types.js';
import { matchSpans, overlap, type Counts, type Range } from './score.js';

export interface BratSpan {
  id: string;
  type: string;
  fragments: Range[];
  text: string;
}

export interface Attribution {
  source: BratSpan | null;
  cue: BratSpan | null;
  content: BratSpan;
}

/** Attribution events of a .ann file; offsets are made UTF-16 indices into `text`. */
export function readAnnotations(ann: string, text: string): Attribution[] {
  const toUtf16 = codePointToUtf16(text);
  const spans = new Map<string, BratSpan>();
  const events: Attribution[] = [];
  for (const line of ann.split(/\r?\n/)) {
    const t = /^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$/.exec(line);
    if (t) {
      const fragments = t[3].split(';').map((f) => {
        const [start, end] = f.trim().split(' ').map(Number);
        return { start: toUtf16(start), end: toUtf16(end) };
      });
      spans.set(t[1], { id: t[1], type: t[2], fragments, text: t[4] });
    }
  }
  for (const line of ann.split(/\r?\n/)) {
    const e = /^E\d+\t(.*)$/.exec(line);
    if (!e) continue;
    const roles = new Map(e[1].trim().split(/\s+/).map((kv) => kv.split(':') as [string, string]));
    const content = spans.get(roles.get('Content') ?? '');
    if (!content) continue;
    events.push({ content, source: spans.get(roles.get('Source') ?? '') ?? null, cue: spans.get(roles.get('Cue') ?? '') ?? null });
  }
  return events;
}

// brat counts code points; JavaScript strings count UTF-16 units.
function codePointToUtf16(text: string): (n: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (n) => n;
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    map.push(i);
    if (text.codePointAt(i)! > 0xffff) i++;
  }
  map.push(text.length);
  return (n) => map[n] ?? text.length;
}

/** Regions inside double quotation marks, paragraph by paragraph; an unclosed one runs to the paragraph's end. */
export function quotedRegions(text: string): Range[] {
  const regions: Range[] = [];
  const re = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let open = -1;
    let width = 1;
    let straight = false;
    const end = m.index + m[0].length;
    for (let i = m.index; i < end; i++) {
      const ch = text[i];
      // '' … '' is a straight double quote in some archives.
      const straightWidth = ch === '"' ? 1 : ch === "'" && text[i + 1] === "'" ? 2 : 0;
      if ((ch === '“' || ch === '«' || ch === '„') && open < 0) [open, width, straight] = [i, 1, false];
      else if ((ch === '”' || ch === '»') && open >= 0 && !straight) {
        regions.push({ start: open + width, end: i });
        open = -1;
      } else if (straightWidth) {
        if (open >= 0 && straight) {
          regions.push({ start: open + width, end: i });
          open = -1;
        } else if (open < 0) [open, width, straight] = [i, straightWidth, true];
        i += straightWidth - 1;
      }
    }
    if (open >= 0) regions.push({ start: open + width, end });
  }
  return regions;
}

export type SourceKind = 'named' | 'pronoun' | 'other';

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it', 'him', 'her', 'them', 'me', 'us']);
const LEADING = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'some', 'many']);

/** named: a capitalised word beyond a leading determiner; pronoun: a personal pronoun; other: a description. */
export function sourceKind(source: string): SourceKind {
  const words = source.trim().split(/\s+/);
  if (words.length === 1 && PRONOUNS.has(words[0].toLowerCase())) return 'pronoun';
  const rest = LEADING.has(words[0].toLowerCase()) ? words.slice(1) : words;
  return rest.some((w) => /^[A-Z][\p{Ll}’'.-]/u.test(w) || /^[A-Z]\.?$/.test(w)) ? 'named' : 'other';
}

export interface GoldQuote extends Range {
  sources: BratSpan[];
  kind: SourceKind | null;
}

/** Gold direct quotes: each Content span's parts inside quotation marks, merged when the same range is annotated twice. */
export function goldQuotes(text: string, attributions: Attribution[]): GoldQuote[] {
  const regions = quotedRegions(text);
  const byRange = new Map<string, GoldQuote>();
  for (const a of attributions) {
    for (const frag of a.content.fragments) {
      for (const r of regions) {
        const start = Math.max(frag.start, r.start);
        let end = Math.min(frag.end, r.end);
        while (end > start && /[\s,.]/.test(text[end - 1])) end--;
        if (end <= start || !/[\p{L}\p{N}]/u.test(text.slice(start, end))) continue;
        const key = `${start}:${end}`;
        const q = byRange.get(key) ?? { start, end, sources: [], kind: null };
        if (a.source && !q.sources.includes(a.source)) {
          q.sources.push(a.source);
          q.kind ??= sourceKind(a.source.text);
        }
        byRange.set(key, q);
      }
    }
  }
  // A gold range inside a longer one is the same quotation annotated twice.
  const all = [...byRange.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: GoldQuote[] = [];
  for (const q of all) {
    const outer = kept.find((k) => k.start <= q.start && q.end <= k.end);
    if (outer) {
      for (const s of q.sources) if (!outer.sources.includes(s)) outer.sources.push(s);
      outer.kind ??= q.kind;
    } else kept.push(q);
  }
  return kept;
}

/** Whether a predicted quote's speaker is the gold source: a mention of that person covers the source, or the source names it. */
export function speakerMatches(quote: Quote, facts: Facts, sources: BratSpan[]): boolean {
  if (!quote.speaker) return false;
  const person = facts.people.filter((p) => p.name === quote.speaker);
  for (const s of sources) {
    for (const frag of s.fragments) {
      if (person.some((p) => p.mentions.some((m) => overlap(m, frag) > 0))) return true;
    }
    if (sourceKind(s.text) === 'pronoun') continue;
    const last = quote.speaker.toLowerCase().split(/\s+/).at(-1)!.replace(/[’']s$/, '');
    const words = s.text.toLowerCase().split(/[^\p{L}\p{N}.’'-]+/u).map((w) => w.replace(/[’']s$/, ''));
    if (words.includes(last)) return true;
  }
  return false;
}

export interface QuoteMiss {
  kind: 'missed' | 'spurious' | 'wrong-speaker' | 'no-speaker' | 'indirect-missed' | 'indirect-spurious' | 'indirect-wrong-speaker';
  file: string;
  quote: string;
  gold: string | null;
  predicted: string | null;
  context: string;
}

export interface BratScore {
  documents: number;
  quotes: Counts;
  /** Matched quotes whose gold has a source, by the source's kind: right / total. */
  speakers: Record<SourceKind, { right: number; total: number }>;
  attributed: Counts;
  /** Reported speech: gold is attributed Content with a Source and no quotation marks. */
  indirect: Counts;
  indirectSpeakers: { right: number; total: number };
  /** Matched quotes whose gold source is an organisation (see isOrganisationSource): right / total. */
  organisationSpeakers: { right: number; total: number };
  /** Matched quotes (direct and reported) with a gold source and a predicted speaker, by the sieve that decided it: right / total. */
  bySieve: Record<string, { right: number; total: number }>;
  misses: QuoteMiss[];
}

/**
 * An organisation source: the source's head — its last word before any "of", "for", "at", "with"
 * or "from" phrase, after a leading determiner — is an organisation word of organisations.json
 * ("the Home Office", "The New York Times", "the Trump campaign", "the ministry"). So "a
 * spokesman for the ministry" is a description, not an organisation, and pronouns never are.
 */
export function isOrganisationSource(source: string, heads: Set<string>): boolean {
  if (sourceKind(source) === 'pronoun') return false;
  const words = source.trim().split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && /^(of|for|at|with|from|in|on)$/i.test(w));
  const head = (cut > 0 ? words.slice(0, cut) : words).at(-1)!.toLowerCase().replace(/[’']s$|[.,]$/g, '');
  return heads.has(head);
}

function tally(map: Record<string, { right: number; total: number }>, key: string, right: boolean): void {
  const v = (map[key] ??= { right: 0, total: 0 });
  v.total++;
  if (right) v.right++;
}

export function emptyBratScore(): BratScore {
  return {
    documents: 0,
    quotes: { tp: 0, fp: 0, fn: 0 },
    speakers: { named: { right: 0, total: 0 }, pronoun: { right: 0, total: 0 }, other: { right: 0, total: 0 } },
    attributed: { tp: 0, fp: 0, fn: 0 },
    indirect: { tp: 0, fp: 0, fn: 0 },
    indirectSpeakers: { right: 0, total: 0 },
    organisationSpeakers: { right: 0, total: 0 },
    bySieve: {},
    misses: [],
  };
}

export function scoreBratDocument(score: BratScore, file: string, text: string, attributions: Attribution[], facts: Facts, organisationHeads: Set<string> = new Set()): void {
  const gold = goldQuotes(text, attributions);
  const predicted = facts.quotes.filter((q) => q.direct !== false);
  scoreIndirect(score, file, text, attributions, facts);
  const goldTo = matchSpans(gold, predicted, 0.5);
  const matched = new Set(goldTo.filter((p) => p >= 0));
  const context = (r: Range) => text.slice(Math.max(0, r.start - 100), Math.min(text.length, r.end + 100)).replace(/\s+/g, ' ');
  score.documents++;
  score.quotes.tp += matched.size;
  score.quotes.fn += gold.length - matched.size;
  score.quotes.fp += predicted.length - matched.size;
  let attributedRight = 0;
  gold.forEach((g, gi) => {
    const p = goldTo[gi];
    const goldSpeaker = g.sources.map((s) => s.text).join(' / ') || null;
    if (p < 0) {
      score.misses.push({ kind: 'missed', file, quote: text.slice(g.start, g.end), gold: goldSpeaker, predicted: null, context: context(g) });
      return;
    }
    if (!g.kind) return;
    const right = speakerMatches(predicted[p], facts, g.sources);
    if (predicted[p].speaker) tally(score.bySieve, predicted[p].sieve, right);
    if (g.sources.some((s) => isOrganisationSource(s.text, organisationHeads))) tally({ o: score.organisationSpeakers }, 'o', right);
    score.speakers[g.kind].total++;
    if (right) {
      score.speakers[g.kind].right++;
      attributedRight++;
    } else {
      score.misses.push({ kind: predicted[p].speaker ? 'wrong-speaker' : 'no-speaker', file, quote: predicted[p].text, gold: goldSpeaker, predicted: predicted[p].speaker, context: context(g) });
    }
  });
  predicted.forEach((q, pi) => {
    if (!matched.has(pi)) score.misses.push({ kind: 'spurious', file, quote: q.text, gold: null, predicted: q.speaker, context: context(q) });
  });
  // Attributed quotes: the span and the speaker both right, among quotes that have a speaker.
  score.attributed.tp += attributedRight;
  score.attributed.fp += predicted.filter((q) => q.speaker).length - attributedRight;
  score.attributed.fn += gold.filter((g) => g.kind).length - attributedRight;
}

/** Gold reported speech: Content with a Source and no quotation marks anywhere in it. */
export function goldIndirect(text: string, attributions: Attribution[]): (Range & { source: BratSpan })[] {
  const out: (Range & { source: BratSpan })[] = [];
  const seen = new Set<string>();
  for (const a of attributions) {
    if (!a.source) continue;
    const start = Math.min(...a.content.fragments.map((f) => f.start));
    const end = Math.max(...a.content.fragments.map((f) => f.end));
    if (/[“”"«»„]|''/.test(text.slice(start, end)) || !/[\p{L}]/u.test(text.slice(start, end)) || seen.has(`${start}:${end}`)) continue;
    seen.add(`${start}:${end}`);
    out.push({ start, end, source: a.source });
  }
  return out.sort((x, y) => x.start - y.start);
}

function scoreIndirect(score: BratScore, file: string, text: string, attributions: Attribution[], facts: Facts): void {
  const gold = goldIndirect(text, attributions);
  const predicted = facts.quotes.filter((q) => q.direct === false);
  const goldTo = matchSpans(gold, predicted, 0.5);
  const matched = new Set(goldTo.filter((p) => p >= 0));
  const context = (r: Range) => text.slice(Math.max(0, r.start - 80), Math.min(text.length, r.end + 40)).replace(/\s+/g, ' ');
  score.indirect.tp += matched.size;
  score.indirect.fn += gold.length - matched.size;
  score.indirect.fp += predicted.length - matched.size;
  gold.forEach((g, gi) => {
    const p = goldTo[gi];
    if (p < 0) {
      score.misses.push({ kind: 'indirect-missed', file, quote: text.slice(g.start, g.end), gold: g.source.text, predicted: null, context: context(g) });
      return;
    }
    score.indirectSpeakers.total++;
    const right = speakerMatches(predicted[p], facts, [g.source]);
    tally(score.bySieve, predicted[p].sieve, right);
    if (right) score.indirectSpeakers.right++;
    else score.misses.push({ kind: 'indirect-wrong-speaker', file, quote: predicted[p].text, gold: g.source.text, predicted: predicted[p].speaker, context: context(g) });
  });
  predicted.forEach((q, pi) => {
    if (!matched.has(pi)) score.misses.push({ kind: 'indirect-spurious', file, quote: q.text, gold: null, predicted: q.speaker, context: context(q) });
  });
}

// The public shapes of wire-facts: what `extract` returns (see ../shared/CONTRACT.md).
// Field names here are the JSON contract; add fields freely, never rename.

export interface Span {
  text: string;
  start: number;
  end: number;
}

export type MentionKind = 'name' | 'pronoun' | 'description';

export interface PersonMention extends Span {
  kind: MentionKind;
  /** Which rule found this mention, e.g. "person-after-title". */
  ruleId: string;
}

/** With --explain: the sentence a fact came from and the rule that produced it. */
export interface Evidence {
  /** The sentence, whitespace collapsed; over 300 characters, a window around the fact with "…". */
  sentence: string;
  /** The whole sentence's offsets in the input (UTF-16, end-exclusive). */
  start?: number;
  end?: number;
  ruleId: string;
  /** Quotes only: the speaker sieve that decided the speaker (src/rules/speakers.json). */
  sieve?: string;
  /** The rule file (src/rules/*.json or a --rules file), the module for rules in code, or the package for country data. */
  file: string;
}

export interface Person {
  name: string;
  titles: string[];
  country: string | null;
  mentions: PersonMention[];
  /** A US legislator's party from a tag after the name ("(D-Mo.)" → "Democratic"); only when written. */
  party?: string;
  /** The region of that tag, as written ("Mo", "Idaho", "N.Y"). */
  region?: string;
  evidence?: Evidence;
}

export type CountryVia = 'name' | 'alias' | 'demonym' | 'capital';

export interface CountryMention extends Span {
  via: CountryVia;
  ruleId?: string;
}

export interface Country {
  code: string;
  name: string;
  mentions: CountryMention[];
  evidence?: Evidence;
}

export type SpeakerKind = 'person' | 'organisation' | 'description' | 'unknown';

export interface Quote extends Span {
  /** true: the words in quotation marks; false: reported speech ("said that…"), the content clause. */
  direct: boolean;
  speaker: string | null;
  /** What the speaker is: a person (named, or a pronoun or title resolved to one), an organisation, a description ("a government spokesman"), or unknown when there is no speaker. */
  speakerKind: SpeakerKind;
  cue: string | null;
  /** Which rule attributed the speaker, e.g. "cue-after-quote". */
  ruleId: string;
  /** The sieve (a rule id in src/rules/speakers.json) that decided the speaker; often equal to ruleId. */
  sieve: string;
  /** 0–1: how often this sieve's speaker was right on the evaluation's tune split; 0 when there is no speaker. */
  confidence: number;
  /** Shape of the attribution: Q quote, C cue verb, S speaker, in text order (e.g. "QCS", "SCQ", "Q"). */
  shape: string;
  evidence?: Evidence;
}

export interface OrganisationMention extends Span {
  ruleId: string;
}

/** An organisation named in the text: a ministry, agency, company, party, publication, court… */
export interface Organisation {
  /** The fullest form written, without a leading "the". */
  name: string;
  mentions: OrganisationMention[];
  evidence?: Evidence;
}

export interface Figure extends Span {
  value: number;
  unit: string | null;
  approximate: boolean;
  ruleId: string;
  /** The speaker of the quotation or reported speech the figure is in, else null. */
  attributedTo: string | null;
  /** Both ends of a range the figure is one end of ("10-20%", "between 10 and 20", "5 to 6 million"); absent otherwise. */
  range?: { low: number; high: number };
  /** A change written with the number: a sign ("-1.3%") or a word ("down 5%", "rose 2 pct"); absent otherwise. */
  change?: 'up' | 'down';
  /** Hedge words that made the figure approximate ("about", "more than"). */
  qualifier?: string;
  evidence?: Evidence;
}

export interface Warning {
  code: string;
  message: string;
  start?: number;
}

export interface Facts {
  people: Person[];
  countries: Country[];
  quotes: Quote[];
  figures: Figure[];
  /** Organisations named in the text (filled with people and quotes). */
  organisations: Organisation[];
  warnings: Warning[];
}

export type FactKind = 'people' | 'countries' | 'quotes' | 'figures';
export const FACT_KINDS: readonly FactKind[] = ['people', 'countries', 'quotes', 'figures'];

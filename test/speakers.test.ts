import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { extract } from '../src/extract.js';
import { DIRECT_SIEVES } from '../src/speakers.js';
import { builtInRules } from './helpers.js';

const file = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'src', 'rules', 'speakers.json'), 'utf8')) as {
  rules: { id: string; sieve?: string; example: string }[];
};
const sieves = file.rules.filter((r) => r.sieve);

describe('speaker sieves (src/rules/speakers.json)', () => {
  // Each sieve's example is run: the sieve must be the one that decides it.
  test.each(sieves.map((r) => [r.id, r.sieve, r.example]))('%s decides its example', (id, _stage, example) => {
    const quotes = extract(example, builtInRules(), { only: ['quotes'] }).quotes;
    expect(quotes.map((q) => q.sieve)).toContain(id);
  });

  test('every direct sieve in the data has code, and all code is in the data', () => {
    const direct = sieves.filter((r) => r.sieve === 'direct').map((r) => r.id);
    expect(direct.sort()).toEqual(Object.keys(DIRECT_SIEVES).sort());
  });

  test('a quote carries its sieve, speaker kind and the sieve confidence', () => {
    const [q] = extract('“Russian oil has no future,” Zelensky said.', builtInRules(), { only: ['quotes'] }).quotes;
    expect(q).toMatchObject({ speaker: 'Zelensky', speakerKind: 'person', sieve: 'cue-after-quote', ruleId: 'cue-after-quote' });
    expect(q.confidence).toBeGreaterThan(0.9);
  });

  test('no speaker: kind unknown, confidence 0', () => {
    const [q] = extract('Sales rose. “A good year” lies ahead.', builtInRules(), { only: ['quotes'] }).quotes;
    expect(q).toMatchObject({ speaker: null, speakerKind: 'unknown', confidence: 0 });
  });
});

describe('organisations as speakers', () => {
  const speakers = (text: string) => extract(text, builtInRules(), { only: ['quotes'] }).quotes.map((q) => [q.speaker, q.speakerKind]);
  test.each([
    ['a ministry by name', '“We will look carefully at the judgment,” the Home Office said.', [['Home Office', 'organisation']]],
    ['an institution noun', 'The rules will change. “The exercise is routine,” the ministry said.', [['the ministry', 'organisation']]],
    ['a publication', 'The New York Times reported that the deal was close to being signed.', [['New York Times', 'organisation']]],
    ['a company', '“Profits will rise,” Acme Widgets Inc. said.', [['Acme Widgets Inc', 'organisation']]],
    ['a person stays a person', '“Profits will rise,” Maria Lund said.', [['Maria Lund', 'person']]],
    ['a role is a description', '“Profits will rise,” a company spokeswoman said.', [['a company spokeswoman', 'description']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('organisations', () => {
  const names = (text: string) => extract(text, builtInRules()).organisations.map((o) => o.name);
  test.each([
    ['a ministry with "of"', 'The Ministry of Defence said the exercise would go ahead.', ['Ministry of Defence']],
    ['a council', 'The measure went to the United Nations Security Council on Friday.', ['United Nations Security Council']],
    ['mentions are grouped', 'The Home Office said no. Later the Home Office said yes.', ['Home Office']],
    ['the article before a name is not part of it', 'A Department of Transport spokesperson said the line would reopen.', ['Department of Transport']],
    ['an article inside a hyphenated name is part of it', 'Phone-A-Gram Systems Inc said on Monday it had sold its unit.', ['Phone-A-Gram Systems Inc']],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  test.each([
    ['a dateline place', 'LONDON (Wire) - Prices rose on Monday.', 'LONDON'],
    ['a person with a title', 'Senate Majority Leader Mitch McConnell said the bill would pass.', 'Senate Majority Leader Mitch McConnell'],
    ['a lone head word opening a sentence', 'Police said the road was closed.', 'Police'],
    ['a sentence-opening conjunction alone', 'Mayor Ana Reyes spoke first. And, Reyes tells the crowd, she has been “tough” on crime.', 'And'],
    ['a lone demonym before an institution noun', 'The Scottish government said it had reached a deal with the unions.', 'Scottish'],
    ['an article opening the sentence', 'A Department of Transport spokesperson said the line would reopen.', 'A Department of Transport'],
  ])('miss: %s', (_name, text, notExpected) => {
    expect(names(text)).not.toContain(notExpected);
  });
  test('every mention slices back to its text', () => {
    const text = 'The Ministry of Environment said it agreed, and the National Weather Agency warned of rain.';
    const orgs = extract(text, builtInRules()).organisations;
    expect(orgs.length).toBe(2);
    for (const m of orgs.flatMap((o) => o.mentions)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('sieves for material between speaker and cue, and cues that take an object', () => {
  const attributed = (text: string) => extract(text, builtInRules(), { only: ['quotes'] }).quotes.filter((q) => q.direct).map((q) => [q.speaker, q.sieve]);
  test.each([
    ['an appositive after the speaker', '“Order is important,” House Speaker Paul Ryan, the convention chair, told the delegates.', [['Paul Ryan', 'cue-after-quote-appositive']]],
    ['the object of "called" is not the speaker', 'Former Governor Jeb Bush called Donald Trump “unhinged.”', [['Jeb Bush', 'cue-before-quote']]],
    ['the object of "told" is not the speaker', 'Hours later, Mayor Ellen Boyd returned the compliment, telling Reuters, “He is a friend.”', [['Ellen Boyd', 'cue-participle-subject']]],
    ['a participle belongs to the subject', 'Senator Tom Marsh went after Mayor Ellen Boyd, calling her “a total failure.”', [['Tom Marsh', 'cue-participle-subject']]],
    ['an affiliation between speaker and cue', '“It is a disaster,” Tom Morgan of the Sierra Club said.', [['Tom Morgan', 'cue-after-quote']]],
    ['an affiliation before a cue before the quote', 'Tom Morgan of the Sierra Club said the plan was “a disaster for the river.”', [['Tom Morgan', 'cue-before-quote']]],
    ['an article before the title', '“We pray for peace,” said the Rev. Peter Wherry, of the First Church.', [['Peter Wherry', 'cue-after-quote-inverted']]],
    ['"condemned … as"', 'The Home Office condemned the attack as “cowardly.”', [['Home Office', 'cue-before-quote']]],
    ['"He said:" and the quote in the next paragraph', 'Mayor Tom Marsh spoke to reporters. He said:\n“We will rebuild the port.”', [['Tom Marsh', 'colon-before-paragraph']]],
    ['"continued" next to a quote', 'Mayor Ellen Boyd spoke first. “We will rebuild,” she continued.', [['Ellen Boyd', 'cue-after-quote']]],
    ['"He continued," before a quote', 'Mayor Tom Marsh spoke first.\nHe continued, “We will rebuild.”', [['Tom Marsh', 'cue-before-quote']]],
    // British style puts the full stop after the closing mark: the sentence ends there too.
    ['a full stop after the closing mark ends the sentence', 'Health Secretary Ann Pell told the BBC the offer was "fair and final". He added that talks would go on.', [['Ann Pell', 'cue-before-quote']]],
    ['no cue from the next sentence after a British full stop', 'Mayor Ana Reyes called the plan "dead in the water". She added that the council would meet.', [['Ana Reyes', 'cue-before-quote']]],
    ['a full stop after the closing mark, then an attribution sentence', 'The minister was blunt: "We will not cut rates". Lisa Grant said.', [['Lisa Grant', 'cue-after-full-stop']]],
  ])('%s', (_name, text, expected) => {
    expect(attributed(text)).toEqual(expected);
  });
  test.each([
    ['"continue" as an ordinary verb', 'Mayor Tom Marsh said the strikes will continue “for weeks.”', 'continue'],
    ['an organisation after "of" is not the subject', 'Costa, who is President of the European Council, said that “the work is starting.”', 'European Council'],
  ])('miss: %s', (_name, text, notCue) => {
    const quotes = extract(text, builtInRules(), { only: ['quotes'] }).quotes;
    expect(quotes.map((q) => q.cue)).not.toContain(notCue);
    expect(quotes.map((q) => q.speaker)).not.toContain(notCue);
  });
});

describe('named and organisation sources with material between speaker and cue (issue 11)', () => {
  const attributed = (text: string) =>
    extract(text, builtInRules(), { only: ['quotes'] }).quotes.filter((q) => q.direct).map((q) => [q.speaker, q.speakerKind, q.sieve]);
  test.each([
    ['a party tag in brackets', '“We will get to the bottom of this,” Oversight Chairman Jason Chaffetz (R-Utah) said in a statement.', [['Jason Chaffetz', 'person', 'cue-after-quote']]],
    ['a name suffix before an appositive', '“Yes, I support him,” Brent Bozell III, founder of the Media Research Center, tells Breitbart News.', [['Brent Bozell III', 'person', 'cue-after-quote-appositive']]],
    ['an American spelling of a cue', 'Former Arkansas Gov. Mike Huckabee, for his part, is labeling the actions “a blatant abuse of power.”', [['Mike Huckabee', 'person', 'cue-before-quote']]],
    ['a name after the cue is the quoted clause’s subject when the cue has one', 'Senator Tom Marsh spoke in Iowa. He says Obama “knows full well that the law is clear.”', [['Tom Marsh', 'person', 'cue-before-quote']]],
    ['a publication that reports', 'Aides met on Sunday. “It just came to a head,” the Post reported, quoting an official.', [['Post', 'organisation', 'cue-after-quote']]],
    ['a publication that reports before the quote', 'Fox News reported on Thursday that “agents are looking at the code.”', [['Fox News', 'organisation', 'cue-before-quote']]],
    ['an adverb between an institution and the cue', '“Cruz folded like a gambler,” the editorial board recently wrote.', [['the editorial board', 'organisation', 'cue-after-quote']]],
    ['a person’s office', 'Powell was asked. “He did write an email memo,” Powell’s office said in a statement.', [['Powell’s office', 'organisation', 'cue-after-quote']]],
    ['a possessive pronoun’s campaign', 'The race tightened. “We are ahead in every poll,” his campaign said.', [['his campaign', 'organisation', 'cue-after-quote']]],
    ['according to, before the quote', 'The gun laws are weak. According to the newspaper, “Very few people are disqualified.”', [['the newspaper', 'organisation', 'cue-before-quote-inverted']]],
    ['an attribution closing the sentence', 'Julian Marsh has been “arbitrarily detained” since 2010, the rights group says.', [['the rights group', 'organisation', 'cue-closes-sentence']]],
  ])('%s', (_name, text, expected) => {
    expect(attributed(text)).toEqual(expected);
  });
  test.each([
    [
      'an attribution after the quote that no sieve reads is not the previous speaker’s',
      '“We will win,” Ferreira said.\n\n“The goals came,” the man who has captained the side since the spring of the year before last and who scored twice yelled.',
      [['Ferreira', 'person', 'cue-after-quote'], [null, 'unknown', 'quote-unattributed']],
    ],
    ['a possessive pronoun before a noun that is not an institution', 'He smiled. “We are ahead,” his brother said.', [[null, 'unknown', 'quote-unattributed']]],
    ['a sentence-closing attribution with a "that" clause is not the quote’s', 'Ferreira called it “a disgrace”, and officials said that the inquiry would go on.', [['Ferreira', 'person', 'cue-before-quote']]],
  ])('miss: %s', (_name, text, expected) => {
    expect(attributed(text)).toEqual(expected);
  });
});

describe('names used as modifiers, roles in organisations, long descriptions (issue 11)', () => {
  const attributed = (text: string) =>
    extract(text, builtInRules(), { only: ['quotes'] }).quotes.filter((q) => q.direct).map((q) => [q.speaker, q.speakerKind, q.sieve]);
  test.each([
    ['a name as modifier before a role and a name', '“They are not terminable at will,” Trump spokesperson Ron Lieberman told the Wall Street Journal in July.', [['Ron Lieberman', 'person', 'cue-after-quote']]],
    ['a role held in an organisation', '“It is one of the worst machinations,” the Senate minority leader said.', [['the Senate minority leader', 'description', 'cue-after-quote']]],
    ['a seven-word description', '“North Korea is a paranoid nation,” the independent Vermont senator and Democratic presidential candidate told ABC News.', [['the independent Vermont senator and Democratic presidential candidate', 'description', 'cue-after-quote']]],
    ['an appositive after an inverted speaker closing the sentence', '“We are extremely happy” about the decision, said Rosa Marsh, executive director of National Nurses United, a union.', [['Rosa Marsh', 'person', 'cue-closes-sentence']]],
  ])('%s', (_name, text, expected) => {
    expect(attributed(text)).toEqual(expected);
  });
  test.each([
    ['two names with no role between stay one speaker', 'Maria Lund and Tom Marsh met. “It is fine,” Maria Lund said.', [['Maria Lund', 'person', 'cue-after-quote']]],
    ['an organisation that speaks is not made a role', '“We will look carefully at the judgment,” the Home Office said.', [['Home Office', 'organisation', 'cue-after-quote']]],
  ])('miss: %s', (_name, text, expected) => {
    expect(attributed(text)).toEqual(expected);
  });
});

describe('the subject of a cue with no candidate right before it (issue 11)', () => {
  const attributed = (text: string) =>
    extract(text, builtInRules(), { only: ['quotes'] }).quotes.filter((q) => q.direct).map((q) => [q.speaker, q.sieve]);
  test.each([
    ['a coordinated verb after a prepositional phrase', 'Maria Lund spoke on Monday. She was defending the charity against attacks from Senator Tom Marsh, but admitted “one or two mistakes.”', [['Maria Lund', 'cue-before-quote']]],
  ])('%s', (_name, text, expected) => {
    expect(attributed(text)).toEqual(expected);
  });
  test.each([
    ['a candidate right before the cue still wins', 'Maria Lund met Senator Tom Marsh, who said it was “a good start.”', [['Tom Marsh', 'cue-before-quote']]],
  ])('miss: %s', (_name, text, expected) => {
    expect(attributed(text)).toEqual(expected);
  });
});

describe('issue 11 sieves: descriptors, the sentence before, "as", any verb after the quote', () => {
  const attributed = (text: string) => extract(text, builtInRules(), { only: ['quotes'] }).quotes.filter((q) => q.direct).map((q) => [q.speaker, q.sieve]);
  test.each([
    ['lower-case descriptors after an inverted cue', '“I will not apologise,” said retired surgeon Ben Carlson.', [['Ben Carlson', 'cue-after-quote-inverted']]],
    ['descriptors and a party before a name', '“It was a disaster,” said Republican party boss Ron Weiss.', [['Ron Weiss', 'cue-after-quote-inverted']]],
    ['descriptors before the speaker and the cue', '“You never know,” security firm co-founder Dmitri Antonov told the newspaper.', [['Dmitri Antonov', 'cue-after-quote']]],
    ['auxiliaries between speaker and cue', 'Senator Ann Pell made one promise. “We will not overpromise,” she has said.', [['Ann Pell', 'cue-after-quote']]],
    ['the sentence before ends its attribution', 'Harbor Bank economist Lisa Grant told reporters on Monday. “We will not cut rates.”', [['Lisa Grant', 'cue-sentence-before']]],
    ['the paragraph before ends its attribution', 'Mayor Tom Marsh said the port would reopen.\n\n“We will rebuild it this year.”', [['Tom Marsh', 'cue-sentence-before']]],
    ['"dismissed … as"', 'Governor Lisa Hart dismissed the report as “a fantasy.”', [['Lisa Hart', 'verb-as-quote']]],
    ['"has referred to … as"', 'Senator Tom Marsh has often referred to his rival as “a puppet.”', [['Tom Marsh', 'verb-as-quote']]],
    ['a participle with "as" after a comma', 'Mayor Ellen Boyd went after the council, portraying its members as “lazy and corrupt.”', [['Ellen Boyd', 'verb-as-quote']]],
    ['any verb closing the clause after the quote', '“Is that a yes?” Mayor Tom Marsh pressed.', [['Tom Marsh', 'verb-after-quote']]],
    ['"he" five paragraphs after the name', 'Mayor Tom Marsh grew up in the port.\n\nThe port was busy then.\n\nShips came daily.\n\nThe docks closed in 1990.\n\nJobs went south.\n\n“I remember the noise,” he said.', [['Tom Marsh', 'cue-after-quote']]],
  ])('%s', (_name, text, expected) => {
    expect(attributed(text)).toEqual(expected);
  });
  test.each([
    ['no cue in the sentence before', 'Senator Tom Marsh spoke at length. “We will not cut rates.”'],
    ['a cue after the quote is left to the cue sieves', 'Senator Tom Marsh spoke at length. “We will not cut rates,” a crowd of protesters chanted loudly at the gates.'],
    ['a passive before "as"', 'The plan was widely seen as “a gamble.”'],
    ['"such as"', 'Voters want issues such as “jobs and wages” to come first.'],
    ['"he" eleven paragraphs after the name', 'Mayor Tom Marsh grew up in the port.' + '\n\nShips came daily.'.repeat(11) + '\n\n“I remember the noise,” he said.'],
    ['"known as"', 'Frank Dunn, known as “the Hammer,” retired on Monday.'],
    ['no speaker after the quote', 'Sales of the “Apex” model fell sharply.'],
  ])('miss: %s', (_name, text) => {
    expect(attributed(text).map(([speaker]) => speaker)).toEqual(attributed(text).map(() => null));
  });
});

describe('verb-before-quote: a quotation inside a clause with no cue goes to the clause subject', () => {
  const attributed = (text: string) => extract(text, builtInRules(), { only: ['quotes'] }).quotes.filter((q) => q.direct).map((q) => [q.speaker, q.sieve]);
  test.each([
    ['a verb and an object before the quote', 'Governor Lisa Hart decried the budget for “turning its back on the poor.”', [['Lisa Hart', 'verb-before-quote']]],
    ['an organisation as the subject', 'The Transport Ministry blamed “a chain of human errors” for the crash.', [['Transport Ministry', 'verb-before-quote']]],
    ['a subject after a time phrase', 'On Monday, Senator Tom Marsh backed “a fight to the end” over the bill.', [['Tom Marsh', 'verb-before-quote']]],
  ])('%s', (_name, text, expected) => {
    expect(attributed(text)).toEqual(expected);
  });
  test.each([
    ['a title-case quotation names a work', 'Senator Tom Marsh starred in “The Day of the Donald” last year.'],
    ['the only name is after a preposition', 'Voters in the district of Ellen Boyd want “jobs and wages” first.'],
    ['the sentence before ends before the quote', 'Mayor Tom Marsh spoke for an hour. “Enough is enough.”'],
  ])('miss: %s', (_name, text) => {
    expect(attributed(text).map(([speaker]) => speaker)).toEqual(attributed(text).map(() => null));
  });
});

describe('issue 11: organisations and roles that speak for them', () => {
  const speakers = (text: string) => extract(text, builtInRules(), { only: ['quotes'] }).quotes.filter((q) => q.direct).map((q) => [q.speaker, q.speakerKind]);
  test.each([
    ['a spokesman for an institution', '“We have no comment,” a spokesman for the ministry said.', [['a spokesman for the ministry', 'organisation']]],
    ['officials at a named organisation', '“We seized 40 kilograms,” officials at Border Enforcement Investigations said.', [['officials at Border Enforcement Investigations', 'organisation']]],
    ['bare "police" after the quote', '“The suspect fled on foot,” police said.', [['police', 'organisation']]],
    ['bare "Police" opening the sentence', 'Police said the driver was “known to officers.”', [['Police', 'organisation']]],
    ['bare plural role', '“The talks failed,” officials said.', [['officials', 'description']]],
    ['a seat of government', 'The White House called the report “fake news.”', [['White House', 'organisation']]],
    ['the Kremlin', '“These measures are temporary,” the Kremlin said.', [['Kremlin', 'organisation']]],
    ['an agency name opening the sentence', 'Reuters reported that the deal was “all but done.”', [['Reuters', 'organisation']]],
    ['a campaign named after a person', 'According to the Marsh campaign, “the rally drew 9,000 people.”', [['the Marsh campaign', 'organisation']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
  test.each([
    ['a person with an affiliation stays a person', '“We will not stop,” Tom Morgan of the Sierra Club said.', [['Tom Morgan', 'person']]],
    ['a plural that is not a role', '“We are ready,” the results showed.', [[null, 'unknown']]],
  ])('miss: %s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('issue 11: a surname the tagger missed, next to its cue', () => {
  const speakers = (text: string) => extract(text, builtInRules(), { only: ['quotes'] }).quotes.filter((q) => q.direct).map((q) => q.speaker);
  test.each([
    ['a surname the story gave in full', 'Donald Trump spoke. “No, I meant he’s the founder of ISIS,” Trump responded. “I do.”', ['Donald Trump', 'Donald Trump']],
    ['an honorific and a surname that is also a title word', 'Senator Barbara Boxer spoke.\n\n“I have placed a couple of calls to Bernie,” Ms. Boxer said.', ['Barbara Boxer']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
  test.each([
    ['a surname used as a modifier', 'Donald Trump spoke. “No, I meant he’s the founder of ISIS,” Trump Tower staff said.', [null]],
    ['a surname with no cue after it', 'Senator Barbara Boxer spoke.\n\n“It is over,” Boxer fans chanted.', [null]],
  ])('miss: %s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('issue 11: a name the tagger did not read as a person, next to its cue', () => {
  const speakers = (text: string) => extract(text, builtInRules(), { only: ['quotes'] }).quotes.filter((q) => q.direct).map((q) => [q.speaker, q.speakerKind]);
  test.each([
    ['after a party and a role', '“The distraction gets you off message a little,” said Republican party boss Reince Priebus, though he added that it would fade.', [['Reince Priebus', 'person']]],
    ['after a state and a role', '“This is just a scripted show,” said Virginia delegate Beau Correll, angered that leaders ignored the vote.', [['Beau Correll', 'person']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
  test.each([
    ['a place that speaks is no person', '“It is over,” North Carolina said.', [[null, 'unknown']]],
    ['capitalised words before a plural role', '“It is over,” Super Tuesday voters said.', [[null, 'unknown']]],
  ])('miss: %s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('issue 11 (11h): possessives before a name, outer speakers, attributions after a full stop or a dash', () => {
  const speakers = (text: string) => extract(text, builtInRules(), { only: ['quotes'] }).quotes.filter((q) => q.direct).map((q) => [q.speaker, q.sieve]);
  test.each([
    ['a company’s analyst', 'Harbor Bank’s Lisa Grant spoke. “Rates will hold,” Harbor Bank’s Lisa Grant wrote in April.', [['Lisa Grant', 'cue-after-quote']]],
    ['a person’s adviser', 'Tom Hart spoke to Ann Pell. “We are ready,” Hart’s senior adviser Ann Pell said.', [['Ann Pell', 'cue-after-quote']]],
    ['a possessive pronoun and a role', 'Omar Haddad spoke. “He had so many plans,” his nephew Omar Haddad added.', [['Omar Haddad', 'cue-after-quote']]],
    ['the outer speaker of a reported clause', 'Senator Ann Pell told reporters on Monday that Tom Hart’s remarks “show bias.”', [['Ann Pell', 'cue-before-quote']]],
    ['the outer speaker of a bare clause', 'Rep. Tom Hart said Ann Pell called on members to be “closely coordinated.”', [['Tom Hart', 'cue-before-quote']]],
    ['a full stop, then only the attribution', 'Prices fell. “We will not cut rates.” Lisa Grant said in a statement.', [['Lisa Grant', 'cue-after-full-stop']]],
    ['a full stop, then the attribution and a time', 'Prices fell. “We will not cut rates.” Lisa Grant said on Monday.', [['Lisa Grant', 'cue-after-full-stop']]],
    ['a dash and a name in the next paragraph', 'Tom Hart and Ann Pell debated.\n\n“I wrote that bill.”\n\n- Tom Hart.\n\nThat is not accurate.', [['Tom Hart', 'dash-after-quote']]],
    ['a dash, a name and a comma', 'Ann Pell spoke. “Great speech.” —Senator Ann Pell, on Twitter.', [['Ann Pell', 'dash-after-quote']]],
    ['"another" opens a description', '“It is over,” added another New Hampshire Republican.', [['another New Hampshire Republican', 'cue-after-quote-inverted']]],
    ['a party tag between commas', '“It is over,” Senate Majority Leader Tom Hart, R-Ky., said.', [['Tom Hart', 'cue-after-quote']]],
    ['an affiliation with a lower-case noun before the name', '“It is over,” a spokesman for committee Democrats said.', [['a spokesman for committee Democrats', 'cue-after-quote']]],
    ['a name as a modifier, a lower-case role, then the speaker', 'Tom Hart spoke. “It is over,” former Tom Hart speechwriter Ann Pell wrote in a column.', [['Ann Pell', 'cue-after-quote']]],
    ['a surname, an appositive, then the cue', 'Roy Blunt spoke.\n\n“He had a lot of supporters,” Blunt, after a long pause, said of Cruz.', [['Roy Blunt', 'cue-after-quote-appositive']]],
    ['a phrasal cue after the quote', 'Jeb Bush and Tom Hart spoke. “Jeb wants to be a tough guy,” Hart shot back.', [['Tom Hart', 'cue-after-quote']]],
    ['a cue before a colon', 'Tom Hart and Ann Pell debated. Pell interjected: “It is just not true.”', [['Ann Pell', 'cue-before-quote']]],
    ['an inverted cue of memory', '“An awful lot of analysts doubted her,” remembered Roy Verley, a former spokesman.', [['Roy Verley', 'cue-after-quote-inverted']]],
    ['a possessive and a noun of saying', 'Donors worried about Tom Marsh’s controversial pledge to stay “neutral” in the talks.', [['Tom Marsh', 'possessive-speech-noun']]],
    ['a possessive, the quotation, then the noun', 'Ann Pell spoke. Pell’s “47 percent” remark hurt her.', [['Ann Pell', 'possessive-speech-noun']]],
    ['a description as the subject of a cue', 'One intelligence source said agents would be “screaming.”', [['One intelligence source', 'cue-before-quote']]],
    ['a document as the subject of a cue', 'The ad claims “Marsh is the conservative.”', [['The ad', 'cue-before-quote']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
  test.each([
    ['a possessive owner with no name after the role', 'Tom Hart spoke. “We are ready,” Hart’s spokesman said.', [[null, 'quote-unattributed']]],
    ['a subject inside the quoted clause stays when the outer cue takes no clause', 'Ann Pell met Tom Hart, who called the plan “a fantasy.”', [['Tom Hart', 'cue-before-quote']]],
    ['a full stop, then a new claim', 'Prices fell. “We will not cut rates.” Lisa Grant said the bank would wait.', [[null, 'quote-unattributed']]],
    ['a full stop, then a cue after a comma', 'Prices fell. “We will win.” Lisa Grant, smiling, said nothing more about the fight with Tom Hart.', [[null, 'quote-unattributed']]],
    ['a description that is the object of a verb', 'Tom Hart issued a statement saying that Boyd was “a remarkable person.”', [['Tom Hart', 'cue-before-quote']]],
    ['a description closed by a comma', 'As the sea level rises, Tom Hart argues the plan will “destroy our economy.”', [['Tom Hart', 'cue-before-quote']]],
    ['a surname, then a participle after a comma, is no subject', 'Tom Perez spoke. Perez hammered Trump, calling him a “train wreck.”', [['Tom Perez', 'cue-participle-subject']]],
    ['a name as a modifier, then a verb', 'Tom Perez and Donald Trump spoke. Perez hammered Donald Trump for being a “failed candidate.”', [['Tom Perez', 'verb-before-quote']]],
    ['a name, a word the tagger reads as a noun, then another name', 'Ana Reyes and Tom Marsh ran. Ana Reyes beat Tom Marsh, calling him “a lightweight.”', [['Ana Reyes', 'cue-participle-subject']]],
    ['"echo" as a noun is no cue', 'Ann Pell spoke. The hall heard an echo of “Build the wall” all night.', [[null, 'quote-unattributed']]],
    ['a possessive before a noun that is no saying', 'Tom Marsh spoke. Marsh’s house sits on “Easy Street” in town.', [[null, 'quote-unattributed']]],
    ['a possessive organisation and a noun of saying', 'The Harbor Bank’s statement had “a shock” in it.', [[null, 'quote-unattributed']]],
    ['a dash that opens an aside', 'Ann Pell spoke. Voters felt “rigged” - which is a strong word.', [[null, 'quote-unattributed']]],
  ])('miss: %s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('issue 11 (11l): cues the tagger misreads, appositives with commas, a role and the name set off after it', () => {
  const speakers = (text: string) => extract(text, builtInRules(), { only: ['quotes'] }).quotes.filter((q) => q.direct).map((q) => [q.speaker, q.sieve]);
  test.each([
    ['"says" after a quotation closed by a comma', 'Voters are restless.\n\n“The plan has got me on board,” says Scott McGee, an IT worker from Seattle.', [['Scott McGee', 'cue-after-quote-inverted']]],
    ['an age and a place with commas in the appositive', "''It is over,'' Cecelia Purdy, 67, a retired nurse in Allentown, Pa., said in an interview.", [['Cecelia Purdy', 'cue-after-quote-appositive']]],
    ['a British place in the appositive', '“We were not told,” Alan Pryce, 54, a farmer from Hexham, Northumberland, said.', [['Alan Pryce', 'cue-after-quote-appositive']]],
    ['a possessive, a role, then the name', '“We need him here,” his wife, Gabriela Lazar, wrote in a letter to the court.', [['Gabriela Lazar', 'cue-after-quote']]],
    ['an inverted cue, a role with an affiliation, then the name', "''It was his first attempt,'' said his best friend at college, Bruce Tully, who remembered it.", [['Bruce Tully', 'cue-after-quote-inverted']]],
    ['an article, a role, then the name', '“The pope builds bridges,” the Vatican spokesman, Paolo Rinaldi, told reporters.', [['Paolo Rinaldi', 'cue-after-quote']]],
    ['an honorific inside the appositive', "Ann Pell waited. ''We will not send troops,'' Tom Rhodes, Mrs. Pell's deputy adviser, said on Sunday.", [['Tom Rhodes', 'cue-after-quote-appositive']]],
    ['"as" between the quotation and its speaker', 'Ted Cruz spoke. Still, the race is “a dead heat,” as Cruz said on the radio, and that matters.', [['Ted Cruz', 'cue-after-quote']]],
    ['a plural role with lower-case words before it', '“The harm is incalculable,” federal prosecutors wrote in seeking the maximum penalty.', [['federal prosecutors', 'cue-after-quote']]],
    ['not a name inside the relative clause of the subject', 'Sen. Ann Pell (D-Mo.), who has endorsed Tom Hart, said Boyd has pushed her to be a “stronger” candidate.', [['Ann Pell', 'cue-before-quote']]],
    ['not a name inside an appositive of the subject', 'Ana Reyes, a critic of Tom Hart, said the council was “broken”.', [['Ana Reyes', 'cue-before-quote']]],
    ['a sentence after a quotation closed by a full stop', 'Tom Hart spoke first. Ann Pell called the plan “a wasteful regime.” He answered on Monday, saying he would stop “the raids” at once.', [['Ann Pell', 'cue-before-quote'], ['Tom Hart', 'cue-participle-subject']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
  test.each([
    ['a cue word as a noun after a quotation with no comma', 'Ann Pell kept her “work-related” emails. The release centers on them.', [['Ann Pell', 'verb-before-quote']]],
    ['an appositive that holds a verb of saying', '“It is over,” Tom Hart, who said he would stay, smiled.', [[null, 'quote-unattributed']]],
    ['a role and a name that is the object', 'Ann Pell praised the new chairman, Tom Hart, and called the plan “a fantasy.”', [['Ann Pell', 'cue-before-quote']]],
    ['an attribution set off by commas is no appositive', 'CNN reported the news. CNN, Tom Hart said, called the announcement “highly significant.”', [['Tom Hart', 'cue-before-quote']]],
    ['a capitalised plural after lower-case words is no bare role', '“It is over,” senior Pell Partners said.', [[null, 'quote-unattributed']]],
    ['"as" before no speaker', 'Prices fell. The plan was “a disaster,” as the deadline neared for talks.', [[null, 'quote-unattributed']]],
    ['a full stop that is no abbreviation ends the appositive', '“It is over,” Tom Hart, a farmer. He said more later.', [[null, 'quote-unattributed']]],
    ['the text ends inside a channel phrase', '“He was a good man,” his colleague wrote on Facebook.', [[null, 'quote-unattributed']]],
  ])('miss: %s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('issue 11 (11l): a definite role is the person the story gave it (speaker-definite-role)', () => {
  const attributed = (text: string) => {
    const facts = extract(text, builtInRules(), { only: ['quotes', 'people'] });
    return facts.quotes.filter((q) => q.direct).map((q) => [q.speaker, facts.people.find((p) => p.name === q.speaker)?.mentions.some((m) => m.kind === 'description') ?? false]);
  };
  test.each([
    ['a title before the name', 'Sen. Ann Pell (D-Mo.) spoke on Monday. “We will not back down,” the senator said.', [['Ann Pell', true]]],
    ['the latest of two holders', 'President Tom Hart met Gov. Ana Reyes and President Omar Haddad. “We agreed,” the president said.', [['Omar Haddad', true]]],
    ['an appositive after the name', 'Ben Carlson, a retired neurosurgeon, spoke in Iowa. Tom Hart spoke too. “It is over,” the retired neurosurgeon told reporters.', [['Ben Carlson', true]]],
    ['a descriptor before the name', 'Billionaire businessman Tom Marsh met businessman Omar Haddad and toured the plant with Ann Pell. “We will hire,” the businessman said.', [['Omar Haddad', true]]],
    ['a state in the party tag', 'Sen. Tom Hart (R-Fla.) and Sen. Ann Pell (R-Iowa) spoke. “It is done,” the Florida senator said.', [['Tom Hart', true]]],
    ['a British title set off before the name', 'The Home Secretary, Sarah Hughes, visited Dover with Tom Hart. “The boats must stop,” the home secretary told MPs.', [['Sarah Hughes', true]]],
  ])('%s', (_name, text, expected) => {
    expect(attributed(text)).toEqual(expected);
  });
  test.each([
    ['no one holds the role', 'Tom Hart spoke on Monday. “We will not back down,” the senator said.', [['the senator', false]]],
    ['a capitalised word the holder lacks', 'Sen. Ann Pell (D-Mo.) spoke. “It is done,” the Vermont senator said.', [['the Vermont senator', false]]],
    ['a plural role', 'Sen. Ann Pell spoke. “It is done,” the senators said.', [['the senators', false]]],
    ['a word after the name that opens a clause is no appositive', 'Voters had a poor view of Tom Hart, the poll found. “It is bad,” the poll said.', [['the poll', false]]],
  ])('miss: %s', (_name, text, expected) => {
    expect(attributed(text)).toEqual(expected);
  });
});

describe('issue 11 (11l): "who" before the cue is a mention of the speaker', () => {
  const whoMentions = (text: string) =>
    extract(text, builtInRules())
      .people.flatMap((p) => p.mentions.filter((m) => m.text === 'who').map((m) => [p.name, m.kind, text.slice(m.start, m.end)]));
  test.each([
    ['a relative clause that holds the cue', 'The loss was steep for Tom Hart, who said he would take “a day off.”', [['Tom Hart', 'pronoun', 'who']]],
    ['past an auxiliary and an adverb', 'Voters cheered Ann Pell, who has repeatedly described the plan as “a fantasy.”', [['Ann Pell', 'pronoun', 'who']]],
  ])('%s', (_name, text, expected) => {
    expect(whoMentions(text)).toEqual(expected);
  });
  test.each([
    ['a relative clause with no cue of the quotation', 'Tom Hart, who leads the party, called the plan “a fantasy.”', []],
    ['"who" that is not right after the name', 'Tom Hart asked who said it was “a fantasy.”', []],
  ])('miss: %s', (_name, text, expected) => {
    expect(whoMentions(text)).toEqual(expected);
  });
});

describe('issue 11 (11l): a quotation inside a clause whose subject is a resolved pronoun', () => {
  const attributed = (text: string) => {
    const facts = extract(text, builtInRules());
    return facts.quotes.filter((q) => q.direct).map((q) => [q.speaker, q.ruleId, facts.people.find((p) => p.name === q.speaker)?.mentions.filter((m) => m.kind === 'pronoun').map((m) => m.text) ?? []]);
  };
  test.each([
    ['the clause subject after a quote of another speaker', 'Ann Pell said the talks were “useful.” Tom Hart spoke next. He offered “my thoughts and prayers” to the families.', [['Ann Pell', 'cue-before-quote', []], ['Tom Hart', 'verb-before-quote', ['He']]]],
    ['a colon after a pronoun subject', 'Tom Hart spoke in Leeds. He was blunt: “We will win.”', [['Tom Hart', 'colon-before-quote', ['He']]]],
    ['a British-style sentence', 'The Prime Minister, Sarah Hughes, spoke in Leeds. She offered “a fair deal for the north”.', [['Sarah Hughes', 'verb-before-quote', ['She']]]],
  ])('%s', (_name, text, expected) => {
    expect(attributed(text)).toEqual(expected);
  });
  test.each([
    ['a quotation that opens its sentence keeps the previous speaker', 'Tom Hart said the plan was “a fantasy.” “It will fail,” he added. “We know it.”', [['Tom Hart', 'cue-before-quote', ['he']], ['Tom Hart', 'cue-after-quote', ['he']], ['Tom Hart', 'quote-continuation', ['he']]]],
  ])('miss: %s', (_name, text, expected) => {
    expect(attributed(text)).toEqual(expected);
  });
});


import { describe, expect, test } from 'vitest';
import { printable, printableCell, terminalSafeJson } from '../src/sanitize.js';

describe('printable (text bound for a terminal)', () => {
  const escaped: [string, string, string][] = [
    ['OSC 52 clipboard write', 'a\x1b]52;c;ZXZpbA==\x07.txt', 'a\\x1b]52;c;ZXZpbA==\\x07.txt'],
    ['OSC 0 window title', '\x1b]0;pwned\x07', '\\x1b]0;pwned\\x07'],
    ['CSI 2J clear screen', 'x\x1b[2Jy', 'x\\x1b[2Jy'],
    ['C1 CSI (U+009B) and DEL', 'a\u009b2Jb\x7f', 'a\\x9b2Jb\\x7f'],
    ['carriage return and NUL', 'ok\rfake\0', 'ok\\x0dfake\\x00'],
    // "report\u202etxt.exe" shows as "reportexe.txt": the override reverses what follows (Trojan Source).
    ['bidi override in a file name', 'report\u202etxt.exe', 'report\\u202etxt.exe'],
  ];
  test.each(escaped)('%s is escaped', (_name, input, expected) => {
    expect(printable(input)).toBe(expected);
    expect(printable(input)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  const kept: [string, string][] = [
    ['plain path', 'stories/afp-ukraine.txt'],
    ['tab and newline', 'a\tb\n'],
    ['accents and replacement character', 'caf\ufffd.txt — Zelensky’s'],
  ];
  test.each(kept)('%s is kept as it is', (_name, input) => {
    expect(printable(input)).toBe(input);
  });
});

describe('terminalSafeJson (JSON and NDJSON output)', () => {
  // A story can hold bytes a terminal runs: `extract story.txt --format json` on a terminal must not.
  const cases: [string, string, string][] = [
    ['C1 CSI (U+009B) clears the screen', 'x\u009b2Jy', 'x\\u009b2Jy'],
    ['DEL', 'a\x7fb', 'a\\u007fb'],
    ['bidi override (Trojan Source)', 'said \u202eevil', 'said \\u202eevil'],
    ['line separator', 'one\u2028two', 'one\\u2028two'],
    ['ESC, escaped by JSON.stringify itself', '\x1b[31mred', '\\u001b[31mred'],
  ];
  test.each(cases)('%s is written as a \\u escape and reads back the same', (_name, text, inJson) => {
    const json = terminalSafeJson({ text });
    expect(json).toBe(`{"text":"${inJson}"}`);
    expect(JSON.parse(json)).toEqual({ text });
  });
  test('ordinary news text is left as JSON.stringify writes it', () => {
    const value = { quote: '“We will not give up,” Zelensky’s aide said — café, 5 €', n: [1.5] };
    expect(terminalSafeJson(value, 2)).toBe(JSON.stringify(value, null, 2));
  });
});

describe('printableCell (CSV cells)', () => {
  const shown: [string, string, string][] = [
    ['ESC sequence', 'Hello \x1b[31mred', 'Hello \\x1b[31mred'],
    ['C1 CSI', 'a\u009bb', 'a\\x9bb'],
    ['NUL and bell', 'a\0b\x07', 'a\\x00b\\x07'],
    ['bidi isolate', 'x\u2066y', 'x\\u2066y'],
  ];
  test.each(shown)('%s is made visible', (_name, input, expected) => {
    expect(printableCell(input)).toBe(expected);
  });
  test('tab and line breaks stay: RFC 4180 quoting carries them', () => {
    expect(printableCell('a\tb\r\nc\nd')).toBe('a\tb\r\nc\nd');
  });
});

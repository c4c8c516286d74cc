import { describe, expect, test } from 'vitest';
import { printable } from '../src/sanitize.js';

describe('printable (text bound for a terminal)', () => {
  const escaped: [string, string, string][] = [
    ['OSC 52 clipboard write', 'a\x1b]52;c;ZXZpbA==\x07.txt', 'a\\x1b]52;c;ZXZpbA==\\x07.txt'],
    ['OSC 0 window title', '\x1b]0;pwned\x07', '\\x1b]0;pwned\\x07'],
    ['CSI 2J clear screen', 'x\x1b[2Jy', 'x\\x1b[2Jy'],
    ['C1 CSI (U+009B) and DEL', 'a\u009b2Jb\x7f', 'a\\x9b2Jb\\x7f'],
    ['carriage return and NUL', 'ok\rfake\0', 'ok\\x0dfake\\x00'],
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

// Bytes to text: what the contract calls "decoded" (UTF-8 or UTF-16 with a byte-order mark, the
// mark removed). Binary files are refused rather than guessed at.
export type Decoded = { text: string; warnings: string[] } | { error: { code: string; message: string } };

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeInput(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), warnings: [] };
  // A NUL byte in the first 8 KB: a binary file (images, archives, office documents).
  if (bytes.subarray(0, 8192).includes(0)) return { error: { code: 'EBINARY', message: 'binary file (contains NUL bytes), skipped' } };
  try {
    return { text: utf8Strict.decode(bytes), warnings: [] };
  } catch {
    return { text: utf8.decode(bytes), warnings: ['invalid UTF-8: bad bytes were replaced with U+FFFD'] };
  }
}

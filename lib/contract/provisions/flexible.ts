/**
 * Text extracted from PDFs pads words with runs of spaces and line breaks ("the absolute right
 * to terminate"). Patterns are written with single spaces for readability; this widens each
 * literal space outside a character class to any run of whitespace.
 * @example flexible(/right to terminate/i).test('right \n  to terminate') // true
 */
export function flexible(re: RegExp): RegExp {
  let out = '';
  let inClass = false;
  const src = re.source;
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as string;
    if (c === '\\') {
      out += c + (src[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c === ' ' && !inClass ? '\\s+' : c;
  }
  return new RegExp(out, re.flags);
}

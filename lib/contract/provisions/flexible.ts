/**
 * Text extracted from PDFs pads words with runs of spaces and line breaks ("the absolute right
 * to terminate"). Patterns are written with single spaces for readability; this widens each
 * literal space to any run of whitespace.
 * @example flexible(/right to terminate/i).test('right \n  to terminate') // true
 */
export function flexible(re: RegExp): RegExp {
  return new RegExp(re.source.replace(/(?<!\\) /g, '\\s+'), re.flags);
}

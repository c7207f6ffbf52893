/**
 * English number words as contracts write them: "thirty", "twenty-one", "one hundred eighty",
 * "one hundred and twenty", "two thousand". Ordinals are not numbers of a period and are not read.
 */

const UNITS: readonly string[] = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS: readonly string[] = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const SMALL = new Map<string, number>();
UNITS.forEach((word, value) => {
  SMALL.set(word, value);
});
TENS.forEach((word, index) => {
  if (word) SMALL.set(word, index * 10);
});
// "fourty" is a common misspelling in filed contracts.
SMALL.set('fourty', 40);

const SCALES = new Map<string, number>([
  ['hundred', 100],
  ['thousand', 1000],
  ['million', 1_000_000],
]);

const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map(
  ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'].map((w, i) => [w, i + 1]),
);

/**
 * Reads an ordinal of the kind contracts count terms and days with, in words or digits ("third", "3rd").
 * @example parseOrdinal('Second') // 2
 * @example parseOrdinal('3rd') // 3
 * @example parseOrdinal('eleventh') // null
 */
export function parseOrdinal(word: string): number | null {
  const lower = word.trim().toLowerCase();
  const named = ORDINAL_WORDS.get(lower);
  if (named !== undefined) return named;
  const digits = /^(\d{1,3})(?:st|nd|rd|th)?$/.exec(lower);
  return digits ? Number(digits[1]) : null;
}

/**
 * True when `word` (lower-case) is one of the words a written number is made of.
 * @example isNumberWord('hundred') // true
 */
export function isNumberWord(word: string): boolean {
  return SMALL.has(word) || SCALES.has(word);
}

/**
 * Reads a written number. Hyphens, spaces and "and" join the parts; anything else makes it null.
 * @example parseNumberWords('one hundred eighty') // 180
 * @example parseNumberWords('Twenty-One') // 21
 * @example parseNumberWords('thirty days') // null
 */
export function parseNumberWords(s: string): number | null {
  const words = s
    .toLowerCase()
    .trim()
    .split(/[\s-]+/)
    .filter((w) => w.length > 0 && w !== 'and');
  if (words.length === 0) return null;
  let total = 0;
  let group = 0; // the part below the current scale word
  let lastSmall = -1; // the previous small word's value, to refuse "thirty thirty" or "five twenty"
  for (const word of words) {
    const small = SMALL.get(word);
    if (small !== undefined) {
      if (lastSmall >= 0 && !(lastSmall >= 20 && lastSmall % 10 === 0 && small > 0 && small < 10)) return null;
      group += small;
      lastSmall = small;
      continue;
    }
    const scale = SCALES.get(word);
    if (scale === undefined) return null;
    if (scale === 100) {
      if (group === 0 || group >= 100) return null;
      group *= 100;
    } else {
      if (group === 0) return null;
      total += group * scale;
      group = 0;
    }
    lastSmall = -1;
  }
  return total + group;
}

function belowThousand(n: number): string {
  const parts: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) parts.push(`${UNITS[hundreds]} hundred`);
  if (rest >= 20) {
    const ones = rest % 10;
    parts.push(ones === 0 ? (TENS[rest / 10] as string) : `${TENS[Math.floor(rest / 10)]}-${UNITS[ones]}`);
  } else if (rest > 0 || hundreds === 0) {
    parts.push(UNITS[rest] as string);
  }
  return parts.join(' ');
}

/**
 * Writes a non-negative integer below one billion in words, the way contracts write periods.
 * @example numberToWords(180) // 'one hundred eighty'
 * @example numberToWords(21) // 'twenty-one'
 */
export function numberToWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1_000_000_000) {
    throw new RangeError(`numberToWords takes an integer from 0 to 999999999, got ${n}`);
  }
  if (n < 1000) return belowThousand(n);
  const parts: string[] = [];
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor((n % 1_000_000) / 1000);
  const rest = n % 1000;
  if (millions > 0) parts.push(`${belowThousand(millions)} million`);
  if (thousands > 0) parts.push(`${belowThousand(thousands)} thousand`);
  if (rest > 0) parts.push(belowThousand(rest));
  return parts.join(' ');
}

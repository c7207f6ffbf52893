import type { Period } from '../domain/types.ts';
import { findPeriods } from '../contract/periods.ts';
import type { Sentence } from './sentences.ts';

const CURE_WORDS = /\b(?:cure|cured|curing|remedy|remedied|rectify|rectified|correct the)\b/i;

/**
 * The cure period a breach notice offers ("you have thirty (30) days from receipt of this notice to cure").
 * A cure period counts from receipt unless the letter says otherwise.
 * @example readCurePeriod(splitSentences('You have thirty (30) days from receipt of this notice to cure.'))?.amount // 30
 */
export function readCurePeriod(sentences: Sentence[]): Period | null {
  for (const sentence of sentences) {
    if (!CURE_WORDS.test(sentence.text)) continue;
    const period = findPeriods(sentence.text, sentence.start)[0];
    if (period) return { ...period, anchor: period.anchor ?? 'receipt-of-notice' };
  }
  return null;
}

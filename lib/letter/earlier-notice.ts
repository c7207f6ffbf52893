import type { LetterAnalysis } from '../domain/types.ts';
import type { Sentence } from './sentences.ts';
import { findDates, readMoment } from './written-dates.ts';

/**
 * A termination for uncured breach usually follows an earlier notice of breach, and the cure period runs
 * from that notice, not from the termination letter. The letter may date it ("our letter of March 1,
 * 2024", "the notice of breach dated 1 March 2024", "On March 1, 2024, we notified you") or only mention
 * it ("our earlier notice of breach"); either way the verdict must say which start it counted from.
 */

const REFERENCE =
  /\b(?:our|my|the|a|its|(?:[A-Z][\w&.]*\s+){1,4}(?:'s|’s))\s+(?:(?:earlier|previous|prior|initial|first)\s+)?(?:written\s+)?(?:letter|notice|e-?mail|correspondence|notification)(?:\s+of\s+(?:material\s+)?(?:breach|default))?\s+(?:of|dated|sent(?:\s+on)?|delivered(?:\s+on)?|on)\s*$/i;
const UNDATED =
  /\b(?:earlier|previous|prior|initial|first|our)\s+(?:written\s+)?(?:notice|letter|notification)\s+of\s+(?:material\s+)?(?:breach|default)\b|\b(?:previously|already)\s+(?:notified|gave (?:you )?notice|given notice)\b/i;
const NOTIFIED_ON = /\b(?:notified|gave (?:you )?notice|wrote to you|informed you)\b/i;

/**
 * The earlier notice a letter refers to, dated where the letter dates it.
 * @example readEarlierNotice(splitSentences('Our letter of March 1, 2024 gave you thirty (30) days to cure.'))?.moment?.date // '2024-03-01'
 */
export function readEarlierNotice(sentences: Sentence[]): LetterAnalysis['earlierNotice'] {
  for (const sentence of sentences) {
    for (const hit of findDates(sentence.text, sentence.start)) {
      if (hit.date === null) continue;
      const local = hit.start - sentence.start;
      const before = sentence.text.slice(Math.max(0, local - 80), local);
      const after = sentence.text.slice(hit.end - sentence.start, hit.end - sentence.start + 60);
      const onDateWeNotified =
        /(?:^|\bon\s+)$/i.test(`${before.trimEnd()} `) &&
        /^\s*,?\s*(?:we|[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*){0,4})\s+(?:notified|gave|sent|wrote|informed)\b/.test(after);
      if (REFERENCE.test(before) || (onDateWeNotified && NOTIFIED_ON.test(after))) {
        return { moment: { ...readMoment(sentence.text, hit, sentence.start), date: hit.date }, text: sentence.text };
      }
    }
  }
  const mention = sentences.find((s) => UNDATED.test(s.text));
  return mention ? { moment: null, text: mention.text } : null;
}

/**
 * Splits a notices clause into pieces that each state one method's receipt rule. Drafters write the
 * pairs in either order and separate them in many ways:
 * - "(a) when delivered, if delivered personally; (b) one (1) business day after deposit, if sent by
 *   overnight courier" — list items, the rule before the method;
 * - "Notices sent by email are effective when sent, or by courier, one business day after dispatch";
 * - "when delivered if delivered personally, one business day after deposit if sent by courier, and
 *   three business days after mailing if sent by certified mail" — only commas between the pairs.
 * Items, semicolons, ", or"/", and" and sentence ends always separate pieces; a bare comma separates
 * them only when the piece so far already pairs a method with a rule and the next part names another
 * method ("if sent by email, on the date of transmission ..., otherwise on the next business day"
 * stays whole, since "otherwise ..." names no method). A piece naming only a method followed by one
 * stating only a rule is one pair.
 */

const HARD_SPLIT =
  /;|\b(?:and|or)\s+(?=(?:any|all|each)\s+(?:such\s+)?(?:notices?|communications?)\b)|(?:^|[:,]|\bor\b|\band\b)\s*\(\s*(?:[a-h]|i{1,3}|iv|v|vi{0,3}|\d)\s*\)|,\s*(?:or|and)\s+|\bor\s+(?=(?:if|when|by|on|upon)\b)|\bor\s+(?=[a-z]+\s*\(\d{1,3}\))|\.\s/i;

/**
 * The pieces of `clause`, each to be read for one method and one rule.
 * @example deliverySegments('when delivered, if delivered personally, one day after deposit, if sent by courier', hasMethod, hasRule)
 * // ['when delivered, if delivered personally', 'one day after deposit, if sent by courier']
 */
export function deliverySegments(clause: string, hasMethod: (piece: string) => boolean, hasRule: (piece: string) => boolean): string[] {
  const out: string[] = [];
  for (const segment of splitListItems(clause).flatMap((item) => item.split(HARD_SPLIT))) {
    if (!segment) continue;
    let current = '';
    for (const piece of segment.split(/,\s+/)) {
      const complete = current !== '' && hasMethod(current) && hasRule(current);
      if (complete && hasMethod(piece)) {
        out.push(current);
        current = piece;
      } else {
        current = current ? `${current}, ${piece}` : piece;
      }
    }
    if (current) out.push(current);
  }
  return joinSplitPairs(out, hasMethod, hasRule);
}

/**
 * "(i) if by hand delivery, upon receipt thereof (ii) if mailed, ...": list items are split even without
 * punctuation before the marker, once the list's first marker ("(i)" or "(a)") is present.
 */
function splitListItems(clause: string): string[] {
  const roman = /\(i\)\s/.test(clause) && /\(ii\)\s/.test(clause);
  const letters = /\(a\)\s/.test(clause) && /\(b\)\s/.test(clause);
  if (!roman && !letters) return [clause];
  const marker = roman ? /\s(?=\((?:ii|iii|iv|v|vi|vii|viii)\)\s)/ : /\s(?=\([b-h]\)\s)/;
  return clause.split(marker);
}

/** "by e-mail with confirmation of receipt, and shall be effective when received": a method alone, then its rule alone. */
function joinSplitPairs(segments: string[], hasMethod: (piece: string) => boolean, hasRule: (piece: string) => boolean): string[] {
  const out: string[] = [];
  for (const segment of segments) {
    const last = out.at(-1);
    const lastMethodOnly = last !== undefined && hasMethod(last) && !hasRule(last);
    if (lastMethodOnly && hasRule(segment) && !hasMethod(segment)) out[out.length - 1] = `${last}, ${segment}`;
    else out.push(segment);
  }
  return out;
}

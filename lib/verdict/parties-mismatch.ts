import type { AgreementAnalysis, LetterAnalysis, Party } from '../domain/types.ts';

/**
 * A letter whose sender and recipient are both named but neither is a party to the agreement belongs to
 * another contract: judging it against this one would give a confident answer about the wrong agreement.
 * @example partiesMismatch(agreement, letter, null, null)
 * // "the letter's parties (Orbis Freight Ltd, Calder Mills plc) are not parties to this agreement (Acme Limited, Beta GmbH)"
 */
export function partiesMismatch(
  agreement: AgreementAnalysis,
  letter: LetterAnalysis,
  sender: Party | null,
  recipient: Party | null,
): string | null {
  if (sender || recipient || agreement.parties.length === 0) return null;
  const named = [letter.senderText, letter.recipientText].filter((n): n is string => Boolean(n?.trim()));
  if (named.length === 0) return null;
  const ours = agreement.parties.map((p) => p.name).join(', ');
  return `the letter's parties (${named.join(', ')}) are not parties to this agreement (${ours})`;
}

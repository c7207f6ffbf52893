/** A failed condition is an answer (someone else got there first), not an error. */

export const isConditionFailed = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'ConditionalCheckFailedException' || error.name === 'TransactionCanceledException');

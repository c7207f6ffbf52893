import type { DeliveryMethod } from '../domain/types.ts';

/**
 * A delivery method in the words of a review reason ("sent by certified mail", "it names hand delivery").
 * @example METHOD_WORDS['certified-mail'] // 'certified mail'
 */
export const METHOD_WORDS: Readonly<Record<DeliveryMethod, string>> = {
  email: 'email',
  courier: 'courier',
  'certified-mail': 'certified mail',
  'registered-mail': 'registered mail',
  mail: 'mail',
  hand: 'hand delivery',
  fax: 'fax',
};

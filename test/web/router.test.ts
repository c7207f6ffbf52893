import { describe, expect, it } from 'vitest';
import { href, parseRoute } from '../../web/src/router.ts';

describe('the unmatched-mail page has its own address', () => {
  it('#/mail opens it', () => {
    expect(parseRoute('#/mail')).toEqual({ page: 'mail' });
  });

  it('the link the navigation uses leads back to it', () => {
    expect(parseRoute(href.mail())).toEqual({ page: 'mail' });
  });

  it('a deeper address under it is no page', () => {
    expect(parseRoute('#/mail/m-1')).toEqual({ page: 'not-found' });
  });
});

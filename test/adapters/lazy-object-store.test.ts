import { describe, expect, it } from 'vitest';
import type { ObjectStore } from '../../lib/app/ports.ts';
import { lazyObjectStore } from '../../lib/adapters/lazy-object-store.ts';

const fakeStore: ObjectStore = {
  head: async (key) => ({ size: key.length, etag: 'e', versionId: null, contentType: null, lastModified: null }),
  getBytes: async () => new Uint8Array([1, 2]),
  presignPut: async ({ key }) => `https://signed.example/${key}`,
};

describe('lazyObjectStore', () => {
  it('loads the store on first use only, once for all calls', async () => {
    let loads = 0;
    const store = lazyObjectStore(async () => {
      loads += 1;
      return fakeStore;
    });
    expect(loads).toBe(0);
    const [url, head] = await Promise.all([
      store.presignPut({ key: 'a/b', contentType: 'application/pdf', expiresInSeconds: 60 }),
      store.head('abc'),
    ]);
    expect(url).toBe('https://signed.example/a/b');
    expect(head?.size).toBe(3);
    expect(await store.getBytes('x')).toEqual(new Uint8Array([1, 2]));
    expect(loads).toBe(1);
  });

  it('tries loading again after a failed load', async () => {
    let loads = 0;
    const store = lazyObjectStore(async () => {
      loads += 1;
      if (loads === 1) throw new Error('module failed to load');
      return fakeStore;
    });
    await expect(store.getBytes('x')).rejects.toThrow('module failed to load');
    expect(await store.getBytes('x')).toEqual(new Uint8Array([1, 2]));
    expect(loads).toBe(2);
  });
});

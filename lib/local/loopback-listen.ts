/**
 * Runs `start` while every server that asks to listen on all interfaces (host 0.0.0.0 or ::) listens on
 * 127.0.0.1 instead. For libraries that hard-code their listen host: fauxqs 2 passes `host: "0.0.0.0"` to
 * Fastify whatever its `host` option says (that option only names the host in the URLs it returns), and it
 * exports neither its stores nor a way to pass a server of one's own.
 *
 * The override lasts only until `start` settles; a listen elsewhere in the process during that window is
 * also kept on loopback, which can only narrow it.
 */
import { Server } from 'node:net';

const ALL_INTERFACES = new Set(['0.0.0.0', '::', '']);

/**
 * @example const emulator = await onLoopbackOnly(() => startFauxqs({ port: 0 })); // bound to 127.0.0.1
 */
export async function onLoopbackOnly<T>(start: () => Promise<T>): Promise<T> {
  const original = Server.prototype.listen;
  // biome-ignore lint/suspicious/noExplicitAny: net.Server#listen's overloads take any argument list
  Server.prototype.listen = function listenOnLoopback(this: Server, ...args: any[]) {
    const [options] = args;
    if (options !== null && typeof options === 'object' && 'port' in options && ALL_INTERFACES.has(String(options.host ?? ''))) {
      args[0] = { ...options, host: '127.0.0.1' };
    }
    return original.apply(this, args as Parameters<typeof original>);
  } as typeof original;
  try {
    return await start();
  } finally {
    Server.prototype.listen = original;
  }
}

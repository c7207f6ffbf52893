// Preloaded into a process (and, through execArgv, its worker threads): any attempt to reach the network fails.
import dns from 'node:dns';
import net from 'node:net';

const refuse = () => {
  throw new Error('network access is blocked in this test');
};
globalThis.fetch = async () => refuse();
net.Socket.prototype.connect = refuse;
dns.lookup = refuse;

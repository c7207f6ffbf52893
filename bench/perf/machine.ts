import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';

export interface Machine {
  cores: number;
  cpu: string;
  memoryGb: number;
  node: string;
  os: string;
  /** 1-minute load average when the run ended: above the core count, other work shared the machine. */
  load: number;
}

/** What the figures were measured on: ratios travel between machines, absolute times do not. */
export function describeMachine(): Machine {
  const list = cpus();
  return {
    cores: list.length,
    cpu: list[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    os: `${osType()} ${release()}`,
    load: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  };
}

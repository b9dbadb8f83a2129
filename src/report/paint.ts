// Colour by status, or none at all: the reporter is told which.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Status } from '../model/types.js';

export function painter(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}

export function statusColor(chalk: ChalkInstance, status: Status): (text: string) => string {
  switch (status) {
    case 'pass':
      return chalk.green;
    case 'fail':
      return chalk.red;
    case 'missing':
    case 'invalid':
      return chalk.yellow;
    case 'pending':
      return chalk.cyan;
    case 'not_applicable':
      return chalk.dim;
  }
}

// English: the policy every input is read by: links out of the folder named, a config's reach (read/input-policy.ts).
import type { inputs as zh } from '../zh/inputs.js';

export const inputs = {
  linkOutside: (file: string, target: string) => `${file} is a link to ${target}, outside the folder given; not read. Give --follow-links to read it all the same`,
  configPathOutside: (config: string, key: string, path: string) => `config ${config}: ${key} names '${path}', which leaves the config's folder (.., an absolute path, ~ or a link); a config names files inside its folder only; give others on the command line`,
  unknownColumnsNotShown: (count: number) => `${count === 1 ? '1 column' : `${count} columns`} the rule pack does not have, not read; not named, as the header names no key column`,
  linesNotShown: '(not shown, as the header names no key column)',
} satisfies typeof zh;

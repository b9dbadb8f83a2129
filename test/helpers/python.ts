// A python3 that can import openpyxl (Debian's python3-openpyxl), if there is one.
import { spawnSync } from 'node:child_process';

export const PYTHON: string | undefined = ['python3', '/usr/bin/python3'].find(
  (python) => spawnSync(python, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0,
);

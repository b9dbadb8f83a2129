import { describe, expect, it } from 'vitest';
import { colourWanted } from '../../src/cli/colour.js';

describe('colourWanted', () => {
  it.each([
    { given: 'a terminal, nothing set', env: {}, terminal: true, expect: true },
    { given: 'a pipe, nothing set', env: {}, terminal: false, expect: false },
    { given: 'a terminal, FORCE_COLOR=0', env: { FORCE_COLOR: '0' }, terminal: true, expect: false },
    { given: 'a terminal, FORCE_COLOR=false', env: { FORCE_COLOR: 'false' }, terminal: true, expect: false },
    { given: 'a pipe, FORCE_COLOR=1', env: { FORCE_COLOR: '1' }, terminal: false, expect: true },
    { given: 'a pipe, FORCE_COLOR=3', env: { FORCE_COLOR: '3' }, terminal: false, expect: true },
    { given: 'a pipe, FORCE_COLOR=true', env: { FORCE_COLOR: 'true' }, terminal: false, expect: true },
    { given: 'a pipe, FORCE_COLOR set empty', env: { FORCE_COLOR: '' }, terminal: false, expect: true },
    { given: 'a pipe, FORCE_COLOR unreadable', env: { FORCE_COLOR: 'yes please' }, terminal: false, expect: false },
    {
      given: 'a pipe, FORCE_COLOR=1 and NO_COLOR=1: NO_COLOR wins',
      env: { FORCE_COLOR: '1', NO_COLOR: '1' },
      terminal: false,
      expect: false,
    },
    { given: 'a terminal, NO_COLOR set empty', env: { NO_COLOR: '' }, terminal: true, expect: true },
  ])('given $given, returns $expect', ({ env, terminal, expect: want }) => {
    expect(colourWanted(env, terminal)).toBe(want);
  });
});

// English: the YAML library's syntax errors, one entry per error code it has (yaml 2.x `ErrorCode`).
import type { ErrorCode } from 'yaml';
import type { yaml as zh } from '../zh/yaml.js';

export const yaml = {
  syntax: {
    ALIAS_PROPS: 'an alias (*name) cannot carry an anchor (&) or a tag (!)',
    BAD_ALIAS: 'the name of an alias or anchor is empty, or ends in a colon',
    BAD_DIRECTIVE: 'a % directive that is not understood',
    BAD_DQ_ESCAPE: 'an invalid escape (\\…) in double-quoted text',
    BAD_INDENT: 'the indentation is wrong: this line does not line up with the lines at its level',
    BAD_PROP_ORDER: "an anchor (&) or tag (!) belongs after the '- ' or '? '",
    BAD_SCALAR_START: 'a value cannot start with this character; put text in quotes',
    BLOCK_AS_IMPLICIT_KEY: 'a list or mapping cannot be a key; the indentation may be wrong or a colon missing',
    BLOCK_IN_FLOW: 'an indented block cannot stand inside [ ] or { }',
    DUPLICATE_KEY: 'this key appears twice in the same mapping',
    IMPOSSIBLE: 'the structure here cannot be read',
    KEY_OVER_1024_CHARS: 'a key longer than 1024 characters',
    MISSING_CHAR: "a character is missing: a colon, a comma, a space or '- '",
    MULTILINE_IMPLICIT_KEY: 'a key cannot run over several lines; a colon may be missing or the indentation wrong',
    MULTIPLE_ANCHORS: 'a value has more than one anchor (&)',
    MULTIPLE_DOCS: 'a second YAML document starts here; a file holds one',
    MULTIPLE_TAGS: 'a value has more than one tag (!)',
    NON_STRING_KEY: 'a key must be text',
    RESOURCE_EXHAUSTION: 'aliases expand into too many copies (an alias bomb)',
    TAB_AS_INDENT: 'a tab is used for indentation; YAML indents with spaces',
    TAG_RESOLVE_FAILED: 'a tag (!…) that is not known',
    UNEXPECTED_TOKEN: "something unexpected here; the indentation may be wrong, or a '- ', a colon or a comma missing",
    BAD_COLLECTION_TYPE: 'the tag does not fit the list or mapping it is on',
  } satisfies Record<ErrorCode, string> as Record<string, string>,
  missingQuote: 'a quote is not closed',
  missingDash: "a list item without '- ': this line is indented unlike the list items above it",
  missingValue: 'a colon and a value are missing after the key',
  missingBracket: 'a [ or { is not closed, or the lines after it are not indented enough',
  unknown: 'a YAML syntax error',
} satisfies typeof zh;

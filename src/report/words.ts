// The words and marks an analyst sees for each status.
import type { Status } from '../model/types.js';

export const STATUS_WORD: Record<Status, string> = {
  pass: '达标',
  fail: '未达标',
  pending: '待到期',
  not_applicable: '不适用',
  missing: '缺数据',
  invalid: '数据无效',
};

export const STATUS_MARK: Record<Status, string> = {
  pass: '✓',
  fail: '✗',
  pending: '…',
  not_applicable: '–',
  missing: '?',
  invalid: '!',
};

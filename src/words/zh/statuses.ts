// Chinese: statuses and places (reports).
import type { Status } from '../../model/types.js';

export const statuses = {
  status: {
    pass: '达标',
    fail: '未达标',
    pending: '待到期',
    not_applicable: '不适用',
    missing: '缺数据',
    invalid: '数据无效',
    waived: '已豁免',
  } as Record<Status, string>,
  noCounty: '(无县名)',
  yes: '是',
  no: '否',
};

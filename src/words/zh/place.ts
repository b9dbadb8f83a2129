// Chinese: where a finding is, in a workbook (report/place.ts).

export const place = {
  sheet: (name: string) => `工作表“${name}”`,
  row: (line: number) => `第${line}行`,
  cell: (reference: string) => `单元格 ${reference}`,
};

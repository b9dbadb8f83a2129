// Chinese: what leads the human reports in a yearly round (report/round.ts).

export const round = {
  notSubmitted: '未报送',
  fresh: '新增未达标（与基线相比）',
  fixed: '已整改（与基线相比）',
};

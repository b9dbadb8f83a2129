// When a rule's target falls due for a row: at the end of its year, or of its period (a month
// in a monthly table; the year in a yearly one).
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `month`: 1–12 when the row's table is monthly. */
export function dueDate(due: 'year-end' | 'period-end', year: number, month?: number): string {
  const yyyy = String(year).padStart(4, '0');
  if (due === 'year-end' || month === undefined) return `${yyyy}-12-31`;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return `${yyyy}-${String(month).padStart(2, '0')}-${leap ? 29 : DAYS[month - 1]!}`;
}

// When a rule's target falls due for a row's year.
export function dueDate(due: 'year-end', year: number): string {
  switch (due) {
    case 'year-end':
      return `${String(year).padStart(4, '0')}-12-31`;
  }
}

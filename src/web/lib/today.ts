// Today's date, kept apart from the forms: pages that only show dates (Home, print views)
// should not load the form code with it.

/** Today's date where the person is, as YYYY-MM-DD. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

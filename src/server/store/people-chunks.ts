// Reads of many people's rows at once (the caseload: decision 0044) send the people as
// `person_id in (…)`. Lists are cut into chunks so that no query carries more parameters than
// either database takes (SQLite 32,766, PostgreSQL 65,535), whatever the number of people.

/** People per query: a list may appear a few times in one query and stay well under the limits. */
export const PEOPLE_PER_QUERY = 400;

/** Runs `read` for each chunk of `personIds`, one after another, and joins the rows. */
export async function inChunks<Row>(
  personIds: readonly string[],
  read: (some: string[]) => Promise<Row[]>,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (let start = 0; start < personIds.length; start += PEOPLE_PER_QUERY)
    rows.push(...(await read(personIds.slice(start, start + PEOPLE_PER_QUERY))));
  return rows;
}

/** Rows grouped by their person, each group in the order the rows came. */
export function byPerson<Row extends { person_id: string }>(rows: readonly Row[]) {
  const grouped = new Map<string, Row[]>();
  for (const row of rows) {
    const group = grouped.get(row.person_id);
    if (group) group.push(row);
    else grouped.set(row.person_id, [row]);
  }
  return grouped;
}

/** Whether the database holds any synthetic demo record: then every figure shown must say so. */
export const SYNTHETIC_SQL =
  'select exists (select 1 from person where synthetic) or exists (select 1 from activity where synthetic) as demo';

export async function usesSyntheticData(db: { query: (text: string) => Promise<{ rows: unknown[] }> }): Promise<boolean> {
  const { rows } = await db.query(SYNTHETIC_SQL);
  return (rows[0] as { demo?: boolean } | undefined)?.demo ?? false;
}

import { and, containsPattern, query, sql, whereAll, type SqlRunner } from "./sql";

/** A runner that records what it is asked to run. */
function recorder(rows: unknown[] = []) {
  const calls: { text: string; values: unknown[] | undefined }[] = [];
  const db: SqlRunner = {
    query: (text, values) => {
      calls.push({ text, values });
      return Promise.resolve(rows);
    },
  };
  return { db, calls };
}

describe("query", () => {
  it("compiles a fragment to one statement, numbering nested fragments' values in order", async () => {
    const { db, calls } = recorder([{ id: 1 }]);
    const live = sql`j.status = ${sql.value("PUBLISHED")}`;
    const inCategory = sql`j.category_id = ANY(${sql.value([1, 2])}::int[])`;
    const rows = await query<{ id: number }>(
      db,
      sql`SELECT j.id FROM jobs j WHERE ${and([live, sql`(${inCategory} OR j.id = ${sql.value(7)})`])} LIMIT ${sql.value(21)}::integer`,
    );
    expect(rows).toEqual([{ id: 1 }]);
    expect(calls).toEqual([
      {
        text: "SELECT j.id FROM jobs j WHERE j.status = $1 AND (j.category_id = ANY($2::int[]) OR j.id = $3) LIMIT $4::integer",
        values: ["PUBLISHED", [1, 2], 7, 21],
      },
    ]);
  });

  it("gives a value used twice one placeholder, and equal values used apart their own", async () => {
    const { db, calls } = recorder();
    const pattern = sql.value("%ai%");
    await query(db, sql`SELECT 1 WHERE ${pattern} = ${pattern} AND ${sql.value("%ai%")} IS NOT NULL`);
    expect(calls[0]).toEqual({ text: "SELECT 1 WHERE $1 = $1 AND $2 IS NOT NULL", values: ["%ai%", "%ai%"] });
  });

  it("numbers a fragment's values afresh in each statement it is part of", async () => {
    const { db, calls } = recorder();
    const cond = sql`j.slug = ${sql.value("a")}`;
    await query(db, sql`SELECT ${sql.value(0)}, j.id FROM jobs j WHERE ${cond}`);
    await query(db, sql`SELECT j.id FROM jobs j WHERE ${cond}`);
    expect(calls.map((c) => c.text)).toEqual([
      "SELECT $1, j.id FROM jobs j WHERE j.slug = $2",
      "SELECT j.id FROM jobs j WHERE j.slug = $1",
    ]);
    expect(calls.map((c) => c.values)).toEqual([[0, "a"], ["a"]]);
  });

  it("refuses a plain string interpolated into a fragment", () => {
    const hostile = "1; DROP TABLE jobs";
    expect(() => sql`SELECT * FROM jobs WHERE id = ${hostile as never}`).toThrow(/Invalid expression/);
    expect(() => sql`SELECT ${42 as never}`).toThrow(/Invalid expression/);
    expect(() => sql.join(["a" as never, sql`b`], ", ")).toThrow(/Expected an SQL item/);
  });

  it("quotes identifiers", async () => {
    const { db, calls } = recorder();
    await query(db, sql`SELECT ${sql.identifier("t", 'we"ird')} FROM ${sql.identifier("job_categories")} t`);
    expect(calls[0].text).toBe(`SELECT "t"."we""ird" FROM "job_categories" t`);
    expect(calls[0].values).toEqual([]);
  });
});

describe("whereAll", () => {
  it("is nothing without conditions, WHERE with them ANDed otherwise", () => {
    expect(sql.compile(sql`SELECT 1 FROM t ${whereAll([])}`).text).toBe("SELECT 1 FROM t ");
    expect(sql.compile(sql`SELECT 1 FROM t ${whereAll([sql`a`, sql`b = ${sql.value(1)}`])}`)).toMatchObject({
      text: "SELECT 1 FROM t WHERE a AND b = $1",
      values: [1],
    });
  });
});

describe("containsPattern", () => {
  it("takes LIKE's wildcards literally", () => {
    expect(containsPattern("50%_off\\")).toBe("%50\\%\\_off\\\\%");
  });
});

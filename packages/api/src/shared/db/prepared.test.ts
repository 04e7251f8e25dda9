import type { DataSource } from "typeorm";
import { queryPrepared } from "./prepared";
import { sql } from "./sql";

/** A data source whose pool records the statements it is asked to run, and what the logger saw. */
function recorder() {
  const ran: { name: string; text: string; values: unknown[] }[] = [];
  const logged: { text: string; values: unknown[] }[] = [];
  const ds = {
    logger: { logQuery: (text: string, values: unknown[]) => logged.push({ text, values }) },
    driver: {
      master: { query: (config: { name: string; text: string; values: unknown[] }) => (ran.push(config), Promise.resolve({ rows: [] })) },
    },
  } as unknown as DataSource;
  return { ds, ran, logged };
}

const SLUG = Symbol("slug");
const OTHER = Symbol("other");

describe("queryPrepared", () => {
  it("runs a statement built once with each call's placeholder values, as compiling it with them would", async () => {
    const { ds, ran, logged } = recorder();
    const statement = sql`SELECT 1 WHERE a = ${sql.value("fixed")} AND slug = ${sql.placeholder(SLUG)}::text
      AND other = ${sql.placeholder(OTHER)} AND again = ${sql.placeholder(SLUG)} LIMIT ${sql.value(3)}`;
    for (const [slug, other] of [
      ["first-job", 1],
      ["second-job", 2],
    ] as const) {
      await queryPrepared(
        ds,
        statement,
        new Map<symbol, unknown>([
          [SLUG, slug],
          [OTHER, other],
        ]),
      );
      const expected = sql.compile(statement, {
        placeholderValues: new Map([
          [SLUG, sql.value(slug)],
          [OTHER, sql.value(other)],
        ]),
      });
      expect(ran.at(-1)).toMatchObject({ text: expected.text, values: expected.values });
      expect(logged.at(-1)).toEqual({ text: expected.text, values: expected.values });
    }
    // A placeholder used twice is one parameter.
    expect(ran.map((r) => r.values)).toEqual([
      ["fixed", "first-job", 1, 3],
      ["fixed", "second-job", 2, 3],
    ]);
    expect(ran[0].text).toMatch(/slug = \$2::text\s+AND other = \$3 AND again = \$2 LIMIT \$4$/);
    expect(ran[0].name).toBe(ran[1].name);
    expect(ran[0].name).toMatch(/^p_[0-9a-f]{24}$/);
  });

  it("names statements by their text: the same text one name, another text another", async () => {
    const { ds, ran } = recorder();
    await queryPrepared(ds, sql`SELECT 1 WHERE id = ${sql.value(1)}`);
    await queryPrepared(ds, sql`SELECT 1 WHERE id = ${sql.value(2)}`);
    await queryPrepared(ds, sql`SELECT 2 WHERE id = ${sql.value(1)}`);
    expect(ran.map((r) => r.values)).toEqual([[1], [2], [1]]);
    expect(ran[0].name).toBe(ran[1].name);
    expect(ran[2].name).not.toBe(ran[0].name);
  });
});

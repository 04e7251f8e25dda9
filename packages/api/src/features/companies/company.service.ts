import type { DataSource } from "typeorm";
import { selectColumns } from "../../shared/db/columns";
import { keysetConnection } from "../../shared/db/keyset";
import { containsPattern, sql, type SQL } from "../../shared/db/sql";
import type { Connection, ConnectionArgs } from "../../shared/graphql/connection";
import { LIVE_JOB } from "../jobs";
import { Company } from "./company.entity";
import type { CompanyFilter } from "./company.inputs";
import { rowBySlug, rowsByIds } from "../../shared/db/rows";

export class CompanyService {
  constructor(private readonly ds: DataSource) {}

  private get columns(): SQL {
    return selectColumns(this.ds, Company, "c");
  }

  /** Companies A to Z; `filter.query` matches names and descriptions, `filter.hiring` keeps those with live jobs. */
  async connection(filter: CompanyFilter | null | undefined, page: ConnectionArgs): Promise<Connection<Company>> {
    const where: SQL[] = [];
    const text = filter?.query?.trim();
    if (text) {
      const pattern = sql.value(containsPattern(text));
      where.push(sql`(c.name ILIKE ${pattern} OR c.description ILIKE ${pattern})`);
    }
    if (filter?.hiring) {
      where.push(sql`EXISTS (SELECT 1 FROM jobs j WHERE j.company_id = c.id AND ${LIVE_JOB})`);
    }
    return keysetConnection<Company>(
      this.ds,
      {
        select: this.columns,
        from: sql`companies c`,
        where,
        sort: { name: "name", key: sql`lower(c.name)`, keyType: "text", direction: "ASC", id: sql`c.id` },
      },
      page,
    );
  }

  bySlug(slug: string): Promise<Company | null> {
    return rowBySlug(this.ds, Company, slug);
  }

  /** Companies in key order, null where missing. */
  byIds(ids: readonly number[]): Promise<(Company | null)[]> {
    return rowsByIds(this.ds, Company, ids);
  }
}

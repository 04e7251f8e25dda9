import type { DataSource } from "typeorm";
import { selectColumns } from "../../shared/db/columns";
import { query, sql, type SQL } from "../../shared/db/sql";
import { manyByKey } from "../../shared/loaders/key-order";
import { LIVE_JOB } from "../jobs";
import { Location } from "./location.entity";
import { rowBySlug, rowsByIds } from "../../shared/db/rows";

/** Locations `locations` lists at most. */
export const MAX_LOCATIONS = 500;
/** Locations one job shows at most. */
export const MAX_JOB_LOCATIONS = 20;

/** How a job's locations are listed: by country, then city; Remote last. */
export const LOCATION_ORDER = sql`l.country NULLS LAST, l.city`;

export class LocationService {
  constructor(private readonly ds: DataSource) {}

  private get columns(): SQL {
    return selectColumns(this.ds, Location, "l");
  }

  /** Locations with at least one live job, busiest first. */
  async withLiveJobs(): Promise<Location[]> {
    return query<Location>(
      this.ds,
      sql`SELECT ${this.columns} FROM locations l
       JOIN job_locations jl ON jl.location_id = l.id
       JOIN jobs j ON j.id = jl.job_id AND ${LIVE_JOB}
       GROUP BY l.id ORDER BY count(*) DESC, l.city LIMIT ${sql.literal(MAX_LOCATIONS)}`,
    );
  }

  bySlug(slug: string): Promise<Location | null> {
    return rowBySlug(this.ds, Location, slug);
  }

  byIds(ids: readonly number[]): Promise<(Location | null)[]> {
    return rowsByIds(this.ds, Location, ids);
  }

  /** Each job's locations, in key order. */
  async byJobIds(jobIds: readonly number[]): Promise<Location[][]> {
    const rows = await query<Location & { parentKey: number }>(
      this.ds,
      sql`SELECT jl.job_id AS "parentKey", ${this.columns} FROM job_locations jl JOIN locations l ON l.id = jl.location_id
       WHERE jl.job_id = ANY(${sql.value(jobIds)}::int[]) ORDER BY ${LOCATION_ORDER}`,
    );
    return manyByKey(jobIds, rows);
  }
}

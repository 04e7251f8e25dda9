import type { DataSource } from "typeorm";
import { selectColumns } from "../../shared/db/columns";
import { manyByKey, oneByKey } from "../../shared/loaders/key-order";
import { LIVE_JOB } from "../jobs/job.filter";
import { Location } from "./location.entity";

/** How a job's locations are listed: by country, then city; Remote last. */
export const LOCATION_ORDER = "l.country NULLS LAST, l.city";

export class LocationService {
  constructor(private readonly ds: DataSource) {}

  private get columns(): string {
    return selectColumns(this.ds, Location, "l");
  }

  /** Locations with at least one live job, busiest first. */
  async withLiveJobs(): Promise<Location[]> {
    return this.ds.query(
      `SELECT ${this.columns} FROM locations l
       JOIN job_locations jl ON jl.location_id = l.id
       JOIN jobs j ON j.id = jl.job_id AND ${LIVE_JOB}
       GROUP BY l.id ORDER BY count(*) DESC, l.city`,
    );
  }

  async bySlug(slug: string): Promise<Location | null> {
    const rows: Location[] = await this.ds.query(`SELECT ${this.columns} FROM locations l WHERE l.slug = $1`, [slug]);
    return rows[0] ?? null;
  }

  async byIds(ids: readonly number[]): Promise<(Location | null)[]> {
    const rows: Location[] = await this.ds.query(`SELECT ${this.columns} FROM locations l WHERE l.id = ANY($1::int[])`, [ids]);
    return oneByKey(ids, rows, (r) => r.id);
  }

  /** Each job's locations, in key order. */
  async byJobIds(jobIds: readonly number[]): Promise<Location[][]> {
    const rows: (Location & { parentKey: number })[] = await this.ds.query(
      `SELECT jl.job_id AS "parentKey", ${this.columns} FROM job_locations jl JOIN locations l ON l.id = jl.location_id
       WHERE jl.job_id = ANY($1::int[]) ORDER BY ${LOCATION_ORDER}`,
      [jobIds],
    );
    return manyByKey(jobIds, rows);
  }
}

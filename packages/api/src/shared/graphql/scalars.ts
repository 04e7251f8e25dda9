import { DateTimeResolver } from "graphql-scalars";

/** Scalars used by the schema: `DateTime` (ISO 8601) for every JS Date. */
export const scalarsMap = [{ type: Date, scalar: DateTimeResolver }];

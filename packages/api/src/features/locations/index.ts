// What the locations feature offers other features.
export { Location } from "./location.entity";
export { LOCATION_ORDER, MAX_LOCATIONS, MAX_JOB_LOCATIONS } from "./location.service";

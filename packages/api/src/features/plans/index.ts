// What the plans feature offers other features and the app.
export { Money, Plan } from "./plan.entity";
export { PlanResolver } from "./plan.resolver";
export { PlanService, MAX_PLANS } from "./plan.service";

// What the plans feature offers routes.
export { PlanCard } from "./components/PlanCard";

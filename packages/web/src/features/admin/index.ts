// What the admin feature offers routes.
export { ReviewQueue } from "./components/ReviewQueue";

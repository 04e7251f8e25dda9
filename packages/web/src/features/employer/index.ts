// What the employer feature offers routes.
export { ActivityChart, sumDays } from "./components/ActivityChart";
export { CompanyForm } from "./components/CompanyForm";
export { PostingList, STATUS_LABELS } from "./components/PostingList";
export { PostingForm } from "./components/PostingForm";

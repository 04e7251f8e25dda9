import { JobSearchView } from "../features/jobs/components/JobSearchView";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

const BASE = { seniorities: ["ENTRY" as const] };

export function EntryLevelJobsRoute() {
  useDocumentMeta(
    "Entry-level AI jobs",
    "Entry-level AI jobs for graduates and career changers: your first role in machine learning, data and AI products.",
  );
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", to: "/" }, { label: "Jobs", to: "/jobs" }, { label: "Entry level" }]} />
      <div className="page-intro">
        <h1>Entry-level AI jobs</h1>
        <p className="muted">Your first role in AI: junior and graduate positions across engineering, data, research and product.</p>
      </div>
      <JobSearchView base={BASE} locked="seniorities" />
    </>
  );
}

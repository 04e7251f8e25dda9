import { JobSearchView } from "../features/jobs/components/JobSearchView";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

const BASE = { remote: ["REMOTE" as const] };

export function RemoteJobsRoute() {
  useDocumentMeta("Remote AI jobs", "Fully remote AI jobs in engineering, research, data, product, design, marketing and sales.");
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", to: "/" }, { label: "Jobs", to: "/jobs" }, { label: "Remote" }]} />
      <div className="page-intro">
        <h1>Remote AI jobs</h1>
        <p className="muted">Work on AI from anywhere: fully remote roles at AI companies and startups.</p>
      </div>
      <JobSearchView base={BASE} locked="remote" />
    </>
  );
}

import { useSearchParams } from "react-router";
import { JobSearchView } from "../features/jobs/components/JobSearchView";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

export function JobsRoute() {
  const [params] = useSearchParams();
  const q = params.get("q")?.trim();
  useDocumentMeta(
    q ? `“${q}” AI jobs` : "Browse AI jobs",
    "Search AI jobs by keyword, category, seniority, remote policy, city, company, salary and date posted.",
  );
  return (
    <>
      <div className="page-intro">
        <h1>{q ? `AI jobs matching “${q}”` : "Browse AI jobs"}</h1>
        <p className="muted">Engineering, research, data, product, design, marketing and sales roles at AI companies.</p>
      </div>
      <JobSearchView />
    </>
  );
}

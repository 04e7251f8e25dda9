import { useEffect } from "react";
import { apiEndpoint } from "../../../shared/env";

/** Jobs whose view this page load has already sent (React may run an effect twice). */
const sent = new Set<string>();

/**
 * Counts one view of a job's page for its employer's dashboard: one small POST to the API, which
 * counts a browser once per job and day and leaves bots out. Nothing waits for it, and a failure is
 * nobody's concern.
 */
export function useCountJobView(jobId: string | undefined): void {
  useEffect(() => {
    if (!jobId || sent.has(jobId)) return;
    sent.add(jobId);
    fetch(apiEndpoint(`/job-views/${encodeURIComponent(jobId)}`), { method: "POST", credentials: "include", keepalive: true }).catch(
      () => undefined,
    );
  }, [jobId]);
}

import cookieParser from "cookie-parser";
import cors from "cors";
import type express from "express";
import { parseCountedToday, withCounted, utcDay, type JobEvent } from "../features/job-stats";
import { fromGlobalId } from "../shared/graphql/global-id";
import { sessionCookieOptions } from "./authenticate";
import type { Services } from "./services";
import { sendNotFound } from "./error-response";

/** One cookie per kind of event: the jobs this browser has been counted for today. */
const COOKIES: Record<JobEvent, string> = { view: "hai_viewed", apply: "hai_applied" };

function jobIdOf(req: express.Request): number | null {
  const ref = fromGlobalId(String(req.params.id ?? ""));
  return ref?.type === "Job" ? ref.id : null;
}

/**
 * Counts `event` for the job unless this browser was counted for it today, and remembers it in the
 * browser's cookie until the UTC day ends (so the API keeps no row per visitor).
 */
async function countOnce(services: Services, req: express.Request, res: express.Response, event: JobEvent, jobId: number) {
  const cookie = COOKIES[event];
  const today = utcDay();
  const counted = parseCountedToday(req.cookies?.[cookie] as string | undefined, today);
  if (counted.includes(jobId)) return;
  const ip = req.ip ?? req.socket.remoteAddress ?? "unknown";
  if (await services.jobStats.count(event, jobId, { ip, userAgent: req.get("user-agent") ?? null })) {
    const endOfDay = new Date(`${today}T00:00:00Z`);
    endOfDay.setUTCDate(endOfDay.getUTCDate() + 1);
    res.cookie(cookie, withCounted(counted, jobId, today), { ...sessionCookieOptions(req), expires: endOfDay });
  }
}

/**
 * The counted links of a job:
 * - `GET /apply/<job id>`: the Apply button. Counts the click, then 302 to the employer's page or a
 *   `mailto:`; only http(s) and mailto targets are followed (no open redirect: the target is the
 *   job's own, never the request's). A job no longer live, or with no safe target, leads to its page.
 * - `POST /job-views/<job id>`: the job page, once per view (the web app sends it; only its origin
 *   counts, so another site cannot make its visitors count views). 204 whether or not it counted.
 */
export function mountCountedLinks(app: express.Express, services: Services, webOrigins: string[]): void {
  app.get("/apply/:id", cookieParser(), async (req, res) => {
    const jobId = jobIdOf(req);
    const job = jobId == null ? null : await services.jobStats.applyTarget(jobId);
    if (jobId == null || !job) {
      sendNotFound(res, "job");
      return;
    }
    res.set("Cache-Control", "no-store");
    if (!job.live || !job.target) return res.redirect(302, services.urls.job(job.slug));
    await countOnce(services, req, res, "apply", jobId);
    res.redirect(302, job.target);
  });

  const fromWebApp = (req: express.Request) => webOrigins.includes(req.get("origin") ?? "");
  app.use("/job-views", cors({ origin: webOrigins, credentials: true, maxAge: 600 }));
  app.post("/job-views/:id", cookieParser(), async (req, res) => {
    const jobId = jobIdOf(req);
    if (jobId != null && fromWebApp(req)) await countOnce(services, req, res, "view", jobId);
    res.status(204).end();
  });
}

import { TEST_WEB_URL, useTestApi } from "../../../test/support/test-api";
import { toGlobalId } from "../../shared/graphql/global-id";
import { JobStatus } from "../jobs/job.enums";
import { COUNTED_EVENTS_PER_IP_HOUR } from "./job-stats.service";

const api = useTestApi();

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

/** A browser: a user agent and the cookies the API gave it. */
function browser(userAgent: string | null = BROWSER) {
  const jar = new Map<string, string>();
  const send = async (method: "GET" | "POST", path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${api.server.url}${path}`, {
      method,
      redirect: "manual",
      headers: {
        ...(userAgent ? { "user-agent": userAgent } : {}),
        ...(jar.size ? { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") } : {}),
        ...headers,
      },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, value] = pair.split("=");
      jar.set(name, value);
    }
    return res;
  };
  return {
    apply: (jobId: number | string) => send("GET", `/apply/${typeof jobId === "number" ? toGlobalId("Job", jobId) : jobId}`),
    view: (jobId: number, origin: string | null = TEST_WEB_URL) =>
      send("POST", `/job-views/${toGlobalId("Job", jobId)}`, origin ? { origin } : {}),
    jar,
  };
}

async function stats(jobId: number): Promise<{ views: number; clicks: number }> {
  const [row] = await api.ds.query(
    `SELECT coalesce(sum(views), 0)::int AS views, coalesce(sum(apply_clicks), 0)::int AS clicks FROM job_daily_stats WHERE job_id = $1`,
    [jobId],
  );
  return row;
}

describe("the counted apply link", () => {
  test("counts a click once per browser and day, then leads to the employer's page", async () => {
    const job = await api.make.job({ applyUrl: "https://careers.example.com/jobs/42?ref=hiredin" });
    const ada = browser();
    for (let i = 0; i < 3; i++) {
      const res = await ada.apply(job.id);
      expect(res.status).toBe(302);
      expect(res.headers.get("location")).toBe("https://careers.example.com/jobs/42?ref=hiredin");
      expect(res.headers.get("cache-control")).toBe("no-store");
    }
    expect(await stats(job.id)).toEqual({ views: 0, clicks: 1 });
    await browser().apply(job.id); // someone else
    expect(await stats(job.id)).toEqual({ views: 0, clicks: 2 });
    expect(ada.jar.get("hai_applied")).toMatch(new RegExp(`^\\d{4}-\\d\\d-\\d\\d\\.${job.id}$`));
  });

  test("mailto: targets are followed; javascript:, data: and other schemes never are", async () => {
    const mail = await api.make.job({ applyUrl: "mailto:jobs@example.com?subject=LLM%20Engineer" });
    expect((await browser().apply(mail.id)).headers.get("location")).toBe("mailto:jobs@example.com?subject=LLM%20Engineer");
    for (const applyUrl of [
      "javascript:alert(document.cookie)",
      " JavaScript:alert(1)",
      "data:text/html,<script>1</script>",
      "ftp://x.example",
      "//evil.example",
      "not a url",
    ]) {
      const job = await api.make.job({ applyUrl });
      const res = await browser().apply(job.id);
      expect(res.status).toBe(302);
      expect(res.headers.get("location")).toBe(`${TEST_WEB_URL}/jobs/${job.slug}`);
      expect(await stats(job.id)).toEqual({ views: 0, clicks: 0 });
      const { data } = await api.gql(`query($slug: String!) { job(slug: $slug) { applyUrl applyLink } }`, { slug: job.slug });
      expect(data!.job.applyLink).toBeNull();
    }
  });

  test("the job's applyLink is the counted link", async () => {
    const job = await api.make.job();
    const { data } = await api.gql(`query($slug: String!) { job(slug: $slug) { id applyLink } }`, { slug: job.slug });
    expect(data!.job.applyLink).toMatch(new RegExp(`/apply/${data!.job.id}$`));
    const path = new URL(data!.job.applyLink).pathname;
    expect((await fetch(`${api.server.url}${path}`, { redirect: "manual", headers: { "user-agent": BROWSER } })).status).toBe(302);
  });

  test("bots and clients without a user agent are redirected but not counted", async () => {
    const job = await api.make.job();
    for (const ua of [GOOGLEBOT, "curl/8.5.0", "python-requests/2.32", null]) {
      expect((await browser(ua).apply(job.id)).status).toBe(302);
    }
    expect(await stats(job.id)).toEqual({ views: 0, clicks: 0 });
  });

  test("a job no longer live leads to its page, uncounted; an unknown id is a 404", async () => {
    const closed = await api.make.job({ status: JobStatus.CLOSED });
    const res = await browser().apply(closed.id);
    expect(res.headers.get("location")).toBe(`${TEST_WEB_URL}/jobs/${closed.slug}`);
    expect(await stats(closed.id)).toEqual({ views: 0, clicks: 0 });
    expect((await browser().apply(999_999)).status).toBe(404);
    expect((await browser().apply(toGlobalId("Company", 1))).status).toBe(404);
    expect((await browser().apply("not-an-id")).status).toBe(404);
  });
});

describe("job page views", () => {
  test("the web app's view is counted once per browser and day", async () => {
    const job = await api.make.job();
    const ada = browser();
    for (let i = 0; i < 3; i++) expect((await ada.view(job.id)).status).toBe(204);
    await browser().view(job.id);
    expect(await stats(job.id)).toEqual({ views: 2, clicks: 0 });
  });

  test("a view from another site's page, or with no origin, or by a bot is not counted", async () => {
    const job = await api.make.job();
    expect((await browser().view(job.id, "https://evil.example")).status).toBe(204);
    expect((await browser().view(job.id, null)).status).toBe(204);
    expect((await browser(GOOGLEBOT).view(job.id)).status).toBe(204);
    expect(await stats(job.id)).toEqual({ views: 0, clicks: 0 });
  });

  test(`one address adds at most ${COUNTED_EVENTS_PER_IP_HOUR} counted events an hour`, async () => {
    const job = await api.make.job();
    for (let i = 0; i < COUNTED_EVENTS_PER_IP_HOUR + 20; i++) await browser().view(job.id);
    expect(await stats(job.id)).toEqual({ views: COUNTED_EVENTS_PER_IP_HOUR, clicks: 0 });
  });
});

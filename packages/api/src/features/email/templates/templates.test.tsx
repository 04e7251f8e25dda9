import {
  accountEmail,
  alertConfirmationEmail,
  alertDigestEmail,
  employerEmail,
  type AccountEmail,
  type DigestJob,
  type EmployerEmail,
  type RenderedEmail,
} from ".";
import { AlertDigest } from "./alert-digest";
import { renderHtml } from "./render";

const WEB = "https://hiredin.test";

const job = (n: number, over: Partial<DigestJob> = {}): DigestJob => ({
  title: `LLM Engineer ${n}`,
  company: `Company ${n}`,
  location: "Remote",
  salary: "$150k–$200k a year",
  url: `${WEB}/jobs/llm-engineer-${n}`,
  ...over,
});

const digest = (over: Partial<Parameters<typeof alertDigestEmail>[0]> = {}) =>
  alertDigestEmail({
    summary: '"LLM" · Remote',
    frequency: "DAILY",
    jobs: [job(1), job(2), job(3)],
    totalCount: 3,
    seeAllUrl: `${WEB}/jobs?q=llm&remote=REMOTE`,
    manageUrl: `${WEB}/alerts/manage?token=m.1`,
    unsubscribeUrl: `${WEB}/alerts/unsubscribe?token=u.1`,
    createLikeThisUrl: `${WEB}/alerts/new?q=llm&remote=REMOTE`,
    ...over,
  });

/** Every link a reader can click in the HTML part, as the browser reads the attribute. */
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, "&"));
/** The text part's lines; a link must be one of them, whole, to be clickable in every client. */
const lines = (text: string) => text.split("\n");

function expectLink(email: RenderedEmail, url: string) {
  expect(hrefs(email.html)).toContain(url);
  expect(lines(email.text)).toContain(url);
}

describe("alert digest", () => {
  test("its compiled template writes exactly the markup React renders, whatever the text holds", () => {
    const hostile = [
      '<script>alert("x")</script>',
      'Tom & Jerry\'s "AI"',
      "a\u0000b",
      "\uE0001\uE001 slot-like",
      "   spaced\n  out  ",
      "é ü 漢字 🚀",
      "",
    ];
    let seed = 7;
    const pick = <T,>(list: readonly T[]): T => list[(seed = (seed * 48271) % 2147483647) % list.length];
    for (let round = 0; round < 60; round++) {
      const jobs = Array.from({ length: pick([0, 1, 2, 3, 10]) }, (_, n) =>
        job(n, {
          title: pick(hostile) || `Job ${n}`,
          company: pick(hostile),
          location: pick([null, ...hostile]),
          salary: pick([null, "€60k", pick(hostile)]),
          url: `${WEB}/jobs/${n}?a=1&b="2"`,
        }),
      );
      const props: Parameters<typeof alertDigestEmail>[0] = {
        summary: pick(hostile),
        frequency: pick(["INSTANT", "DAILY", "WEEKLY"] as const),
        jobs,
        totalCount: jobs.length + pick([0, 1, 1234]),
        seeAllUrl: `${WEB}/jobs?q=${pick(hostile)}&sort=newest`,
        manageUrl: `${WEB}/alerts/manage?token='${round}'`,
        unsubscribeUrl: `${WEB}/alerts/unsubscribe?token=<${round}>`,
        createLikeThisUrl: `${WEB}/alerts/new?q=${pick(hostile)}`,
      };
      expect(alertDigestEmail(props).html).toBe(renderHtml(<AlertDigest {...props} />));
    }
  });

  test("lists every job as a link to its page, with company, location and salary, in both parts", () => {
    const email = digest({ jobs: [job(1), job(2, { location: null, salary: null })], totalCount: 2 });
    for (const n of [1, 2]) expectLink(email, `${WEB}/jobs/llm-engineer-${n}`);
    expect(lines(email.text)).toContain("Company 1 · Remote · $150k–$200k a year");
    expect(lines(email.text)).toContain("Company 2");
    expect(email.html).toContain("Company 1 · Remote · $150k–$200k a year");
    // The newest first, as given.
    expect(email.text.indexOf("LLM Engineer 1")).toBeLessThan(email.text.indexOf("LLM Engineer 2"));
  });

  test("manage, unsubscribe and create-an-alert-like-this links are always there", () => {
    const email = digest();
    for (const url of [`${WEB}/alerts/manage?token=m.1`, `${WEB}/alerts/unsubscribe?token=u.1`, `${WEB}/alerts/new?q=llm&remote=REMOTE`])
      expectLink(email, url);
    expect(email.html).toMatch(/>Manage this alert</);
    expect(email.html).toMatch(/>Unsubscribe</);
    expect(email.html).toMatch(/>Create an alert like this</);
  });

  test('"See all N jobs" only when there are more than the email shows', () => {
    const seeAll = `${WEB}/jobs?q=llm&remote=REMOTE`;
    const all = digest({ totalCount: 3 });
    expect(hrefs(all.html)).not.toContain(seeAll);
    expect(all.text).not.toContain("See all");

    const more = digest({ totalCount: 1234 });
    expectLink(more, seeAll);
    expect(more.html).toContain("See all 1,234 jobs");
    expect(more.text).toContain("See all 1,234 jobs");
  });

  test("the subject counts the new jobs, singular for one", () => {
    expect(digest({ jobs: [job(1)], totalCount: 1 }).subject).toBe('1 new AI job for "LLM" · Remote');
    expect(digest().subject).toBe('3 new AI jobs for "LLM" · Remote');
    expect(digest({ totalCount: 40 }).subject).toBe('40 new AI jobs for "LLM" · Remote');
  });

  test("markup in a job title or the summary is shown as text, never run", () => {
    const email = digest({
      summary: '"<script>alert(1)</script>" & co',
      jobs: [job(1, { title: "<script>steal()</script> R&D lead", company: "<b>Acme</b> & Sons" })],
      totalCount: 1,
    });
    expect(email.html).not.toContain("<script");
    expect(email.html).not.toContain("<b>Acme");
    expect(email.html).toContain("&lt;script&gt;steal()&lt;/script&gt; R&amp;D lead");
    expect(email.html).toContain("&lt;b&gt;Acme&lt;/b&gt; &amp; Sons");
    expect(email.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    // The text part is plain text: shown as written.
    expect(email.text).toContain("<script>steal()</script> R&D lead");
  });

  test("a line break in someone else's words cannot pass for a link of ours in the text part or the subject", () => {
    const email = digest({
      summary: "LLM\nhttps://evil.example/a",
      jobs: [job(1, { title: "Engineer\nhttps://evil.example/b" })],
      totalCount: 1,
    });
    expect(lines(email.text)).not.toContain("https://evil.example/a");
    expect(lines(email.text)).not.toContain("https://evil.example/b");
    expect(email.subject).not.toMatch(/\n/);
  });
});

describe("alert confirmation", () => {
  const email = alertConfirmationEmail({
    summary: '"LLM" · Remote · Senior',
    frequency: "WEEKLY",
    confirmUrl: `${WEB}/alerts/confirm?token=c.1&x=1`,
    expiresInDays: 7,
    manageUrl: `${WEB}/alerts/manage?token=m.1`,
    unsubscribeUrl: `${WEB}/alerts/unsubscribe?token=u.1`,
  });

  test("asks to confirm with a link that works for N days, and says nothing is sent until then", () => {
    expectLink(email, `${WEB}/alerts/confirm?token=c.1&x=1`);
    expectLink(email, `${WEB}/alerts/manage?token=m.1`);
    expectLink(email, `${WEB}/alerts/unsubscribe?token=u.1`);
    for (const part of [email.html, email.text]) {
      expect(part).toContain("weekly job alert");
      expect(part).toContain("The link works for 7 days. Nothing is sent until you confirm.");
      expect(part).toMatch(/If you didn(&#x27;|')t ask for this alert, ignore this email/);
    }
    expect(email.html).toContain("&quot;LLM&quot; · Remote · Senior");
    expect(lines(email.text)).toContain('"LLM" · Remote · Senior');
    expect(email.subject).toBe("Confirm your HiredinAI job alert");
  });
});

describe("employer emails", () => {
  const DASH = `${WEB}/employer`;
  const cases: [EmployerEmail, string][] = [
    [
      {
        kind: "INVOICE_ISSUED",
        invoiceNumber: "HAI-2026-000001",
        planName: "Basic",
        price: "$199",
        jobTitle: "LLM <Engineer>",
        invoiceUrl: `${WEB}/employer/invoices/HAI-2026-000001`,
        dueDate: "15 Jan 2026",
        reviewed: false,
      },
      `${WEB}/employer/invoices/HAI-2026-000001`,
    ],
    [{ kind: "POSTING_APPROVED", jobTitle: "LLM <Engineer>", jobUrl: `${WEB}/jobs/llm`, until: "1 Jan 2027" }, `${WEB}/jobs/llm`],
    [{ kind: "POSTING_REJECTED", jobTitle: "LLM <Engineer>", reason: "Say\nwhich city.", dashboardUrl: DASH }, DASH],
    [{ kind: "POSTING_EXPIRING", jobTitle: "LLM <Engineer>", until: "1 Jan 2027", dashboardUrl: DASH }, DASH],
    [{ kind: "POSTING_EXPIRED", jobTitle: "LLM <Engineer>", dashboardUrl: DASH }, DASH],
  ];
  test.each(cases)("%j carries its link in both parts, and the job title as text", (email, url) => {
    const rendered = employerEmail(email);
    expectLink(rendered, url);
    expect(rendered.html).toContain("LLM &lt;Engineer&gt;");
    expect(rendered.html).not.toContain("<Engineer>");
    expect(rendered.subject).not.toMatch(/\n/);
  });
  test("bidi controls in a job title can't turn our own words around", () => {
    const email = employerEmail({ kind: "POSTING_EXPIRED", jobTitle: "LLM Engineer\u202e\u2066", dashboardUrl: DASH });
    for (const part of [email.subject, email.text, email.html]) expect(part).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(email.text).toContain("“LLM Engineer” has reached its last day");
  });

  test("a rejection's reason is one line in the text part, so it can't pass for a link of ours", () => {
    const { text } = employerEmail(cases[2][0]);
    expect(lines(text)).toContain("Say which city.");
  });

  const join = `${WEB}/employer/join?token=t`;
  const companyCases: [EmployerEmail, string][] = [
    [{ kind: "COMPANY_CLAIM_APPROVED", companyName: "Acme <AI>", dashboardUrl: DASH }, DASH],
    [{ kind: "COMPANY_CLAIM_REJECTED", companyName: "Acme <AI>", reason: "Use your\nwork address.", dashboardUrl: DASH }, DASH],
    [{ kind: "COMPANY_INVITATION", companyName: "Acme <AI>", inviterEmail: "hr@acme.ai", url: join, until: "9 Dec 2026" }, join],
  ];
  test.each(companyCases)("%j carries its link in both parts, and the company's name as text", (email, url) => {
    const rendered = employerEmail(email);
    expectLink(rendered, url);
    expect(rendered.html).toContain("Acme &lt;AI&gt;");
    expect(rendered.html).not.toContain("<AI>");
  });
  test("a claim's rejection reason is one line; an invitation says who sent it and until when it works", () => {
    expect(lines(employerEmail(companyCases[1][0]).text)).toContain("Use your work address.");
    const { text } = employerEmail(companyCases[2][0]);
    expect(text).toContain("hr@acme.ai invited you to post jobs for Acme <AI>");
    expect(text).toContain("until 9 Dec 2026");
  });
});

describe("account emails", () => {
  const links: [AccountEmail, string][] = [
    [{ kind: "VERIFY_EMAIL", url: `${WEB}/account/verify-email?token=v` }, `${WEB}/account/verify-email?token=v`],
    [{ kind: "RESET_PASSWORD", url: `${WEB}/account/reset-password?token=r` }, `${WEB}/account/reset-password?token=r`],
    [{ kind: "CHANGE_EMAIL", url: `${WEB}/account/confirm-email?token=c` }, `${WEB}/account/confirm-email?token=c`],
    [{ kind: "ACCOUNT_EXISTS", signInUrl: `${WEB}/sign-in` }, `${WEB}/sign-in`],
    [{ kind: "PASSWORD_CHANGED", signInUrl: `${WEB}/sign-in` }, `${WEB}/sign-in`],
  ];

  test.each(links)("%j carries its link in both parts, alone on its line in the text", (props, link) => {
    const email = accountEmail(props);
    expectLink(email, link);
    expect(email.subject).toMatch(/HiredinAI/);
  });

  test("the address in EMAIL_CHANGED is the reader's to see, escaped", () => {
    const email = accountEmail({ kind: "EMAIL_CHANGED", newEmail: "ada+<i>x</i>@example.com" });
    expect(email.text).toContain("Your account's email address is now ada+<i>x</i>@example.com.");
    expect(email.html).toContain("ada+&lt;i&gt;x&lt;/i&gt;@example.com");
    expect(email.html).not.toContain("<i>x");
  });
});

test("no template loads anything: no images, no remote source", () => {
  const emails = [
    digest({ totalCount: 10 }),
    alertConfirmationEmail({
      summary: "LLM",
      frequency: "INSTANT",
      confirmUrl: WEB,
      expiresInDays: 1,
      manageUrl: WEB,
      unsubscribeUrl: WEB,
    }),
    accountEmail({ kind: "VERIFY_EMAIL", url: WEB }),
    accountEmail({ kind: "EMAIL_CHANGED", newEmail: "a@example.com" }),
  ];
  for (const { html } of emails) {
    expect(html).toMatch(/^<!DOCTYPE html/);
    expect(html).toContain("HiredinAI");
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/\ssrc=["']?\s*(https?:)?\/\//i);
    expect(html).not.toMatch(/<link\s|url\(/i);
  }
});

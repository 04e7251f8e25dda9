import { Link, Section, Text } from "./components";
import { AlertFooter, alertFooterText, type AlertFrequency } from "./alert-footer";
import { Layout, plainText, Rule, styles } from "./layout";
import { oneLine, renderHtml, type RenderedEmail } from "./render";

export interface DigestJob {
  title: string;
  company: string;
  location: string | null;
  salary: string | null;
  /** The job's page on the site. */
  url: string;
}

export interface AlertDigestProps {
  /** The search in words, e.g. `"LLM" · Remote · Senior`. */
  summary: string;
  frequency: AlertFrequency;
  /** Newest first, as many as one email shows. */
  jobs: DigestJob[];
  /** Every new match; more than `jobs.length` adds a "See all" link. */
  totalCount: number;
  seeAllUrl: string;
  manageUrl: string;
  unsubscribeUrl: string;
  createLikeThisUrl: string;
}

const CADENCE: Record<AlertFrequency, string> = { INSTANT: "as new jobs match", DAILY: "daily", WEEKLY: "weekly" };
const reason = (f: AlertFrequency) => `You get this email ${CADENCE[f]} because you set up a job alert on HiredinAI.`;
const count = (n: number) => n.toLocaleString("en-US");

/** `3 new AI jobs for "LLM" · Remote`: the subject, and the email's heading. */
const headline = (p: AlertDigestProps) => `${count(p.totalCount)} new AI job${p.totalCount === 1 ? "" : "s"} for ${oneLine(p.summary)}`;

/** Company, location and salary, those that are known. */
const details = (job: DigestJob) =>
  [job.company, job.location, job.salary]
    .filter((part): part is string => !!part)
    .map(oneLine)
    .join(" · ");

const more = (p: AlertDigestProps) => p.totalCount > p.jobs.length;

export function AlertDigest(p: AlertDigestProps) {
  return (
    <Layout
      preview={p.jobs.map((job) => oneLine(job.title)).join(" · ")}
      footer={<AlertFooter reason={reason(p.frequency)} manageUrl={p.manageUrl} unsubscribeUrl={p.unsubscribeUrl} />}
    >
      <Text style={styles.heading}>{headline(p)}</Text>
      {p.jobs.map((job, i) => (
        <Section key={i}>
          {i > 0 && <Rule />}
          <Text style={{ ...styles.paragraph, margin: "0 0 4px" }}>
            <Link href={job.url} style={{ ...styles.link, ...styles.strong, textDecoration: "none" }}>
              {job.title}
            </Link>
          </Text>
          <Text style={{ ...styles.small, margin: 0 }}>{details(job)}</Text>
        </Section>
      ))}
      <Rule />
      {more(p) && (
        <Text style={styles.paragraph}>
          <Link href={p.seeAllUrl} style={{ ...styles.link, ...styles.strong }}>
            See all {count(p.totalCount)} jobs
          </Link>
        </Text>
      )}
      <Text style={styles.small}>
        <Link href={p.createLikeThisUrl} style={styles.link}>
          Create an alert like this
        </Link>
      </Text>
    </Layout>
  );
}

export function alertDigestText(p: AlertDigestProps): string {
  return plainText(
    [
      headline(p),
      ...p.jobs.flatMap((job) => ["", oneLine(job.title), details(job), job.url]),
      ...(more(p) ? ["", `See all ${count(p.totalCount)} jobs:`, p.seeAllUrl] : []),
      "",
      "Create an alert like this:",
      p.createLikeThisUrl,
    ],
    alertFooterText(reason(p.frequency), p.manageUrl, p.unsubscribeUrl),
  );
}

export function alertDigestEmail(p: AlertDigestProps): RenderedEmail {
  return { subject: headline(p), html: renderHtml(<AlertDigest {...p} />), text: alertDigestText(p) };
}

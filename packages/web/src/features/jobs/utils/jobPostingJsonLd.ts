import { graphql } from "../../../generated";
import type { JobPostingJsonLd_JobFragment } from "../../../generated/graphql";

/** What a job page's structured data says: spread by the job page, read here (see components/JobPostingJsonLd). */
export const JobPostingJsonLdFragment = graphql(`
  fragment JobPostingJsonLd_job on Job {
    id
    slug
    url
    title
    descriptionHtml
    employmentType
    remote
    postedAt
    validThrough
    salary {
      min
      max
      currency
      period
    }
    company {
      id
      name
      website
      logoUrl
    }
    locations {
      id
      slug
      city
      region
      country
    }
  }
`);

type Job = JobPostingJsonLd_JobFragment;

const EMPLOYMENT_TYPES: Record<string, string> = {
  FULL_TIME: "FULL_TIME",
  PART_TIME: "PART_TIME",
  CONTRACT: "CONTRACTOR",
  INTERNSHIP: "INTERN",
  TEMPORARY: "TEMPORARY",
};

/** schema.org JobPosting for a job page; remote jobs are TELECOMMUTE. */
export function jobPostingJsonLd(job: Job): Record<string, unknown> {
  const places = job.locations.filter((l) => l.slug !== "remote");
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: job.title,
    description: job.descriptionHtml,
    url: job.url,
    identifier: { "@type": "PropertyValue", name: job.company.name, value: job.slug },
    datePosted: job.postedAt ?? undefined,
    validThrough: job.validThrough ?? undefined,
    employmentType: EMPLOYMENT_TYPES[job.employmentType] ?? job.employmentType,
    hiringOrganization: {
      "@type": "Organization",
      name: job.company.name,
      sameAs: job.company.website ?? undefined,
      logo: job.company.logoUrl ?? undefined,
    },
  };
  if (places.length) {
    data.jobLocation = places.map((l) => ({
      "@type": "Place",
      address: {
        "@type": "PostalAddress",
        addressLocality: l.city,
        addressRegion: l.region ?? undefined,
        addressCountry: l.country ?? undefined,
      },
    }));
  }
  if (job.remote === "REMOTE") {
    data.jobLocationType = "TELECOMMUTE";
    data.applicantLocationRequirements = { "@type": "Country", name: "Anywhere" };
  }
  if (job.salary && (job.salary.min != null || job.salary.max != null)) {
    data.baseSalary = {
      "@type": "MonetaryAmount",
      currency: job.salary.currency,
      value: {
        "@type": "QuantitativeValue",
        minValue: job.salary.min ?? undefined,
        maxValue: job.salary.max ?? undefined,
        unitText: job.salary.period,
      },
    };
  }
  return data;
}

import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { JobDetailSection } from "./JobDetailSection";
import styles from "./JobTags.module.css";

export const JobTagsFragment = graphql(`
  fragment JobTags_job on Job {
    id
    tags
  }
`);

/** The job's skills and tags, each a search for jobs with that tag; nothing when it has none. */
export function JobTags({ job }: { job: FragmentType<typeof JobTagsFragment> }) {
  const { tags } = getFragmentData(JobTagsFragment, job);
  if (tags.length === 0) return null;
  return (
    <JobDetailSection id="tags-heading" title="Skills and tags">
      <ul className={styles.list}>
        {tags.map((tag) => (
          <li key={tag}>
            <Link className={styles.tag} to={`/jobs?tag=${encodeURIComponent(tag)}`}>
              {tag}
            </Link>
          </li>
        ))}
      </ul>
    </JobDetailSection>
  );
}

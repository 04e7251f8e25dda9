import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";

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
    <section aria-labelledby="tags-heading" className="job-detail__section">
      <h2 id="tags-heading">Skills and tags</h2>
      <ul className="tag-list">
        {tags.map((tag) => (
          <li key={tag}>
            <Link className="tag" to={`/jobs?tag=${encodeURIComponent(tag)}`}>
              {tag}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

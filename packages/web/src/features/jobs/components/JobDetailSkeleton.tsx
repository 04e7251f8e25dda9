import { SkeletonLines } from "../../../shared/ui/states";

/** The job page while its job loads. */
export function JobDetailSkeleton() {
  return (
    <div aria-busy="true">
      <SkeletonLines lines={2} label="Loading job" />
      <div className="card">
        <SkeletonLines lines={8} label="Loading job description" />
      </div>
    </div>
  );
}

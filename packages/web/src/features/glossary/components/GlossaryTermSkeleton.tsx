import { SkeletonLines } from "../../../shared/ui/states";

/** The term page while its term loads. */
export function GlossaryTermSkeleton() {
  return (
    <div className="term-page">
      <SkeletonLines lines={2} label="Loading term" />
      <div className="card">
        <SkeletonLines lines={8} label="Loading definition" />
      </div>
    </div>
  );
}

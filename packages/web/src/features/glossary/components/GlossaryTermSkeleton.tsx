import { SkeletonLines } from "../../../shared/ui/states";

/** The term page's content while its term loads (the page's frame is the route's). */
export function GlossaryTermSkeleton() {
  return (
    <>
      <SkeletonLines lines={2} label="Loading term" />
      <div className="card">
        <SkeletonLines lines={8} label="Loading definition" />
      </div>
    </>
  );
}

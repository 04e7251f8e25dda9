/// <reference types="jest" />
import { canLoadMore, loadMoreLabel, nextPageVariables, progressLabel } from "./pagination";

describe("pagination helpers", () => {
  it("loads more only with a next page, a cursor and nothing in flight", () => {
    expect(canLoadMore({ hasNextPage: true, endCursor: "c20" }, false)).toBe(true);
    expect(canLoadMore({ hasNextPage: true, endCursor: "c20" }, true)).toBe(false);
    expect(canLoadMore({ hasNextPage: false, endCursor: "c20" }, false)).toBe(false);
    expect(canLoadMore({ hasNextPage: true, endCursor: null }, false)).toBe(false);
    expect(canLoadMore(undefined, false)).toBe(false);
  });

  it("asks for the next page after the last cursor, within the API's bounds", () => {
    expect(nextPageVariables({ hasNextPage: true, endCursor: "c20" }, 20)).toEqual({ after: "c20", first: 20 });
    expect(nextPageVariables({ hasNextPage: true, endCursor: "c20" }, 500)).toEqual({ after: "c20", first: 100 });
    expect(nextPageVariables({ hasNextPage: false, endCursor: "c20" }, 20)).toBeNull();
  });

  it("describes progress", () => {
    expect(progressLabel(20, 400, "job")).toBe("Showing 20 of 400 jobs");
    expect(progressLabel(1, 1, "job")).toBe("1 job");
    expect(progressLabel(3, 3, "company", "companies")).toBe("3 companies");
    expect(progressLabel(20, 1500, "job")).toBe("Showing 20 of 1,500 jobs");
  });

  it("says how many the next page brings", () => {
    expect(loadMoreLabel(20, 400, 20)).toBe("Load 20 more");
    expect(loadMoreLabel(380, 393, 20)).toBe("Load 13 more");
    expect(loadMoreLabel(20, 20, 20)).toBe("Load more");
  });
});

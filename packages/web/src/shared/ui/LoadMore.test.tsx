/// <reference types="jest" />
/// <reference types="@testing-library/jest-dom" />
import { act, fireEvent, render, screen } from "@testing-library/react";
import { makeFragmentData } from "../../generated";
import { LoadMore, LoadMorePageInfoFragment } from "./LoadMore";

const pageInfo = (hasNextPage: boolean, endCursor: string) => makeFragmentData({ hasNextPage, endCursor }, LoadMorePageInfoFragment);

describe("<LoadMore>", () => {
  it("fetches the page after the last cursor and shows progress", async () => {
    const fetchMore = jest.fn().mockResolvedValue(undefined);
    render(<LoadMore pageInfo={pageInfo(true, "abc")} shown={20} total={45} pageSize={20} noun="job" fetchMore={fetchMore} />);
    expect(screen.getByText("Showing 20 of 45 jobs")).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Load 20 more" }));
    });
    expect(fetchMore).toHaveBeenCalledWith({ after: "abc", first: 20 });
  });

  it("has no button on the last page", () => {
    render(<LoadMore pageInfo={pageInfo(false, "z")} shown={45} total={45} pageSize={20} noun="job" fetchMore={jest.fn()} />);
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
    expect(screen.getByText("45 jobs")).toBeInTheDocument();
  });

  it("ignores a second click while a page is loading, and says when loading failed", async () => {
    let reject: (e: Error) => void = () => undefined;
    const fetchMore = jest.fn(() => new Promise((_, r) => (reject = r)));
    render(<LoadMore pageInfo={pageInfo(true, "abc")} shown={20} total={45} pageSize={20} noun="job" fetchMore={fetchMore} />);
    const button = screen.getByRole("button", { name: "Load 20 more" });
    fireEvent.click(button);
    fireEvent.click(screen.getByRole("button", { name: "Loading…" }));
    expect(fetchMore).toHaveBeenCalledTimes(1);
    await act(async () => reject(new Error("offline")));
    expect(screen.getByRole("alert")).toHaveTextContent("couldn't load more");
  });
});

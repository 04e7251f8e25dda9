/// <reference types="jest" />
import { renderHook } from "@testing-library/react";
import { useDocumentMeta } from "./useDocumentMeta";

const robots = () => [...document.head.querySelectorAll<HTMLMetaElement>('meta[name="robots"]')].map((m) => m.content);

describe("useDocumentMeta", () => {
  it("sets the title and description", () => {
    renderHook(() => useDocumentMeta("Job alerts", "New jobs by email."));
    expect(document.title).toBe("Job alerts · HiredinAI");
    expect(document.head.querySelector<HTMLMetaElement>('meta[name="description"]')?.content).toBe("New jobs by email.");
    expect(robots()).toEqual([]);
  });

  it("asks search engines not to index a page while it is shown, and only then", () => {
    const { rerender, unmount } = renderHook(({ noindex }) => useDocumentMeta("Manage your alert", null, { noindex }), {
      initialProps: { noindex: true },
    });
    expect(robots()).toEqual(["noindex"]);
    rerender({ noindex: true });
    expect(robots()).toEqual(["noindex"]);
    unmount();
    expect(robots()).toEqual([]);

    const indexed = renderHook(() => useDocumentMeta("Jobs"));
    expect(robots()).toEqual([]);
    indexed.unmount();
  });
});

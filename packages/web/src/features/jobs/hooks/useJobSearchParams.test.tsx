/// <reference types="jest" />
/// <reference types="@testing-library/jest-dom" />
import { fireEvent, render, screen } from "@testing-library/react";
import { MemoryRouter, useLocation, useNavigate } from "react-router";
import { toggleValue } from "../utils/searchParams";
import { useJobSearchParams } from "./useJobSearchParams";

function Probe() {
  const [search, setSearch] = useJobSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <div>
      <output data-testid="url">{location.search}</output>
      <output data-testid="remote">{search.remote.join(",")}</output>
      <button type="button" onClick={() => setSearch(toggleValue(search, "remote", "REMOTE"))}>
        Toggle remote
      </button>
      <button type="button" onClick={() => navigate(-1)}>
        Back
      </button>
    </div>
  );
}

describe("useJobSearchParams", () => {
  it("reads the search from the URL", () => {
    render(
      <MemoryRouter initialEntries={["/jobs?remote=hybrid&q=rag"]}>
        <Probe />
      </MemoryRouter>,
    );
    expect(screen.getByTestId("remote")).toHaveTextContent("HYBRID");
  });

  it("writes a change to the URL as a new history entry that Back undoes", () => {
    render(
      <MemoryRouter initialEntries={["/jobs?q=rag"]}>
        <Probe />
      </MemoryRouter>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Toggle remote" }));
    expect(screen.getByTestId("url")).toHaveTextContent("?q=rag&remote=remote");
    expect(screen.getByTestId("remote")).toHaveTextContent("REMOTE");
    fireEvent.click(screen.getByRole("button", { name: "Back" }));
    expect(screen.getByTestId("url")).toHaveTextContent("?q=rag");
    expect(screen.getByTestId("remote")).toHaveTextContent("");
  });
});

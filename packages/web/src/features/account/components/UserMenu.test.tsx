/// <reference types="jest" />
/// <reference types="@testing-library/jest-dom" />
import { MockedProvider } from "@apollo/client/testing/react";
import { fireEvent, render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { ViewerQuery } from "../hooks/useViewer";
import { UserMenu } from "./UserMenu";

type Viewer = { id: string; email: string; role: "JOB_SEEKER" | "EMPLOYER" | "ADMIN" } | null;

function renderMenu(viewer: Viewer, path = "/") {
  const mocks = [{ request: { query: ViewerQuery }, result: { data: { viewer: viewer && { __typename: "User" as const, ...viewer } } } }];
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[path]}>
        <UserMenu playgroundUrl="/graphql" />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe("<UserMenu>", () => {
  it("offers visitors a sign-in link that comes back to the page they are on", async () => {
    renderMenu(null, "/jobs?q=llm");
    const link = await screen.findByRole("link", { name: "Sign in" });
    expect(link).toHaveAttribute("href", "/sign-in?next=/jobs%3Fq%3Dllm");
  });

  it("names the button after the signed-in email and opens Account and Sign out, without the playground for a job seeker", async () => {
    renderMenu({ id: "U1", email: "jane@example.com", role: "JOB_SEEKER" });
    const button = await screen.findByRole("button", { name: "jane@example.com" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    fireEvent.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    const menu = screen.getByRole("navigation", { name: "Account" });
    expect(menu).toContainElement(screen.getByRole("link", { name: "Account" }));
    expect(screen.getByRole("link", { name: "Account" })).toHaveAttribute("href", "/account");
    expect(screen.getByRole("button", { name: "Sign out" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "GraphQL playground" })).not.toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Plans" })).not.toBeInTheDocument();

    fireEvent.keyDown(document, { key: "Escape" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(button).toHaveFocus();
  });

  it("links admins to the playground the API serves, as a page load (a plain link, not a route)", async () => {
    renderMenu({ id: "U2", email: "admin@example.com", role: "ADMIN" });
    fireEvent.click(await screen.findByRole("button", { name: "admin@example.com" }));
    expect(screen.getByRole("link", { name: "GraphQL playground" })).toHaveAttribute("href", "/graphql");
    expect(screen.getByRole("link", { name: "Plans" })).toHaveAttribute("href", "/admin/plans");
    expect(screen.getByRole("link", { name: "Companies" })).toHaveAttribute("href", "/admin/companies");
    expect(screen.getByText("Admin")).toBeInTheDocument();
  });
});

/// <reference types="jest" />
import { employmentTypeLabel, remoteLabel, seniorityLabel } from "./labels";
import { EMPLOYMENT_TYPES, REMOTE_POLICIES, SENIORITIES } from "./searchParams";

describe("job enum labels", () => {
  it("names every value of the schema's enums", () => {
    expect(SENIORITIES.map(seniorityLabel)).toEqual(["Intern", "Entry level", "Mid level", "Senior", "Lead", "Principal", "Executive"]);
    expect(REMOTE_POLICIES.map(remoteLabel)).toEqual(["Remote", "Hybrid", "On-site"]);
    expect(EMPLOYMENT_TYPES.map(employmentTypeLabel)).toEqual(["Full-time", "Part-time", "Contract", "Internship", "Temporary"]);
  });

  it("reads a value it does not know yet as words", () => {
    expect(seniorityLabel("VERY_SENIOR")).toBe("Very senior");
    expect(employmentTypeLabel("SEASONAL")).toBe("Seasonal");
  });
});

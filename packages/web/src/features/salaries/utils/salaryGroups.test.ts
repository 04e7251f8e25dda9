/// <reference types="jest" />
import { makeFragmentData } from "../../../generated";
import { seniorityLabel } from "../../jobs";
import { SalaryStatsFieldsFragmentDoc } from "../components/SalaryTable";
import { salaryGroups } from "./salaryGroups";

const stats = makeFragmentData(
  { currency: "USD", median: 150000, p25: 120000, p75: 180000, period: "YEAR", sampleSize: 12 },
  SalaryStatsFieldsFragmentDoc,
);

test("an enum group is named by the web app's labels, any other keeps the API's name", () => {
  expect(salaryGroups([{ value: "ENTRY", stats }], seniorityLabel)).toEqual([
    { value: "ENTRY", label: "Entry level", stats: expect.objectContaining({ median: 150000, sampleSize: 12 }) },
  ]);
  expect(salaryGroups([{ value: "nlp", label: "NLP", stats }]).map((g) => g.label)).toEqual(["NLP"]);
});

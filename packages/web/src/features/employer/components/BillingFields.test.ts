import { billingInput, billingProblems, billingValues, NO_BILLING } from "./BillingFields";

const filled = billingValues({
  legalName: "Acme AI GmbH",
  addressLines: ["Invalidenstraße 117", "10115 Berlin"],
  country: "Germany",
  taxId: null,
  email: null,
});

test("billing details are optional, but once one is given the invoice's essentials are asked for", () => {
  expect(billingProblems(NO_BILLING)).toEqual({});
  expect(billingProblems({ ...NO_BILLING, "billing.taxId": "DE1" })).toMatchObject({
    "billing.legalName": "Enter the company's legal name.",
    "billing.address": "Enter the billing address.",
    "billing.country": "Enter the country.",
  });
  expect(Object.values(billingProblems(filled)).filter(Boolean)).toEqual([]);
  expect(billingProblems({ ...filled, "billing.email": "nope" })["billing.email"]).toBe(
    "Enter an email address, e.g. billing@example.com.",
  );
});

test("what is sent: the details trimmed, blanks as null; nothing for an empty form, null to remove details it had", () => {
  expect(billingInput({ ...filled, "billing.legalName": "  Acme AI GmbH ", "billing.taxId": " " }, false)).toEqual({
    legalName: "Acme AI GmbH",
    address: "Invalidenstraße 117\n10115 Berlin",
    country: "Germany",
    taxId: null,
    email: null,
  });
  expect(billingInput(NO_BILLING, false)).toBeUndefined();
  expect(billingInput(NO_BILLING, true)).toBeNull();
});

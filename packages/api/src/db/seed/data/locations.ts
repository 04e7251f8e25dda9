export interface LocationSeed {
  slug: string;
  city: string;
  region: string | null;
  /** ISO 3166-1 alpha-2 code; null for Remote. */
  country: string | null;
}

export const REMOTE_LOCATION_SLUG = "remote";

export const locations: readonly LocationSeed[] = [
  { slug: "san-francisco", city: "San Francisco", region: "California", country: "US" },
  { slug: "new-york", city: "New York", region: "New York", country: "US" },
  { slug: "london", city: "London", region: "England", country: "GB" },
  { slug: "seattle", city: "Seattle", region: "Washington", country: "US" },
  { slug: "toronto", city: "Toronto", region: "Ontario", country: "CA" },
  { slug: "boston", city: "Boston", region: "Massachusetts", country: "US" },
  { slug: "austin", city: "Austin", region: "Texas", country: "US" },
  { slug: "berlin", city: "Berlin", region: "Berlin", country: "DE" },
  { slug: "paris", city: "Paris", region: "Île-de-France", country: "FR" },
  { slug: "zurich", city: "Zurich", region: "Zurich", country: "CH" },
  { slug: "bangalore", city: "Bangalore", region: "Karnataka", country: "IN" },
  { slug: "singapore", city: "Singapore", region: null, country: "SG" },
  { slug: "tel-aviv", city: "Tel Aviv", region: "Tel Aviv District", country: "IL" },
  { slug: "montreal", city: "Montreal", region: "Quebec", country: "CA" },
  { slug: REMOTE_LOCATION_SLUG, city: "Remote", region: null, country: null },
];

/// <reference types="jest" />
import { conversion, statsCsv } from "./PostingList";

test("the CSV has one line per posting and day, titles quoted when they hold commas or quotes", () => {
  const csv = statsCsv([
    { title: 'ML Engineer, "Vision"', stats: { daily: [{ day: "2026-12-01", views: 3, applyClicks: 1 }] } },
    {
      title: "Data Scientist",
      stats: {
        daily: [
          { day: "2026-12-01", views: 0, applyClicks: 0 },
          { day: "2026-12-02", views: 5, applyClicks: 2 },
        ],
      },
    },
  ]);
  expect(csv.split("\r\n")).toEqual([
    "job,day,views,apply_clicks",
    '"ML Engineer, ""Vision""",2026-12-01,3,1',
    "Data Scientist,2026-12-01,0,0",
    "Data Scientist,2026-12-02,5,2",
    "",
  ]);
});

test("conversion is clicks per view, a dash before any view", () => {
  expect(conversion(0, 0)).toBe("–");
  expect(conversion(3, 1)).toBe("33.3%");
});

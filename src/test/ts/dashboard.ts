// A dashboard's journey through the typescript-fetch client generated from openapi/openapi.yaml
// (target/ts-client), compiled with tsc --strict and run by .ci/run against a running service:
// list funnels, read statistics, poll them with If-None-Match (a 304 is a result), read CSV.
// Usage: node target/ts-build/src/test/ts/dashboard.js http://127.0.0.1:PORT
import {
  Configuration,
  FunnelsApi,
  StatisticsApi,
  type FunnelStatistics,
  type FunnelSummary,
} from "../../../target/ts-client";

const SEED = "met-group-cse-review";

function check(condition: boolean, message: string): void {
  if (!condition) {
    throw new Error(message);
  }
}

async function main(base: string): Promise<void> {
  const config = new Configuration({ basePath: base });
  const funnels = new FunnelsApi(config);
  const statistics = new StatisticsApi(config);

  // 1. list funnels: members the spec marks required need no ?. or !
  const page = await funnels.listFunnels({ size: 20 });
  const ids: string[] = page.items.map((f: FunnelSummary) => f.id);
  check(ids.includes(SEED), `the seed funnel is listed (got ${ids.join(", ")})`);
  check(page.total >= page.items.length, "total counts every listed funnel");

  // 2. read statistics, keeping the ETag for the next poll
  const first = await statistics.getFunnelStatisticsRaw({ funnelId: SEED });
  const etag = first.raw.headers.get("ETag");
  check(first.raw.status === 200 && etag !== null, "statistics come with an ETag");
  const stats: FunnelStatistics = await first.value();
  check(stats.funnelId === SEED, "statistics are the seed's");
  check(stats.stages.length > 0, "statistics have stages");
  const keys = stats.stages.map((s) => s.key);

  // 3. poll with the generated If-None-Match parameter: 304 is a normal result, not an error
  const poll = await statistics.getFunnelStatisticsRaw({
    funnelId: SEED,
    ifNoneMatch: etag ?? undefined,
  });
  check(poll.raw.status === 304, `an unchanged poll is 304 (got ${poll.raw.status})`);
  check(poll.raw.headers.get("ETag") === etag, "the 304 repeats the ETag");

  // 4. the same statistics as CSV for a spreadsheet
  const csv = await statistics.getFunnelStatisticsRaw(
    { funnelId: SEED },
    { headers: { Accept: "text/csv" } },
  );
  check(csv.raw.status === 200, "CSV is served");
  check(
    (csv.raw.headers.get("Content-Type") ?? "").startsWith("text/csv"),
    "CSV has its media type",
  );
  // cells may hold line breaks (quoted), so look for each stage at the start of a record
  const text = await csv.raw.text();
  check(text.startsWith("stage,"), "CSV starts with its header");
  const missing = keys.filter((k) => !text.includes(`\n${k},`));
  check(missing.length === 0, `every stage has a CSV row (missing ${missing.join(", ")})`);

  console.log(
    `dashboard journey passed: ${ids.length} funnel(s), ${keys.length} stages, 304 on an unchanged poll, CSV rows for every stage`,
  );
}

main(process.argv[2] ?? "http://localhost:8080").catch((e: unknown) => {
  console.error("dashboard journey failed:", e);
  process.exit(1);
});

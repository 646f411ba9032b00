// The reference's page sizes. The maximum follows current Twenty: QUERY_MAX_RECORDS
// is 200 (`Math.min(limit, QUERY_MAX_RECORDS)`); `--max-limit` overrides it and the
// served document follows. The default page stays QUERY_DEFAULT_LIMIT_RECORDS = 60.
export const DEFAULT_MAX_LIMIT = 200;

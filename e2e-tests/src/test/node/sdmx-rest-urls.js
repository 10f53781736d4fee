// Prints the SDMX 2.1 REST queries (SDMX-REST API v1.5.0) that sdmx-rest4js builds for a CeDS partner, one per line
// as "name<TAB>url": the e2e suite sends each through the gateway. Usage: node sdmx-rest-urls.js <base> <city> <year> <since>
const sdmx = require('sdmx-rest');

const [base, city, year, since] = process.argv.slice(2);
const service = sdmx.getService({url: base, api: 'v1.5.0'});
const flow = 'WEGO,CEDS_LOSI,2022';
const queries = {
  dataflows: sdmx.getMetadataQuery({resource: 'dataflow', agency: 'WEGO'}),
  structure: sdmx.getMetadataQuery({resource: 'dataflow', agency: 'WEGO', id: 'CEDS_LOSI', version: '2022', references: 'all'}),
  data: sdmx.getDataQuery({flow, key: `410.${city}.`, start: year, end: year}),
  latest: sdmx.getDataQuery({flow, key: `.${city}.SCORE`, lastNObs: 1, detail: 'dataonly'}),
  flat: sdmx.getDataQuery({flow, key: `.${city}.SCORE+IF`, obsDimension: 'AllDimensions'}),
  keys: sdmx.getDataQuery({flow, key: `.${city}.`, detail: 'serieskeysonly'}),
  availability: sdmx.getAvailabilityQuery({flow, key: `.${city}.`, mode: 'exact'}),
  increment: sdmx.getDataQuery({flow, key: `.${city}.`, updatedAfter: since}),
};
for (const [name, query] of Object.entries(queries)) {
  console.log(`${name}\t${sdmx.getUrl(query, service)}`);
}

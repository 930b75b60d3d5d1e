// Money flows keep each transfer's dwell in the receiving account (packages/neo4j/src/money-flows.ts).
// The chronological money queries start from the flows whose least dwell is short enough. The last
// statement marks every account, so flows built before dwell existed are rebuilt with it at the
// refresh that ends this migration run.
CREATE RANGE INDEX money_flow_min_dwell IF NOT EXISTS FOR (f:MoneyFlow) ON (f.minDwell);
MATCH (a:BankAccount) MERGE (:MoneyFlowRefresh {id: a.id});
